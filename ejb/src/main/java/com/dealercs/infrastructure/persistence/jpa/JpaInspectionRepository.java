package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.facts.FailedCheckpoint;
import com.dealercs.domain.model.facts.InspectionRepository;
import com.dealercs.domain.model.facts.InspectionStatus;
import com.dealercs.domain.model.facts.Inspection;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.scheme.ChecklistMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaInspectionRepository implements InspectionRepository {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Override
    public List<FailedCheckpoint> failedCheckpoints(int year, String dealerCode) {
        return em.createQuery("select new com.dealercs.domain.model.facts.FailedCheckpoint(i.map, i.quarter,"
                        + " i.inspectionDate, c.code, c.nameZh, c.nameEn, r.comment)"
                        + " from CheckpointResult r join r.inspection i join r.checkpoint c"
                        + " where i.year.year = :year and i.dealer.code = :code and i.status = :approved"
                        + " and r.outcome = :fail"
                        + " order by i.inspectionDate, i.map, c.sortOrder, c.code", FailedCheckpoint.class)
                .setParameter("year", year).setParameter("code", dealerCode)
                .setParameter("approved", InspectionStatus.APPROVED).setParameter("fail", CheckpointOutcome.FAIL)
                .getResultList();
    }

    @Override
    public Optional<Inspection> find(long id) {
        return Optional.ofNullable(em.find(Inspection.class, id));
    }

    @Override
    public Optional<Inspection> find(Dealer dealer, ChecklistMap map, LocalDate inspectionDate) {
        return em.createQuery("select i from Inspection i where i.dealer = :dealer and i.map = :map"
                        + " and i.inspectionDate = :date", Inspection.class)
                .setParameter("dealer", dealer).setParameter("map", map).setParameter("date", inspectionDate)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Inspection> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Inspection.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void changed(Inspection inspection) {
        em.lock(inspection, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    @Override
    public void add(Inspection inspection) {
        em.persist(inspection);
        em.flush();
    }

    @Override
    public List<Inspection> list(Filter filter, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.year() != null) {
            conditions.add("i.year.year = :year");
            parameters.put("year", filter.year());
        }
        if (filter.dealerCode() != null) {
            conditions.add("i.dealer.code = :dealerCode");
            parameters.put("dealerCode", filter.dealerCode());
        }
        if (filter.status() != null) {
            conditions.add("i.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.quarter() != null) {
            conditions.add("i.quarter = :quarter");
            parameters.put("quarter", filter.quarter());
        }
        if (filter.map() != null) {
            conditions.add("i.map = :map");
            parameters.put("map", filter.map());
        }
        if (filter.notAuthoredBy() != null) {
            conditions.add("(i.author is null or i.author <> :notAuthoredBy)");
            parameters.put("notAuthoredBy", filter.notAuthoredBy());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Inspection> query = em.createQuery("select i from Inspection i join fetch i.dealer d" + where
                + " order by i.year.year, i.quarter, d.code, i.map, i.inspectionDate", Inspection.class);
        parameters.forEach(query::setParameter);
        // every inspection's results in one more query, not one each
        query.setHint("eclipselink.batch", "i.results");        // EclipseLink's QueryHints.BATCH
        query.setHint("eclipselink.batch.type", "IN");
        return query.setMaxResults(limit).getResultList();
    }
}
