package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.facts.CrisisAssessment;
import com.dealercs.domain.model.facts.FactRepository;
import com.dealercs.domain.model.facts.JdpFactorScore;
import com.dealercs.domain.model.facts.PurchaseVolume;
import com.dealercs.domain.model.facts.RebateAdjustment;
import com.dealercs.domain.model.facts.SocScore;
import com.dealercs.domain.model.facts.TrainingScore;
import com.dealercs.domain.model.facts.YearFact;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFactRepository implements FactRepository {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Override
    public Optional<TrainingScore> trainingScore(EvaluationYear year, Dealer dealer, LocalDate sessionDate) {
        return em.createQuery("select t from TrainingScore t where t.year = :year and t.dealer = :dealer "
                        + "and t.sessionDate = :date", TrainingScore.class)
                .setParameter("year", year).setParameter("dealer", dealer).setParameter("date", sessionDate)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<CrisisAssessment> crisisAssessment(EvaluationYear year, Dealer dealer, LocalDate assessedOn) {
        return em.createQuery("select c from CrisisAssessment c where c.year = :year and c.dealer = :dealer "
                        + "and c.assessedOn = :date", CrisisAssessment.class)
                .setParameter("year", year).setParameter("dealer", dealer).setParameter("date", assessedOn)
                .getResultStream().findFirst();
    }

    @Override
    public void add(YearFact fact) {
        em.persist(fact);
    }

    @Override
    public List<TrainingScore> trainingScores(EvaluationYear year, Dealer dealer) {
        return of(TrainingScore.class, year, dealer, "f.sessionDate");
    }

    @Override
    public List<CrisisAssessment> crisisAssessments(EvaluationYear year, Dealer dealer) {
        return of(CrisisAssessment.class, year, dealer, "f.assessedOn");
    }

    @Override
    public List<RebateAdjustment> adjustments(EvaluationYear year, Dealer dealer) {
        return of(RebateAdjustment.class, year, dealer, "f.createdAt, f.id");
    }

    @Override
    public List<SocScore> socScores(EvaluationYear year, Dealer dealer) {
        return of(SocScore.class, year, dealer, "f.visitDate, f.kind");
    }

    @Override
    public List<JdpFactorScore> jdpScores(EvaluationYear year, Dealer dealer) {
        return of(JdpFactorScore.class, year, dealer, "f.study, f.factorCode");
    }

    @Override
    public Optional<PurchaseVolume> volume(EvaluationYear year, Dealer dealer) {
        return of(PurchaseVolume.class, year, dealer, "f.id").stream().findFirst();
    }

    @Override
    public List<CscCount> cscResponses(EvaluationYear year, Dealer dealer) {
        return em.createQuery("select f.quarter, count(f) from CscResponse f where f.year = :year "
                        + "and f.dealer = :dealer group by f.quarter order by f.quarter", Object[].class)
                .setParameter("year", year).setParameter("dealer", dealer).getResultList().stream()
                .map(row -> new CscCount(((Number) row[0]).intValue(), ((Number) row[1]).longValue())).toList();
    }

    private <F extends YearFact> List<F> of(Class<F> kind, EvaluationYear year, Dealer dealer, String order) {
        return em.createQuery("select f from " + kind.getSimpleName() + " f where f.year = :year and f.dealer = :dealer "
                        + "order by " + order, kind)
                .setParameter("year", year).setParameter("dealer", dealer).getResultList();
    }
}
