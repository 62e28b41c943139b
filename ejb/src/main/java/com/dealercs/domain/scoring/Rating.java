package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * scoring.md §2, from components to a total: each component rounded, {@code S} and {@code W},
 * the coverage gate and the missing policy.
 *
 * @param components the rounded components that have data
 * @param coverage   {@code W}, the sum of their maxima
 * @param sum        {@code S}, the sum of the rounded components
 * @param total      the total, {@code null} when not rated
 */
record Rating(RatingStatus status, Map<Component, BigDecimal> components, int coverage, BigDecimal sum,
        BigDecimal total) {

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

    Rating {
        Map<Component, BigDecimal> copy = new EnumMap<>(Component.class);
        copy.putAll(components);
        components = Collections.unmodifiableMap(copy);
    }

    /** The annual total: {@code W < minCoverage} is NOT_RATED, else by the year's missing policy. */
    static Rating annual(Map<Component, BigDecimal> values, YearPolicy policy) {
        Map<Component, BigDecimal> rounded = roundEach(values);
        int coverage = coverage(rounded);
        BigDecimal sum = sum(rounded);
        if (coverage < policy.minCoverage()) {
            return new Rating(RatingStatus.NOT_RATED, rounded, coverage, sum, null);
        }
        BigDecimal total = switch (policy.missingPolicy()) {
            case RENORMALIZE -> renormalized(sum, coverage);
            case ZERO -> sum;
        };
        return new Rating(RatingStatus.RATED, rounded, coverage, sum, total);
    }

    /**
     * The quarterly score over SSI_MAP, CS_MAP and CSC (max 40): rated when SSI_MAP or CS_MAP has
     * a value, {@code quarterTotal = round2(S × 100 / W)}.
     */
    static Rating quarterly(Map<Component, BigDecimal> values) {
        Map<Component, BigDecimal> rounded = roundEach(values);
        rounded.keySet().retainAll(Component.QUARTERLY);
        int coverage = coverage(rounded);
        BigDecimal sum = sum(rounded);
        boolean rated = rounded.containsKey(Component.SSI_MAP) || rounded.containsKey(Component.CS_MAP);
        if (!rated) {
            return new Rating(RatingStatus.NOT_RATED, rounded, coverage, sum, null);
        }
        return new Rating(RatingStatus.RATED, rounded, coverage, sum, renormalized(sum, coverage));
    }

    boolean isRated() {
        return status == RatingStatus.RATED;
    }

    private static BigDecimal renormalized(BigDecimal sum, int coverage) {
        return Decimals.round2(Decimals.divide(sum.multiply(ONE_HUNDRED), BigDecimal.valueOf(coverage)));
    }

    private static Map<Component, BigDecimal> roundEach(Map<Component, BigDecimal> values) {
        Map<Component, BigDecimal> rounded = new EnumMap<>(Component.class);
        values.forEach((component, value) -> rounded.put(component, Decimals.round2(value)));
        return rounded;
    }

    private static int coverage(Map<Component, BigDecimal> rounded) {
        return rounded.keySet().stream().mapToInt(Component::maxPoints).sum();
    }

    static BigDecimal sum(Map<Component, BigDecimal> rounded) {
        return rounded.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

}
