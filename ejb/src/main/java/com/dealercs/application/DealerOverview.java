package com.dealercs.application;

import java.util.List;

/**
 * What the signed-in dealer's pages show before a year is chosen, read in one call: the evaluation
 * years (states only, as {@link ScorecardService#years} gives them to a dealer), the dealer's
 * published years with data, newest first (its first is the year to show first), and its name.
 */
public record DealerOverview(List<YearOverview> years, List<DealerStanding> history, String dealerName) {

    public DealerOverview {
        years = List.copyOf(years);
        history = List.copyOf(history);
    }
}
