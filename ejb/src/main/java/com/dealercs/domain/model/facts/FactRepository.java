package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The facts other than inspections ({@link InspectionRepository}). The lists are one year's facts
 * of one kind as a calculation reads them: dealers loaded, ordered by dealer code and then by the
 * fact's key, so that results never depend on the database's order. The finders look a fact up by
 * its key of interfaces.md §1: what a re-import of the same key replaces.
 */
public interface FactRepository {

    /** by dealer code, visit date, slot */
    List<SocScore> socScores(EvaluationYear year);

    /** by dealer code, study, factor code */
    List<JdpFactorScore> jdpFactorScores(EvaluationYear year);

    /** by dealer code, quarter, response id */
    List<CscResponse> cscResponses(EvaluationYear year);

    /** by dealer code, session date */
    List<TrainingScore> trainingScores(EvaluationYear year);

    /** by dealer code, assessment date */
    List<CrisisAssessment> crisisAssessments(EvaluationYear year);

    /** by dealer code */
    List<PurchaseVolume> purchaseVolumes(EvaluationYear year);

    /** by dealer code, then in the order they were made */
    List<RebateAdjustment> rebateAdjustments(EvaluationYear year);

    Optional<SocScore> findSocScore(EvaluationYear year, Dealer dealer, SocKind kind, LocalDate visitDate);

    Optional<JdpFactorScore> findJdpFactorScore(EvaluationYear year, JdpStudy study, Dealer dealer, String factorCode);

    /** Response ids are unique across years. */
    Optional<CscResponse> findCscResponse(String responseId);

    Optional<TrainingScore> findTrainingScore(EvaluationYear year, Dealer dealer, LocalDate sessionDate);

    Optional<CrisisAssessment> findCrisisAssessment(EvaluationYear year, Dealer dealer, LocalDate assessedOn);

    Optional<PurchaseVolume> findPurchaseVolume(EvaluationYear year, Dealer dealer);

    /** Whether that line of that file already became an adjustment (adjustments have no other key). */
    boolean hasAdjustmentFrom(String sourceHash, int sourceLine);

    void store(YearFact fact);

    void remove(YearFact fact);
}
