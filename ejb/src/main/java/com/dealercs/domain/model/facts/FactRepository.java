package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One dealer's facts of one year as HQ enters and reads them on the portal (the import writes
 * them in JDBC batches, the calculation reads a whole year through {@link YearFactReader}).
 */
public interface FactRepository {

    /** The training score of that dealer and day (the key of interfaces.md §1). */
    Optional<TrainingScore> trainingScore(EvaluationYear year, Dealer dealer, LocalDate sessionDate);

    /** The crisis-plan assessment of that dealer and day (the key of interfaces.md §1). */
    Optional<CrisisAssessment> crisisAssessment(EvaluationYear year, Dealer dealer, LocalDate assessedOn);

    void add(YearFact fact);

    /** By date. */
    List<TrainingScore> trainingScores(EvaluationYear year, Dealer dealer);

    /** By date. */
    List<CrisisAssessment> crisisAssessments(EvaluationYear year, Dealer dealer);

    /** Oldest first. */
    List<RebateAdjustment> adjustments(EvaluationYear year, Dealer dealer);

    /** By date. */
    List<SocScore> socScores(EvaluationYear year, Dealer dealer);

    /** By study and factor code. */
    List<JdpFactorScore> jdpScores(EvaluationYear year, Dealer dealer);

    Optional<PurchaseVolume> volume(EvaluationYear year, Dealer dealer);

    /** How many CSC phone-survey responses the dealer has in each quarter that has any, by quarter. */
    List<CscCount> cscResponses(EvaluationYear year, Dealer dealer);

    record CscCount(int quarter, long responses) {
    }
}
