package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.facts.CrisisAssessment;
import com.dealercs.domain.model.facts.CscResponse;
import com.dealercs.domain.model.facts.FactRepository;
import com.dealercs.domain.model.facts.JdpFactorScore;
import com.dealercs.domain.model.facts.JdpStudy;
import com.dealercs.domain.model.facts.PurchaseVolume;
import com.dealercs.domain.model.facts.RebateAdjustment;
import com.dealercs.domain.model.facts.SocKind;
import com.dealercs.domain.model.facts.SocScore;
import com.dealercs.domain.model.facts.TrainingScore;
import com.dealercs.domain.model.facts.YearFact;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaFactRepository implements FactRepository {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Override
    public List<SocScore> socScores(EvaluationYear year) {
        return ofYear(SocScore.class, year, "f.visitDate, f.slot");
    }

    @Override
    public List<JdpFactorScore> jdpFactorScores(EvaluationYear year) {
        return ofYear(JdpFactorScore.class, year, "f.study, f.factorCode");
    }

    @Override
    public List<CscResponse> cscResponses(EvaluationYear year) {
        return ofYear(CscResponse.class, year, "f.quarter, f.responseId");
    }

    @Override
    public List<TrainingScore> trainingScores(EvaluationYear year) {
        return ofYear(TrainingScore.class, year, "f.sessionDate");
    }

    @Override
    public List<CrisisAssessment> crisisAssessments(EvaluationYear year) {
        return ofYear(CrisisAssessment.class, year, "f.assessedOn");
    }

    @Override
    public List<PurchaseVolume> purchaseVolumes(EvaluationYear year) {
        return ofYear(PurchaseVolume.class, year, "f.id");
    }

    @Override
    public List<RebateAdjustment> rebateAdjustments(EvaluationYear year) {
        return ofYear(RebateAdjustment.class, year, "f.createdAt, f.id");
    }

    /** {@code thenBy} orders within a dealer: JPQL over the alias {@code f}, never user input. */
    private <T extends YearFact> List<T> ofYear(Class<T> kind, EvaluationYear year, String thenBy) {
        return em.createQuery("select f from " + kind.getSimpleName() + " f join fetch f.dealer d"
                        + " where f.year = :year order by d.code, " + thenBy, kind)
                .setParameter("year", year).getResultList();
    }

    @Override
    public Optional<SocScore> findSocScore(EvaluationYear year, Dealer dealer, SocKind kind, LocalDate visitDate) {
        return first(em.createQuery("select f from SocScore f where f.year = :year and f.dealer = :dealer"
                        + " and f.slot = :slot", SocScore.class)
                .setParameter("year", year).setParameter("dealer", dealer)
                .setParameter("slot", SocScore.slot(kind, visitDate)));
    }

    @Override
    public Optional<JdpFactorScore> findJdpFactorScore(EvaluationYear year, JdpStudy study, Dealer dealer,
                                                       String factorCode) {
        return first(em.createQuery("select f from JdpFactorScore f where f.year = :year and f.study = :study"
                        + " and f.dealer = :dealer and f.factorCode = :factorCode", JdpFactorScore.class)
                .setParameter("year", year).setParameter("study", study).setParameter("dealer", dealer)
                .setParameter("factorCode", factorCode));
    }

    @Override
    public Optional<CscResponse> findCscResponse(String responseId) {
        return first(em.createQuery("select f from CscResponse f where f.responseId = :responseId", CscResponse.class)
                .setParameter("responseId", responseId == null ? null : responseId.strip()));
    }

    @Override
    public Optional<TrainingScore> findTrainingScore(EvaluationYear year, Dealer dealer, LocalDate sessionDate) {
        return first(em.createQuery("select f from TrainingScore f where f.year = :year and f.dealer = :dealer"
                        + " and f.sessionDate = :date", TrainingScore.class)
                .setParameter("year", year).setParameter("dealer", dealer).setParameter("date", sessionDate));
    }

    @Override
    public Optional<CrisisAssessment> findCrisisAssessment(EvaluationYear year, Dealer dealer, LocalDate assessedOn) {
        return first(em.createQuery("select f from CrisisAssessment f where f.year = :year and f.dealer = :dealer"
                        + " and f.assessedOn = :date", CrisisAssessment.class)
                .setParameter("year", year).setParameter("dealer", dealer).setParameter("date", assessedOn));
    }

    @Override
    public Optional<PurchaseVolume> findPurchaseVolume(EvaluationYear year, Dealer dealer) {
        return first(em.createQuery("select f from PurchaseVolume f where f.year = :year and f.dealer = :dealer",
                        PurchaseVolume.class)
                .setParameter("year", year).setParameter("dealer", dealer));
    }

    @Override
    public boolean hasAdjustmentFrom(String sourceHash, int sourceLine) {
        return em.createQuery("select count(f) from RebateAdjustment f where f.sourceHash = :hash"
                        + " and f.sourceLine = :line", Long.class)
                .setParameter("hash", sourceHash == null ? null : sourceHash.toLowerCase(Locale.ROOT))
                .setParameter("line", sourceLine)
                .getSingleResult() > 0;
    }

    @Override
    public void store(YearFact fact) {
        em.persist(fact);
    }

    @Override
    public void remove(YearFact fact) {
        em.remove(fact);
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        return query.getResultStream().findFirst();
    }
}
