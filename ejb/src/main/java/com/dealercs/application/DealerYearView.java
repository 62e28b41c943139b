package com.dealercs.application;

import java.util.List;

/**
 * The signed-in dealer's own page of one published year, read in one call: its scorecard with
 * what its ranks are out of, what to fix first and its position in the network. {@code edition}
 * names the state of the published figures it was read from ({@link PublishedScorecards#edition()}):
 * the same (year, dealer, language and edition) always shows the same page.
 */
public record DealerYearView(DealerStanding standing, List<FixFirstItem> fixFirst, NetworkPosition position,
        long edition) {

    public DealerYearView {
        fixFirst = List.copyOf(fixFirst);
    }
}
