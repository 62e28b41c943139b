package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.facts.FailedCheckpoint;
import com.dealercs.domain.model.facts.Inspection;
import com.dealercs.domain.model.facts.InspectionRepository;
import com.dealercs.domain.model.facts.InspectionStatus;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaInspectionRepository implements InspectionRepository {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Override
    public Optional<Inspection> find(long id) {
        return Optional.ofNullable(em.find(Inspection.class, id));
    }

    @Override
    public Optional<Inspection> findForChange(long id) {
        // results are rows of their own: without the forced increment their change leaves the version alone
        return Optional.ofNullable(em.find(Inspection.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
    }

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
    public Optional<Inspection> find(Dealer dealer, ChecklistMap map, LocalDate inspectionDate) {
        return em.createQuery("select i from Inspection i where i.dealer = :dealer and i.map = :map"
                        + " and i.inspectionDate = :date", Inspection.class)
                .setParameter("dealer", dealer).setParameter("map", map).setParameter("date", inspectionDate)
                .getResultStream().findFirst();
    }

    @Override
    public List<Inspection> approvedOf(EvaluationYear year) {
        // results in one join rather than one query per inspection; distinct folds the joined rows
        return em.createQuery("select distinct i from Inspection i join fetch i.dealer d left join fetch i.results"
                        + " where i.year = :year and i.status = :approved"
                        + " order by d.code, i.map, i.inspectionDate", Inspection.class)
                .setParameter("year", year).setParameter("approved", InspectionStatus.APPROVED)
                .getResultList();
    }

    @Override
    public List<Inspection> of(EvaluationYear year, Dealer dealer) {
        return em.createQuery("select i from Inspection i where i.year = :year and i.dealer = :dealer"
                        + " order by i.inspectionDate, i.map", Inspection.class)
                .setParameter("year", year).setParameter("dealer", dealer)
                .getResultList();
    }

    @Override
    public void store(Inspection inspection) {
        em.persist(inspection);
    }

    @Override
    public void remove(Inspection inspection) {
        em.remove(inspection);
    }
}
