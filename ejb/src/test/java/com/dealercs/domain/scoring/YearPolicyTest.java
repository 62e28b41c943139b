package com.dealercs.domain.scoring;

import static com.dealercs.domain.scoring.Fixtures.DEFAULTS;
import static com.dealercs.domain.scoring.Fixtures.assertFigure;
import static com.dealercs.domain.scoring.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** scoring.md §5 Year policy and defaults. */
class YearPolicyTest {

    private static YearPolicy with(int minCoverage, int cscMinResponses, String csShare, String overallWeight,
            String socBonusAmount) {
        return new YearPolicy(MissingPolicy.RENORMALIZE, minCoverage, 30, cscMinResponses, 10, d(socBonusAmount),
                d("4000.00"), d(csShare), d(overallWeight), DEFAULTS.payoutTiers());
    }

    @Test
    void aNewYearStartsWithTheDefaults() {
        YearPolicy policy = YearPolicy.defaults();

        assertEquals(MissingPolicy.RENORMALIZE, policy.missingPolicy());
        assertEquals(60, policy.minCoverage());
        assertEquals(30, policy.jdpMinSample());
        assertEquals(5, policy.cscMinResponses());
        assertEquals(10, policy.socBonusTopN());
        assertFigure("30000.00", policy.socBonusAmount());
        assertFigure("4000.00", policy.rebatePerUnit());
        assertFigure("0.15", policy.csShare());
        assertFigure("0.15", policy.overallWeight());
        assertEquals(List.of(PayoutTier.of("90", "1.00"), PayoutTier.of("80", "0.90"), PayoutTier.of("70", "0.75"),
                PayoutTier.of("60", "0.50"), PayoutTier.of("0", "0.00")), policy.payoutTiers());
    }

    @Test
    void payoutTiersMustHaveStrictlyDecreasingThresholds() {
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withPayoutTiers(
                List.of(PayoutTier.of("80", "0.90"), PayoutTier.of("90", "1.00"))));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withPayoutTiers(
                List.of(PayoutTier.of("80", "0.90"), PayoutTier.of("80", "0.80"))));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withPayoutTiers(List.of()));
    }

    @Test
    void aLowerTierMayNotPayMoreThanAHigherOne() {
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withPayoutTiers(
                List.of(PayoutTier.of("90", "0.50"), PayoutTier.of("80", "0.90"))));
    }

    @Test
    void payoutRatiosAreZeroToOneAndThresholdsZeroToOneHundred() {
        assertThrows(IllegalArgumentException.class, () -> PayoutTier.of("90", "1.01"));
        assertThrows(IllegalArgumentException.class, () -> PayoutTier.of("90", "-0.10"));
        assertThrows(IllegalArgumentException.class, () -> PayoutTier.of("100.01", "1"));
        assertThrows(IllegalArgumentException.class, () -> PayoutTier.of("-1", "0"));
    }

    @Test
    void aTotalBelowEveryTierPaysNothing() {
        YearPolicy policy = DEFAULTS.withPayoutTiers(List.of(PayoutTier.of("60", "0.50")));

        assertFigure("0.00", policy.payoutRatio(d("59.99")));
        assertFigure("0.50", policy.payoutRatio(d("60")));
    }

    @Test
    void parametersOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> with(101, 5, "0.15", "0.15", "30000"));
        assertThrows(IllegalArgumentException.class, () -> with(-1, 5, "0.15", "0.15", "30000"));
        assertThrows(IllegalArgumentException.class, () -> with(60, 0, "0.15", "0.15", "30000"));
        assertThrows(IllegalArgumentException.class, () -> with(60, 5, "1.5", "0.15", "30000"));
        assertThrows(IllegalArgumentException.class, () -> with(60, 5, "0.15", "-0.15", "30000"));
        assertThrows(IllegalArgumentException.class, () -> with(60, 5, "0.15", "0.15", "-1"));
        assertThrows(IllegalArgumentException.class, () -> with(60, 5, "0.15", "0.15", "0.001"));
        assertThrows(NullPointerException.class, () -> DEFAULTS.withMissingPolicy(null));
        assertEquals(0, with(0, 1, "1", "1", "0").minCoverage());
    }

    @Test
    void thePolicyCannotBeChangedThroughItsTierList() {
        List<PayoutTier> tiers = new ArrayList<>(DEFAULTS.payoutTiers());
        YearPolicy policy = DEFAULTS.withPayoutTiers(tiers);
        tiers.clear();

        assertEquals(5, policy.payoutTiers().size());
        assertThrows(UnsupportedOperationException.class, () -> policy.payoutTiers().add(PayoutTier.of("1", "0")));
    }
}
