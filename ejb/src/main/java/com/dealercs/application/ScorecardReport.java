package com.dealercs.application;

import java.util.List;

/**
 * What a dealer's scorecard report prints: the year, the scorecard with what its ranks are out
 * of, and the checkpoints the dealer failed in its approved inspections with the supervisors'
 * comments.
 */
public record ScorecardReport(YearOverview year, DealerStanding standing, List<FailedCheckpointView> failedCheckpoints) {

    public ScorecardReport {
        failedCheckpoints = List.copyOf(failedCheckpoints);
    }
}
