package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.year.EvaluationYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The checks every kind of fact shares: an open year, dates inside it, bounded scores and texts. */
final class FactValues {

    private FactValues() {
    }

    /** An APPROVED or PUBLISHED year is frozen: none of its facts may be created or changed. */
    static EvaluationYear openYear(EvaluationYear year) {
        Objects.requireNonNull(year, "year");
        if (!year.acceptsData()) {
            throw new IllegalStateException("The year " + year.getYear() + " is " + year.getState()
                    + ": its data is frozen");
        }
        return year;
    }

    static LocalDate dateIn(EvaluationYear year, LocalDate date, String what) {
        if (date == null || date.getYear() != year.getYear()) {
            throw new IllegalArgumentException("The " + what + " lies in the year " + year.getYear() + ": " + date);
        }
        return date;
    }

    static int quarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4: " + quarter);
        }
        return quarter;
    }

    /**
     * A value between {@code min} and {@code max} with at most two decimals (the columns' scale),
     * held with exactly two so that what the entity holds is what the database gives back.
     */
    static BigDecimal twoDecimals(BigDecimal value, BigDecimal min, BigDecimal max, String what) {
        if (value == null || (min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            throw new IllegalArgumentException("A " + what + " lies between " + min + " and " + max + ": " + value);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("A " + what + " has at most two decimals: " + value);
        }
        return value.setScale(2);
    }

    /** Stripped text of 1 to {@code maxLength} characters (counted as the database counts them). */
    static String text(String value, int maxLength, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + what + " is required");
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new IllegalArgumentException("A " + what + " has at most " + maxLength + " characters");
        }
        return stripped;
    }

    /** Like {@link #text}, but blank means none. */
    static String optionalText(String value, int maxLength, String what) {
        return value == null || value.isBlank() ? null : text(value, maxLength, what);
    }

    static boolean sameYear(EvaluationYear one, EvaluationYear other) {
        return one == other || one.getYear() == other.getYear();
    }
}
