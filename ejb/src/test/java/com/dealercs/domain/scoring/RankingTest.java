package com.dealercs.domain.scoring;

import static com.dealercs.domain.scoring.Fixtures.assertFigure;
import static com.dealercs.domain.scoring.Fixtures.d;
import static com.dealercs.domain.scoring.Fixtures.dealerWithTraining;
import static com.dealercs.domain.scoring.Fixtures.inspection;
import static com.dealercs.domain.scoring.Fixtures.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** scoring.md §3 Rankings. Totals here: training 10 → 100.00, 4 → 90.00, 1 → 85.00, 0 → 83.33. */
class RankingTest {

    private static List<String> order(YearResults year) {
        return year.scorecards().stream().map(Scorecard::dealerCode).toList();
    }

    private static Optional<Integer> nationalRank(YearResults year, String code) {
        return year.scorecard(code).orElseThrow().nationalRank();
    }

    private static Optional<Integer> regionalRank(YearResults year, String code) {
        return year.scorecard(code).orElseThrow().regionalRank();
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("A", d("90.00"));
        totals.put("B", d("85.5"));
        totals.put("C", d("85.50"));
        totals.put("D", d("80.00"));

        assertEquals(Map.of("A", 1, "B", 2, "C", 2, "D", 4), CompetitionRanking.rank(totals));
    }

    @Test
    void nationalRankOrdersRatedDealersByTotalHighestFirst() {
        YearResults year = year(
                dealerWithTraining("D1", "华北", "1").build(),
                dealerWithTraining("D2", "华东", "4").build(),
                dealerWithTraining("D3", "华北", "10").build(),
                dealerWithTraining("D4", "华北", "4").build());

        assertEquals(List.of("D3", "D2", "D4", "D1"), order(year)); // ties by dealer code
        assertEquals(Optional.of(1), nationalRank(year, "D3"));
        assertEquals(Optional.of(2), nationalRank(year, "D2"));
        assertEquals(Optional.of(2), nationalRank(year, "D4"));
        assertEquals(Optional.of(4), nationalRank(year, "D1"));
        assertFigure("85.00", year.scorecard("D1").orElseThrow().total().orElseThrow());
    }

    @Test
    void regionalRankIsTheSameWithinTheDealersRegion() {
        YearResults year = year(
                dealerWithTraining("D1", "华北", "1").build(),
                dealerWithTraining("D2", "华东", "4").build(),
                dealerWithTraining("D3", "华北", "10").build(),
                dealerWithTraining("D4", "华北", "4").build(),
                dealerWithTraining("D5", "华东", "0").build());

        assertEquals(Optional.of(1), regionalRank(year, "D3"));
        assertEquals(Optional.of(2), regionalRank(year, "D4"));
        assertEquals(Optional.of(3), regionalRank(year, "D1"));
        assertEquals(Optional.of(1), regionalRank(year, "D2"));
        assertEquals(Optional.of(2), regionalRank(year, "D5"));
        assertEquals(Optional.of(5), nationalRank(year, "D5"));
    }

    @Test
    void rankingsNeverIncludeNotRatedDealersWhichComeLastByDealerCode() {
        DealerFacts notRatedB = DealerFacts.of(Fixtures.dealer("D0B"))
                .inspection(inspection(Component.SSI_MAP, 1, 1, 0)).build();
        DealerFacts notRatedA = DealerFacts.of(Fixtures.dealer("D0A")).build(); // no data at all
        YearResults year = year(
                notRatedB,
                dealerWithTraining("D9", "华北", "1").build(),
                notRatedA,
                dealerWithTraining("D8", "华北", "4").build());

        assertEquals(List.of("D8", "D9", "D0A", "D0B"), order(year));
        assertEquals(Optional.of(2), nationalRank(year, "D9"));
        assertEquals(Optional.of(2), regionalRank(year, "D9"));
        assertEquals(Optional.empty(), nationalRank(year, "D0A"));
        assertEquals(Optional.empty(), regionalRank(year, "D0B"));
        // the quarterly ranking has its own rule: D0B has an SSI_MAP value in Q1, so it is ranked
        assertEquals(List.of("D0B", "D8", "D9"),
                year.quarterlyRanking(1).stream().map(Scorecard::dealerCode).toList());
        assertEquals(Optional.of(1), year.scorecard("D0B").orElseThrow().quarter(1).rank());
    }

    @Test
    void onlyActiveDealersGetScorecardsAClosedDealerTakesNoRank() {
        DealerFacts closed = DealerFacts.of(new Dealer("D0", "华北", DealerStatus.CLOSED))
                .inspection(inspection(Component.SSI_MAP, 1, 1, 0))
                .inspection(inspection(Component.CS_MAP, 1, 1, 0))
                .soc(Fixtures.soc(SocKind.FINAL, "100"))
                .soc(Fixtures.spot(5, "100"))
                .training(Fixtures.training(6, "10"))
                .build();
        YearResults year = year(closed, dealerWithTraining("D1", "华北", "1").build());

        assertEquals(List.of("D1"), order(year));
        assertEquals(Optional.of(1), nationalRank(year, "D1"));
        assertEquals(Optional.of(1), regionalRank(year, "D1"));
        assertEquals(Optional.of(1), year.scorecard("D1").orElseThrow().quarter(1).rank());
    }

    @Test
    void aDealerAppearsOnceInAYear() {
        assertThrows(IllegalArgumentException.class, () -> year(
                dealerWithTraining("D1", "华北", "1").build(), dealerWithTraining("D1", "华北", "2").build()));
    }
}
