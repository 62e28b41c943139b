package com.dealercs.application;

import java.util.List;

/**
 * The signed-in dealer's own page of one published year, read in one call: its scorecard with
 * what its ranks are out of, what to fix first and its position in the network.
 */
public record DealerYearView(DealerStanding standing, List<FixFirstItem> fixFirst, NetworkPosition position) {

    public DealerYearView {
        fixFirst = List.copyOf(fixFirst);
    }
}
