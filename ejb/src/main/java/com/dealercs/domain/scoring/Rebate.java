package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The CS part of a dealer's annual rebate (scoring.md §4), with each of its parts; yuan.
 *
 * @param units       vehicles bought from the distributor that year
 * @param base        {@code units × rebatePerUnit × csShare}
 * @param payoutRatio the tier ratio for the total; 0 when NOT_RATED
 * @param cs          {@code round2(base × payoutRatio)}
 * @param socBonus    the SOC improvement bonus, or 0
 * @param adjustments the sum of HQ's adjustments
 * @param rebate      {@code max(0, cs + socBonus + adjustments)}
 */
public record Rebate(int units, BigDecimal base, BigDecimal payoutRatio, BigDecimal cs, BigDecimal socBonus,
        BigDecimal adjustments, BigDecimal rebate) {

    private static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2);

    public Rebate {
        Objects.requireNonNull(base);
        Objects.requireNonNull(payoutRatio);
        Objects.requireNonNull(cs);
        Objects.requireNonNull(socBonus);
        Objects.requireNonNull(adjustments);
        if (Objects.requireNonNull(rebate).signum() < 0) {
            throw new IllegalArgumentException("a rebate is never below 0");
        }
    }

    /**
     * The rebate of a dealer-year.
     *
     * @param total          the dealer's total; empty when NOT_RATED
     * @param earnedSocBonus whether the dealer earned the SOC improvement bonus (§1.2)
     */
    public static Rebate calculate(int units, Optional<BigDecimal> total, boolean earnedSocBonus,
            List<Adjustment> adjustments, YearPolicy policy) {
        if (units < 0) {
            throw new IllegalArgumentException("units cannot be negative: " + units);
        }
        BigDecimal base = Decimals.atLeastTwoDecimals(
                BigDecimal.valueOf(units).multiply(policy.rebatePerUnit()).multiply(policy.csShare()));
        BigDecimal ratio = total.map(policy::payoutRatio).orElse(NOTHING);
        BigDecimal cs = Decimals.round2(base.multiply(ratio));
        BigDecimal bonus = earnedSocBonus ? Decimals.atLeastTwoDecimals(policy.socBonusAmount()) : NOTHING;
        BigDecimal adjusted = Decimals.atLeastTwoDecimals(
                adjustments.stream().map(Adjustment::amount).reduce(NOTHING, BigDecimal::add));
        BigDecimal rebate = cs.add(bonus).add(adjusted).max(NOTHING);
        return new Rebate(units, base, ratio, cs, bonus, adjusted, rebate);
    }
}
