package com.dealercs.domain.model.calculation;

import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.scoring.Scorecard;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Calculation runs with their scorecards. */
public interface CalculationRepository {

    /** The year's latest run: the one shown. */
    Optional<CalculationRun> latest(EvaluationYear year);

    /** The latest run of every year that has one, by the year's id: {@link #latest} of each in one query. */
    Map<Long, CalculationRun> latestOfEachYear();

    /** The run's scorecards with their dealers, in no particular order. */
    List<DealerScorecard> scorecards(CalculationRun run);

    /** One dealer's scorecard of the run. */
    Optional<DealerScorecard> scorecard(CalculationRun run, String dealerCode);

    /** How many dealers the run rated, nationally: what a national rank is out of. */
    long ratedCount(CalculationRun run);

    /** How many dealers of the region the run rated: what a regional rank is out of. */
    long ratedCount(CalculationRun run, String region);

    void store(CalculationRun run);

    /**
     * Stores the run's scorecards with their quarterly results in bulk (batched inserts, no
     * entities), in the columns {@link DealerScorecard} reads back; the run is stored already. {@code dealerIds}: the dealers' database ids by code.
     */
    void storeAll(CalculationRun run, List<Scorecard> scorecards, Map<String, Long> dealerIds);
}
