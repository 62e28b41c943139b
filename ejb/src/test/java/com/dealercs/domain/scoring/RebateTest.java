package com.dealercs.domain.scoring;

import static com.dealercs.domain.scoring.Fixtures.DEFAULTS;
import static com.dealercs.domain.scoring.Fixtures.adjustment;
import static com.dealercs.domain.scoring.Fixtures.assertFigure;
import static com.dealercs.domain.scoring.Fixtures.d;
import static com.dealercs.domain.scoring.Fixtures.dealer;
import static com.dealercs.domain.scoring.Fixtures.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** scoring.md §4 The CS part of the annual rebate (年终返利 CS部分). */
class RebateTest {

    private static Rebate rebate(int units, String total) {
        return Rebate.calculate(units, Optional.of(d(total)), false, List.of(), DEFAULTS);
    }

    @Test
    void baseIsUnitsTimesRebatePerUnitTimesCsShare() {
        assertFigure("72000.00", rebate(120, "84.21").base());
        assertFigure("0.00", rebate(0, "84.21").base());
    }

    @Test
    void payoutRatioIsTheRatioOfTheHighestTierWhoseThresholdIsAtMostTheTotal() {
        assertFigure("1.00", rebate(1, "100.00").payoutRatio());
        assertFigure("1.00", rebate(1, "90.00").payoutRatio());
        assertFigure("0.90", rebate(1, "89.99").payoutRatio());
        assertFigure("0.90", rebate(1, "80.00").payoutRatio());
        assertFigure("0.75", rebate(1, "79.99").payoutRatio());
        assertFigure("0.50", rebate(1, "60.00").payoutRatio());
        assertFigure("0.00", rebate(1, "59.99").payoutRatio());
        assertFigure("0.00", rebate(1, "0.00").payoutRatio());
    }

    @Test
    void notRatedGetsPayoutRatioZero() {
        Rebate rebate = Rebate.calculate(35, Optional.empty(), false, List.of(), DEFAULTS);

        assertFigure("21000.00", rebate.base());
        assertFigure("0.00", rebate.payoutRatio());
        assertFigure("0.00", rebate.cs());
        assertFigure("0.00", rebate.rebate());
    }

    @Test
    void csIsRound2OfBaseTimesPayoutRatio() {
        assertFigure("64800.00", rebate(120, "84.21").cs());
        YearPolicy oddShare = new YearPolicy(MissingPolicy.RENORMALIZE, 60, 30, 5, 10, d("30000.00"),
                d("4000.00"), d("0.1234"), d("0.15"), List.of(PayoutTier.of("0", "0.33")));

        Rebate rebate = Rebate.calculate(1, Optional.of(d("50")), false, List.of(), oddShare);

        assertFigure("493.60", rebate.base());
        assertFigure("162.89", rebate.cs()); // 162.888, half up
    }

    @Test
    void socBonusIsSocBonusAmountIfTheDealerEarnedTheImprovementBonusElseZero() {
        assertFigure("30000.00", Rebate.calculate(1, Optional.of(d("85")), true, List.of(), DEFAULTS).socBonus());
        assertFigure("0.00", Rebate.calculate(1, Optional.of(d("85")), false, List.of(), DEFAULTS).socBonus());
    }

    @Test
    void adjustmentsAreTheSumOfTheDealerYearsAdjustments() {
        Rebate rebate = Rebate.calculate(10, Optional.of(d("85")), false,
                List.of(adjustment("-5000.00"), adjustment("2000.50"), adjustment("100")), DEFAULTS);

        assertFigure("-2899.50", rebate.adjustments());
        assertFigure("2500.50", rebate.rebate()); // 5400.00 − 2899.50
    }

    @Test
    void rebateIsCsPlusSocBonusPlusAdjustmentsNeverBelowZero() {
        Rebate floored = Rebate.calculate(10, Optional.of(d("85")), false,
                List.of(adjustment("-10000.00")), DEFAULTS);

        assertFigure("5400.00", floored.cs());
        assertFigure("-10000.00", floored.adjustments());
        assertFigure("0.00", floored.rebate());
    }

    @Test
    void aNotRatedDealersNegativeAdjustmentLeavesItsRebateAtZero() {
        DealerFacts facts = DealerFacts.of(dealer("D1")).units(50).adjustment(adjustment("-5000.00")).build();

        Rebate rebate = year(facts).scorecards().get(0).rebate();

        assertFigure("30000.00", rebate.base());
        assertFigure("0.00", rebate.payoutRatio());
        assertFigure("0.00", rebate.rebate());
    }

    @Test
    void absentUnitsMeanZero() {
        Rebate rebate = year(Fixtures.dealerWithTraining("D1", "华北", "10").build()).scorecards().get(0).rebate();

        assertEquals(0, rebate.units());
        assertFigure("0.00", rebate.base());
        assertFigure("0.00", rebate.rebate());
    }

    @Test
    void anAdjustmentNeedsAReason() {
        assertThrows(IllegalArgumentException.class,
                () -> new Adjustment(new BigDecimal("-100"), " "));
    }
}
