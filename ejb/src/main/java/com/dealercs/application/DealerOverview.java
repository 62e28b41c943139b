package com.dealercs.application;

import java.util.List;

/**
 * The signed-in dealer's scorecard page, read in one call (the account and the years once per
 * view): the evaluation years (states only, as {@link ScorecardService#years} gives them to a
 * dealer), the dealer's published years with data, newest first, its name, the year the page shows
 * ({@code null} while there is none) and, when that year is published, what the page shows of it
 * ({@code null} otherwise: the page says the year is not published yet).
 */
public record DealerOverview(List<YearOverview> years, List<DealerStanding> history, String dealerName,
        Integer shownYear, DealerYearView shown) {

    public DealerOverview {
        years = List.copyOf(years);
        history = List.copyOf(history);
    }

    /**
     * The year a dealer's page shows: the one asked for when it is offered, else the newest
     * published year with data for the dealer, else the newest published year, else the newest.
     */
    static Integer yearToShow(List<YearOverview> years, List<DealerStanding> history, Integer requested) {
        if (requested != null && years.stream().anyMatch(y -> y.year() == requested)) {
            return requested;
        }
        if (!history.isEmpty()) {
            return history.get(0).scorecard().year();
        }
        return years.stream().filter(y -> DealerPortalService.PUBLISHED.equals(y.state())).findFirst()
                .or(() -> years.stream().findFirst()).map(YearOverview::year).orElse(null);
    }
}
