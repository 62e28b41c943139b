package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of one evaluation year (scoring.md §5). A new year starts with
 * {@link #defaults()}; an administrator may change them until the year is approved.
 *
 * @param missingPolicy   what a missing component does to the total of a rated dealer
 * @param minCoverage     points of weight with data (W) a dealer needs to be rated, 0–100
 * @param jdpMinSample    the smallest J.D. Power sample size that counts
 * @param cscMinResponses the fewest CSC responses that give a quarter a value
 * @param socBonusTopN    how many improvement ranks earn the SOC improvement bonus
 * @param socBonusAmount  the SOC improvement bonus, yuan
 * @param rebatePerUnit   yuan per vehicle bought from the distributor
 * @param csShare         the CS share of the rebate per unit, 0–1
 * @param overallWeight   the weight of the CS score in the overall dealer assessment, 0–1
 * @param payoutTiers     threshold → ratio, thresholds strictly decreasing
 */
public record YearPolicy(
        MissingPolicy missingPolicy,
        int minCoverage,
        int jdpMinSample,
        int cscMinResponses,
        int socBonusTopN,
        BigDecimal socBonusAmount,
        BigDecimal rebatePerUnit,
        BigDecimal csShare,
        BigDecimal overallWeight,
        List<PayoutTier> payoutTiers) {

    /** No upper limit worth naming for an amount in yuan, but a typo of a few digits is caught. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    public YearPolicy {
        Objects.requireNonNull(missingPolicy, "missingPolicy is required");
        requireBetween(minCoverage, 0, 100, "minCoverage");
        requireBetween(jdpMinSample, 0, Integer.MAX_VALUE, "jdpMinSample");
        // a quarter without a single response must never get a value
        requireBetween(cscMinResponses, 1, Integer.MAX_VALUE, "cscMinResponses");
        requireBetween(socBonusTopN, 0, Integer.MAX_VALUE, "socBonusTopN");
        Decimals.requireInRange(socBonusAmount, BigDecimal.ZERO, MAX_AMOUNT, "socBonusAmount");
        Decimals.requireAtMostTwoDecimals(socBonusAmount, "socBonusAmount");
        Decimals.requireInRange(rebatePerUnit, BigDecimal.ZERO, MAX_AMOUNT, "rebatePerUnit");
        Decimals.requireAtMostTwoDecimals(rebatePerUnit, "rebatePerUnit");
        Decimals.requireInRange(csShare, BigDecimal.ZERO, BigDecimal.ONE, "csShare");
        Decimals.requireInRange(overallWeight, BigDecimal.ZERO, BigDecimal.ONE, "overallWeight");
        payoutTiers = List.copyOf(Objects.requireNonNull(payoutTiers, "payoutTiers are required"));
        requireTiersInOrder(payoutTiers);
    }

    /** The defaults every new year starts with (scoring.md §5). */
    public static YearPolicy defaults() {
        return new YearPolicy(
                MissingPolicy.RENORMALIZE,
                60,
                30,
                5,
                10,
                new BigDecimal("30000.00"),
                new BigDecimal("4000.00"),
                new BigDecimal("0.15"),
                new BigDecimal("0.15"),
                List.of(
                        PayoutTier.of("90", "1.00"),
                        PayoutTier.of("80", "0.90"),
                        PayoutTier.of("70", "0.75"),
                        PayoutTier.of("60", "0.50"),
                        PayoutTier.of("0", "0.00")));
    }

    public YearPolicy withMissingPolicy(MissingPolicy policy) {
        return new YearPolicy(policy, minCoverage, jdpMinSample, cscMinResponses, socBonusTopN,
                socBonusAmount, rebatePerUnit, csShare, overallWeight, payoutTiers);
    }

    public YearPolicy withMinCoverage(int coverage) {
        return new YearPolicy(missingPolicy, coverage, jdpMinSample, cscMinResponses, socBonusTopN,
                socBonusAmount, rebatePerUnit, csShare, overallWeight, payoutTiers);
    }

    public YearPolicy withSocBonusTopN(int topN) {
        return new YearPolicy(missingPolicy, minCoverage, jdpMinSample, cscMinResponses, topN,
                socBonusAmount, rebatePerUnit, csShare, overallWeight, payoutTiers);
    }

    public YearPolicy withPayoutTiers(List<PayoutTier> tiers) {
        return new YearPolicy(missingPolicy, minCoverage, jdpMinSample, cscMinResponses, socBonusTopN,
                socBonusAmount, rebatePerUnit, csShare, overallWeight, tiers);
    }

    /**
     * The ratio of the highest tier whose threshold ≤ total. A total below every threshold
     * (possible only when no tier starts at 0) pays nothing.
     */
    public BigDecimal payoutRatio(BigDecimal total) {
        Optional<PayoutTier> tier = payoutTiers.stream()
                .filter(t -> t.threshold().compareTo(total) <= 0)
                .findFirst(); // tiers are in decreasing order of threshold
        return tier.map(PayoutTier::ratio).orElse(BigDecimal.ZERO.setScale(2));
    }

    private static void requireTiersInOrder(List<PayoutTier> tiers) {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("at least one payout tier is required");
        }
        for (int i = 1; i < tiers.size(); i++) {
            PayoutTier higher = tiers.get(i - 1);
            PayoutTier lower = tiers.get(i);
            if (lower.threshold().compareTo(higher.threshold()) >= 0) {
                throw new IllegalArgumentException("payout tier thresholds must be strictly decreasing: "
                        + higher.threshold().toPlainString() + " then " + lower.threshold().toPlainString());
            }
            // a better total must never pay less
            if (lower.ratio().compareTo(higher.ratio()) > 0) {
                throw new IllegalArgumentException("a lower payout tier may not pay a higher ratio: "
                        + lower.threshold().toPlainString() + " → " + lower.ratio().toPlainString());
            }
        }
    }

    private static void requireBetween(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", not " + value);
        }
    }
}
