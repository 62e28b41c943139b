package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.SchemeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaSchemeRepository implements SchemeRepository {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Override
    public List<ChecklistItem> checklist(int year, ChecklistMap map) {
        // the checkpoints come with their items: one query for the whole checklist. A fetch join ignores
        // @OrderBy (the collection is filled in the rows' order), so the query orders the checkpoints itself
        return em.createQuery("select distinct i from ChecklistItem i left join fetch i.checkpoints c"
                        + " where i.year.year = :year and i.map = :map order by i.sortOrder, i.code, c.sortOrder",
                        ChecklistItem.class)
                .setParameter("year", year).setParameter("map", map).getResultList().stream()
                .sorted(java.util.Comparator.comparingInt(ChecklistItem::getSortOrder)
                        .thenComparing(ChecklistItem::getCode))
                .toList();
    }
}
