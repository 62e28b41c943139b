package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.facts.FailedCheckpoint;
import com.dealercs.domain.model.facts.InspectionRepository;
import com.dealercs.domain.model.facts.InspectionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

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
}
