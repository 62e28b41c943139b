package com.dealercs.application;

import java.util.List;

/**
 * What the weak-points report prints: the year, the network's compliance rates, and each region's
 * (regions in order), names in the report's language.
 */
public record WeakPointsReport(YearOverview year, WeakPointsView network, List<WeakPointsView> regions) {

    public WeakPointsReport {
        regions = List.copyOf(regions);
    }
}
