package com.dealercs.application;

import java.util.List;

/**
 * What the ranking and rebates reports print: the year (state, latest run) and every scorecard of
 * its latest run, by national rank, NOT_RATED dealers last (as the API lists them).
 */
public record YearReport(YearOverview year, List<ScorecardView> scorecards) {

    public YearReport {
        scorecards = List.copyOf(scorecards);
    }
}
