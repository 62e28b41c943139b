package com.dealercs.domain.scoring;

import static com.dealercs.domain.scoring.Fixtures.assertFigure;
import static com.dealercs.domain.scoring.Fixtures.assertValue;
import static com.dealercs.domain.scoring.Fixtures.d;
import static com.dealercs.domain.scoring.Fixtures.dealer;
import static com.dealercs.domain.scoring.Fixtures.soc;
import static com.dealercs.domain.scoring.Fixtures.spot;
import static com.dealercs.domain.scoring.SocKind.BASELINE;
import static com.dealercs.domain.scoring.SocKind.FINAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** scoring.md §1.2 SOC patrols (SOC_CENTRAL, SOC_SPOT); the bonus is in {@link SocImprovementBonusTest}. */
class SocPatrolTest {

    @Test
    void socCentralIsFinalTimesTenOverOneHundred() {
        assertValue("8.05", ComponentRules.socCentral(List.of(soc(BASELINE, "71.00"), soc(FINAL, "80.50")))
                .orElseThrow());
    }

    @Test
    void noFinalLeavesSocCentralMissingABaselineAloneDoesNotCount() {
        assertEquals(Optional.empty(), ComponentRules.socCentral(List.of(soc(BASELINE, "90.00"))));
        assertEquals(Optional.empty(), ComponentRules.socCentral(List.of(spot(5, "90.00"))));
    }

    @Test
    void socSpotIsTheMeanOfTheYearsSpotScoresTimesTenOverOneHundred() {
        assertValue("7.75", ComponentRules.socSpot(List.of(spot(3, "76.00"), spot(8, "79.00"), soc(FINAL, "99")))
                .orElseThrow());
    }

    @Test
    void noSpotLeavesSocSpotMissing() {
        assertEquals(Optional.empty(), ComponentRules.socSpot(List.of(soc(BASELINE, "71"), soc(FINAL, "80"))));
    }

    @Test
    void improvementIsFinalMinusBaselineForDealersWithBoth() {
        assertFigure("9.50", ComponentRules.socImprovement(List.of(soc(BASELINE, "71.00"), soc(FINAL, "80.50")))
                .orElseThrow());
        assertFigure("-1.13", ComponentRules.socImprovement(List.of(soc(BASELINE, "82.24"), soc(FINAL, "81.11")))
                .orElseThrow());
        assertEquals(Optional.empty(), ComponentRules.socImprovement(List.of(soc(FINAL, "80.50"))));
        assertEquals(Optional.empty(), ComponentRules.socImprovement(List.of(soc(BASELINE, "71.00"))));
    }

    @Test
    void aDealerYearHasAtMostOneBaselineAndOneFinal() {
        assertThrows(IllegalArgumentException.class, () -> DealerFacts.of(dealer("D1"))
                .soc(soc(FINAL, "80")).soc(new SocScore(FINAL, LocalDate.of(2024, 12, 1), d("81"))).build());
        assertThrows(IllegalArgumentException.class, () -> DealerFacts.of(dealer("D1"))
                .soc(soc(BASELINE, "80")).soc(new SocScore(BASELINE, LocalDate.of(2024, 1, 2), d("81"))).build());
    }

    @Test
    void socScoresAreOnAZeroToOneHundredScaleWithUpToTwoDecimals() {
        LocalDate day = LocalDate.of(2024, 6, 1);
        assertThrows(IllegalArgumentException.class, () -> new SocScore(SocKind.SPOT, day, d("100.01")));
        assertThrows(IllegalArgumentException.class, () -> new SocScore(SocKind.SPOT, day, d("-1")));
        assertThrows(IllegalArgumentException.class, () -> new SocScore(SocKind.SPOT, day, d("80.505")));
        assertValue("80.5", new SocScore(SocKind.SPOT, day, d("80.500")).score());
    }
}
