package com.dealercs.domain.scoring;

import static com.dealercs.domain.scoring.Fixtures.DEFAULTS;
import static com.dealercs.domain.scoring.Fixtures.assertFigure;
import static com.dealercs.domain.scoring.Fixtures.dealer;
import static com.dealercs.domain.scoring.Fixtures.d;
import static com.dealercs.domain.scoring.Fixtures.dealerWithTraining;
import static com.dealercs.domain.scoring.Fixtures.inspection;
import static com.dealercs.domain.scoring.Fixtures.soc;
import static com.dealercs.domain.scoring.Fixtures.spot;
import static com.dealercs.domain.scoring.Fixtures.training;
import static com.dealercs.domain.scoring.Fixtures.year;
import static com.dealercs.domain.scoring.SocKind.BASELINE;
import static com.dealercs.domain.scoring.SocKind.FINAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** scoring.md §1.2 Improvement bonus (额外奖励). */
class SocImprovementBonusTest {

    /** A rated dealer whose FINAL is 90.00 and BASELINE 90.00 − improvement. */
    private static DealerFacts improvedBy(String code, String improvement) {
        return DealerFacts.of(dealer(code))
                .inspection(inspection(Component.SSI_MAP, 1, 1, 0))
                .inspection(inspection(Component.CS_MAP, 1, 1, 0))
                .soc(soc(FINAL, "90.00"))
                .soc(soc(BASELINE, d("90.00").subtract(d(improvement)).toPlainString()))
                .soc(spot(5, "100"))
                .training(training(6, "5"))
                .build();
    }

    private static Scorecard scorecard(YearResults year, String code) {
        return year.scorecard(code).orElseThrow();
    }

    @Test
    void dealersWhoseImprovementRankIsWithinSocBonusTopNReceiveSocBonusAmount() {
        YearResults year = year(DEFAULTS.withSocBonusTopN(2),
                improvedBy("D1", "5.00"),
                improvedBy("D2", "3.00"),
                improvedBy("D3", "3.00"),
                improvedBy("D4", "1.00"));

        assertEquals(Optional.of(1), scorecard(year, "D1").socImprovementRank());
        assertEquals(Optional.of(2), scorecard(year, "D2").socImprovementRank());
        assertEquals(Optional.of(2), scorecard(year, "D3").socImprovementRank());
        assertEquals(Optional.of(4), scorecard(year, "D4").socImprovementRank());
        assertTrue(scorecard(year, "D1").socBonus());
        assertTrue(scorecard(year, "D2").socBonus(), "a tie at the last rank shares the bonus");
        assertTrue(scorecard(year, "D3").socBonus());
        assertFalse(scorecard(year, "D4").socBonus());
        assertFigure("30000.00", scorecard(year, "D1").rebate().socBonus());
        assertFigure("0.00", scorecard(year, "D4").rebate().socBonus());
    }

    @Test
    void anImprovementOfZeroOrLessEarnsNoBonusWhateverItsRank() {
        YearResults year = year(improvedBy("D1", "0.00"), improvedBy("D2", "-2.50"));

        assertEquals(Optional.of(1), scorecard(year, "D1").socImprovementRank());
        assertFalse(scorecard(year, "D1").socBonus());
        assertFalse(scorecard(year, "D2").socBonus());
        assertFigure("-2.50", scorecard(year, "D2").socImprovement().orElseThrow());
    }

    @Test
    void onlyDealersWithBothBaselineAndFinalAreRanked() {
        YearResults year = year(improvedBy("D1", "1.00"), dealerWithTraining("D2", "华北", "5").build());

        assertEquals(Optional.empty(), scorecard(year, "D2").socImprovement());
        assertEquals(Optional.empty(), scorecard(year, "D2").socImprovementRank());
        assertFalse(scorecard(year, "D2").socBonus());
        assertTrue(scorecard(year, "D1").socBonus());
    }

    @Test
    void onlyActiveDealersAreRankedByImprovement() {
        DealerFacts closed = DealerFacts.of(new Dealer("D0", "华北", DealerStatus.CLOSED))
                .soc(soc(BASELINE, "50")).soc(soc(FINAL, "95")).build();

        YearResults year = year(DEFAULTS.withSocBonusTopN(1), closed, improvedBy("D1", "1.00"));

        assertEquals(Optional.of(1), scorecard(year, "D1").socImprovementRank());
        assertTrue(scorecard(year, "D1").socBonus());
    }

    @Test
    void aNotRatedActiveDealerWithBothPatrolsStillCompetesForTheBonus() {
        // §1.2 ranks every ACTIVE dealer with both patrols; the rating only decides the payout ratio
        DealerFacts notRated = DealerFacts.of(dealer("D9")).soc(soc(BASELINE, "70")).soc(soc(FINAL, "90"))
                .units(10).build();

        Scorecard scorecard = scorecard(year(notRated), "D9");

        assertFalse(scorecard.isRated());
        assertTrue(scorecard.socBonus());
        assertFigure("30000.00", scorecard.rebate().rebate());
    }
}
