package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.dealercs.domain.model.year.YearCreated;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What is kept of published scorecards: per (year, dealer), and never a value read across a change. */
class PublishedScorecardsTest {

    private final PublishedScorecards kept = new PublishedScorecards();

    @Test
    void aDealersStandingIsReadOnceAndOnlyForThatDealerAndYear() {
        AtomicInteger reads = new AtomicInteger();
        DealerStanding one = standing("D0001");
        DealerStanding two = standing("D0002");

        assertSame(one, kept.standing(2024, "D0001", () -> counted(reads, one)));
        assertSame(one, kept.standing(2024, "D0001", () -> counted(reads, two)));
        assertSame(two, kept.standing(2024, "D0002", () -> counted(reads, two)));
        assertSame(two, kept.standing(2023, "D0001", () -> counted(reads, two)), "another year is read anew");

        assertEquals(3, reads.get());
        assertSame(two, kept.standing(2024, "D0002", () -> counted(reads, one)));
        assertEquals(3, reads.get());
    }

    @Test
    void standingsAndFailedCheckpointsAreKeptApart() {
        kept.standing(2024, "D0001", () -> standing("D0001"));
        List<FailedCheckpointView> none = List.of();

        assertSame(none, kept.failedCheckpoints(2024, "D0001", () -> none));
        assertEquals(2, kept.size());
    }

    @Test
    void theYearsScorecardsForThePositionsAreReadOncePerYear() {
        AtomicInteger reads = new AtomicInteger();
        List<ScorecardView> network = List.of(standing("D0001").scorecard(), standing("D0002").scorecard());
        assertSame(network, kept.network(2024, () -> counted(reads, network)));
        assertSame(network, kept.network(2024, () -> counted(reads, List.of())));
        assertEquals(1, reads.get());
        kept.network(2023, () -> counted(reads, List.of()));
        assertEquals(2, reads.get(), "another year is read anew");
    }

    @Test
    void aChangeForgetsWhatWasKept() {
        kept.standing(2024, "D0001", () -> standing("D0001"));
        kept.forgetAfterTransaction();

        DealerStanding after = standing("D0001");
        assertSame(after, kept.standing(2024, "D0001", () -> after));
    }

    @Test
    void aValueReadWhileAChangeEndedIsNotKept() {
        DealerStanding before = standing("D0001");
        // the reading starts, a change (a reopening) ends meanwhile, the reading ends with old figures
        assertSame(before, kept.standing(2024, "D0001", () -> {
            kept.forget();
            return before;
        }));

        DealerStanding after = standing("D0001");
        assertSame(after, kept.standing(2024, "D0001", () -> after), "read again, not the old value");
        assertEquals(1, kept.size());
    }

    @Test
    void theYearsAsDealersSeeThemAreReadOnceAndForgottenWhenAYearIsCreated() {
        AtomicInteger reads = new AtomicInteger();
        List<YearOverview> two = List.of(new YearOverview(2025, "OPEN", null, null, false, 0, 0),
                new YearOverview(2024, "PUBLISHED", null, null, false, 0, 0));
        assertSame(two, kept.years(() -> counted(reads, two)));
        assertSame(two, kept.years(() -> counted(reads, List.of())));
        assertEquals(1, reads.get());

        kept.yearCreated(new YearCreated(2026));
        List<YearOverview> three = List.of(new YearOverview(2026, "OPEN", null, null, false, 0, 0));
        assertSame(three, kept.years(() -> counted(reads, three)), "a new year is offered");
        assertEquals(2, reads.get());
    }

    @Test
    void aDealersNameIsKeptForThatDealerOnlyUntilAChange() {
        AtomicInteger reads = new AtomicInteger();
        assertEquals("一号店", kept.dealerName("D0001", () -> counted(reads, "一号店")));
        assertEquals("一号店", kept.dealerName("D0001", () -> counted(reads, "改名")));
        assertEquals("二号店", kept.dealerName("D0002", () -> counted(reads, "二号店")));
        assertEquals(2, reads.get());

        kept.forgetAfterTransaction(); // a dealer renamed
        assertEquals("改名", kept.dealerName("D0001", () -> counted(reads, "改名")));
    }

    private static <T> T counted(AtomicInteger reads, T value) {
        reads.incrementAndGet();
        return value;
    }

    private static DealerStanding standing(String code) {
        return new DealerStanding(new ScorecardView(2024, code, code + " 汽车", "华北", "RATED", Map.of(), 100,
                BigDecimal.TEN, null, 1, 1, null, false,
                new ScorecardView.RebateView(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO), List.of()), 10, 2);
    }
}
