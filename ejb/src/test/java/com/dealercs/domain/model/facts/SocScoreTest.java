package com.dealercs.domain.model.facts;

import static com.dealercs.domain.model.facts.Given.dealer;
import static com.dealercs.domain.model.facts.Given.decimal;
import static com.dealercs.domain.model.facts.Given.refused;
import static com.dealercs.domain.model.facts.Given.year;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SocScoreTest {

    private final EvaluationYear year = year(2024);
    private final Dealer dealer = dealer();

    @Test
    void theSlotIsTheKindOrTheSpotChecksDate() {
        assertEquals("BASELINE", new SocScore(year, dealer, SocKind.BASELINE, LocalDate.of(2024, 1, 20),
                decimal("71")).getSlot());
        assertEquals("FINAL", new SocScore(year, dealer, SocKind.FINAL, LocalDate.of(2024, 11, 5),
                decimal("80.5")).getSlot());
        assertEquals("SPOT:2024-05-06", new SocScore(year, dealer, SocKind.SPOT, LocalDate.of(2024, 5, 6),
                decimal("76")).getSlot());
        assertEquals("SPOT:2024-12-31", SocScore.slot(SocKind.SPOT, LocalDate.of(2024, 12, 31)));
    }

    @Test
    void aScoreLiesBetween0And100WithAtMostTwoDecimals() {
        LocalDate date = LocalDate.of(2024, 5, 6);
        refused("between 0 and 100", () -> new SocScore(year, dealer, SocKind.SPOT, date, decimal("-0.01")));
        refused("between 0 and 100", () -> new SocScore(year, dealer, SocKind.SPOT, date, decimal("100.01")));
        refused("between 0 and 100", () -> new SocScore(year, dealer, SocKind.SPOT, date, null));
        refused("at most two decimals", () -> new SocScore(year, dealer, SocKind.SPOT, date, decimal("80.125")));

        assertEquals(decimal("0.00"), new SocScore(year, dealer, SocKind.SPOT, date, decimal("0")).getScore());
        assertEquals(decimal("100.00"), new SocScore(year, dealer, SocKind.SPOT, date, decimal("1E+2")).getScore());
        assertEquals(decimal("80.12"), new SocScore(year, dealer, SocKind.SPOT, date, decimal("80.1200")).getScore());
    }

    @Test
    void theVisitLiesInsideTheYear() {
        refused("lies in the year 2024", () -> new SocScore(year, dealer, SocKind.BASELINE, LocalDate.of(2023, 12, 20),
                decimal("70")));
        refused("lies in the year 2024", () -> new SocScore(year, dealer, SocKind.FINAL, LocalDate.of(2025, 1, 3),
                decimal("70")));
    }

    @Test
    void aCentralPatrolMayMoveToAnotherDateASpotCheckMayNot() {
        SocScore baseline = new SocScore(year, dealer, SocKind.BASELINE, LocalDate.of(2024, 1, 20), decimal("71"));
        baseline.replace(LocalDate.of(2024, 2, 1), decimal("72.5"));
        assertEquals(LocalDate.of(2024, 2, 1), baseline.getVisitDate());
        assertEquals(decimal("72.50"), baseline.getScore());
        assertEquals("BASELINE", baseline.getSlot());

        SocScore spot = new SocScore(year, dealer, SocKind.SPOT, LocalDate.of(2024, 5, 6), decimal("76"));
        refused("known by its date", () -> spot.replace(LocalDate.of(2024, 5, 7), decimal("77")));
        spot.replace(LocalDate.of(2024, 5, 6), decimal("77"));
        assertEquals(decimal("77.00"), spot.getScore());

        refused("between 0 and 100", () -> baseline.replace(LocalDate.of(2024, 2, 1), decimal("101")));
        assertEquals(decimal("72.50"), baseline.getScore());
    }
}
