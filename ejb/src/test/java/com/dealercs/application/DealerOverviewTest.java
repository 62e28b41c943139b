package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which year a dealer's scorecard page shows first, and which year a link may choose. */
class DealerOverviewTest {

    private static final Instant RUN = Instant.parse("2026-01-10T02:00:00Z");

    private static YearOverview year(int year, String state) {
        return new YearOverview(year, state, RUN, null, false, 60, 4);
    }

    private static DealerStanding standing(int year) {
        return new DealerStanding(new ScorecardView(year, "D0001", "一号汽车", "华北", "RATED", Map.of(), 100,
                new BigDecimal("90.00"), new BigDecimal("90.00"), 1, 1, BigDecimal.ZERO, false, null, List.of()), 60, 12);
    }

    private final List<YearOverview> years = List.of(year(2027, "OPEN"), year(2026, "PUBLISHED"),
            year(2025, "PUBLISHED"), year(2024, "PUBLISHED"));

    @Test
    void theNewestPublishedYearWithDataForTheDealerComesFirst() {
        // 2026 is published, but the dealer has no scorecard in it (its history starts with 2025)
        assertEquals(2025, DealerOverview.yearToShow(years, List.of(standing(2025), standing(2024)), null));
    }

    @Test
    void withoutDataTheNewestPublishedYearThenTheNewestYear() {
        assertEquals(2026, DealerOverview.yearToShow(years, List.of(), null));
        assertEquals(2027, DealerOverview.yearToShow(List.of(year(2027, "OPEN"), year(2026, "APPROVED")), List.of(), null));
        assertNull(DealerOverview.yearToShow(List.of(), List.of(), null));
    }

    @Test
    void aYearAskedForIsShownOnlyWhenItIsOffered() {
        List<DealerStanding> history = List.of(standing(2025));
        assertEquals(2027, DealerOverview.yearToShow(years, history, 2027), "an open year: the page says it is not published");
        assertEquals(2024, DealerOverview.yearToShow(years, history, 2024));
        assertEquals(2025, DealerOverview.yearToShow(years, history, 1999), "not offered: the first year as without a link");
    }
}
