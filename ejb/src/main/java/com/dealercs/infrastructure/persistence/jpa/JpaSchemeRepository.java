package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.SchemeRepository;
import com.dealercs.domain.model.scheme.ScoringFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
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
                .sorted(Comparator.comparingInt(ChecklistItem::getSortOrder).thenComparing(ChecklistItem::getCode))
                .toList();
    }

    @Override
    public List<ScoringFactor> factors(int year) {
        // by the components' order (JDP_SSI, JDP_CSI, CSC), not their names'
        return em.createQuery("select f from ScoringFactor f where f.year.year = :year", ScoringFactor.class)
                .setParameter("year", year).getResultList().stream()
                .sorted(Comparator.comparing(ScoringFactor::getComponent).thenComparingInt(ScoringFactor::getSortOrder)
                        .thenComparing(ScoringFactor::getCode))
                .toList();
    }

    @Override
    public long inspectionCount(int year) {
        return em.createQuery("select count(i) from Inspection i where i.year.year = :year", Long.class)
                .setParameter("year", year).getSingleResult();
    }

    @Override
    public void add(ChecklistItem item) {
        em.persist(item);
    }

    @Override
    public void remove(ChecklistItem item) {
        em.remove(item);
    }

    @Override
    public void write() {
        em.flush();
    }
}
