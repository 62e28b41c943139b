package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/** The one place where scores and amounts are divided and rounded. */
public final class Decimals {

    /** Means and ratios keep 16 decimal places, beyond the 10 the rulebook asks for. */
    public static final int SCALE = 16;

    private Decimals() {
    }

    /** {@code round2}: two decimals, half up (87.625 → 87.63). */
    public static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** A quotient kept at {@link #SCALE} decimals, half up. */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, SCALE, RoundingMode.HALF_UP);
    }

    /** The arithmetic mean; empty when there is nothing to average. */
    public static Optional<BigDecimal> mean(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(divide(sum, BigDecimal.valueOf(values.size())));
    }

    /** An exact amount shown with two decimals, or more only where it has more (never rounded). */
    static BigDecimal atLeastTwoDecimals(BigDecimal value) {
        BigDecimal exact = value.stripTrailingZeros();
        return exact.scale() >= 2 ? exact : exact.setScale(2);
    }

    static BigDecimal requireInRange(BigDecimal value, BigDecimal min, BigDecimal max, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    what + " must be between " + min.toPlainString() + " and " + max.toPlainString()
                            + ", not " + value.toPlainString());
        }
        return value;
    }

    static BigDecimal requireAtMostTwoDecimals(BigDecimal value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " has more than two decimals: " + value.toPlainString());
        }
        return value;
    }

    static int requireQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
        }
        return quarter;
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }
}
