package com.dealercs.domain.model.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Reads the values of one {@link SourceRow}, collecting a {@link RowProblem} for each value that
 * is wrong; every reader returns null for a wrong or blank value so a row's parser goes on and
 * reports all of the row's problems at once.
 */
final class Fields {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    /** Digits with an optional sign and decimal dot: no grouping, no exponent. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private final SourceRow row;
    private final List<RowProblem> problems = new ArrayList<>();

    Fields(SourceRow row) {
        this.row = row;
    }

    List<RowProblem> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void problem(String column, String key, Object... args) {
        problems.add(RowProblem.of(column, key, args));
    }

    /** A required text of at most {@code maxLength} characters. */
    String text(String column, int maxLength) {
        String value = row.value(column);
        if (value.isEmpty()) {
            problem(column, "import.row.required", column);
            return null;
        }
        return checkLength(column, value, maxLength);
    }

    /** An optional text: null when blank. */
    String optionalText(String column, int maxLength) {
        String value = row.value(column);
        return value.isEmpty() ? null : checkLength(column, value, maxLength);
    }

    private String checkLength(String column, String value, int maxLength) {
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            problem(column, "import.row.tooLong", column, String.valueOf(length), String.valueOf(maxLength));
            return null;
        }
        return value;
    }

    /** A required code matching {@code pattern} once upper-cased. */
    String code(String column, Pattern pattern, int maxLength) {
        String value = row.value(column);
        if (value.isEmpty()) {
            problem(column, "import.row.required", column);
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (!pattern.matcher(code).matches()) {
            problem(column, "import.row.badCode", column, value, String.valueOf(maxLength));
            return null;
        }
        return code;
    }

    /** A required value of {@code type}, matched case-insensitively. */
    <E extends Enum<E>> E choice(String column, Class<E> type) {
        String value = row.value(column);
        if (value.isEmpty()) {
            problem(column, "import.row.required", column);
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        StringJoiner names = new StringJoiner(", ");
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        problem(column, "import.row.badChoice", column, value, names.toString());
        return null;
    }

    /** A required date of the form yyyy-MM-dd. */
    LocalDate date(String column) {
        String value = row.value(column);
        if (value.isEmpty()) {
            problem(column, "import.row.required", column);
            return null;
        }
        try {
            return LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException e) {
            problem(column, "import.row.badDate", column, value);
            return null;
        }
    }

    /** A required date of the form yyyy-MM-dd within {@code year} (when the year is known). */
    LocalDate dateIn(String column, Integer year) {
        LocalDate date = date(column);
        if (date != null && year != null && date.getYear() != year) {
            problem(column, "import.row.dateOutsideYear", column, row.value(column), String.valueOf(year));
            return null;
        }
        return date;
    }

    /** The row's evaluation year (column {@code year}). */
    Integer year() {
        String value = row.value("year");
        BigDecimal number = number("year", true);
        if (number == null) {
            return null;
        }
        if (!isInteger(number)) {
            problem("year", "import.row.badInteger", "year", value);
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(MIN_YEAR)) < 0 || number.compareTo(BigDecimal.valueOf(MAX_YEAR)) > 0) {
            problem("year", "import.row.badYear", "year", value, String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
            return null;
        }
        return number.intValueExact();
    }

    /** The row's quarter (column {@code quarter}), 1 to 4. */
    Integer quarter() {
        String value = row.value("quarter");
        BigDecimal number = number("quarter", true);
        if (number == null) {
            return null;
        }
        if (!isInteger(number) || number.compareTo(BigDecimal.ONE) < 0 || number.compareTo(BigDecimal.valueOf(4)) > 0) {
            problem("quarter", "import.row.badQuarter", "quarter", value);
            return null;
        }
        return number.intValueExact();
    }

    /** A whole number from {@code min} to {@code max}; null (and no problem) when blank and not required. */
    Integer integer(String column, boolean required, int min, int max) {
        String value = row.value(column);
        BigDecimal number = number(column, required);
        if (number == null) {
            return null;
        }
        if (!isInteger(number)) {
            problem(column, "import.row.badInteger", column, value);
            return null;
        }
        if (!inRange(column, value, number, BigDecimal.valueOf(min), BigDecimal.valueOf(max))) {
            return null;
        }
        return number.intValueExact();
    }

    /** A required whole number of at least {@code min}, at most {@code max}. */
    Integer atLeast(String column, int min, int max) {
        String value = row.value(column);
        BigDecimal number = number(column, true);
        if (number == null) {
            return null;
        }
        if (!isInteger(number)) {
            problem(column, "import.row.badInteger", column, value);
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0) {
            problem(column, "import.row.tooSmall", column, value, String.valueOf(min));
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(column, "import.row.tooLarge", column, value, String.valueOf(max));
            return null;
        }
        return number.intValueExact();
    }

    /**
     * A required decimal from {@code min} to {@code max} with at most {@code maxDecimals} decimal
     * places (trailing zeros do not count), returned with exactly {@code maxDecimals} places.
     */
    BigDecimal decimal(String column, BigDecimal min, BigDecimal max, int maxDecimals) {
        String value = row.value(column);
        BigDecimal number = number(column, true);
        if (number == null) {
            return null;
        }
        if (!inRange(column, value, number, min, max)) {
            return null;
        }
        if (Math.max(number.stripTrailingZeros().scale(), 0) > maxDecimals) {
            problem(column, "import.row.tooManyDecimals", column, value, String.valueOf(maxDecimals));
            return null;
        }
        return number.setScale(maxDecimals);
    }

    private BigDecimal number(String column, boolean required) {
        String value = row.value(column);
        if (value.isEmpty()) {
            if (required) {
                problem(column, "import.row.required", column);
            }
            return null;
        }
        if (!plainDigits(value) && !NUMBER.matcher(value).matches()) {
            problem(column, "import.row.badNumber", column, value);
            return null;
        }
        return new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
    }

    /** Most numbers of a file are plain digits: those need no pattern (a survey file has a million). */
    private static boolean plainDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private boolean inRange(String column, String value, BigDecimal number, BigDecimal min, BigDecimal max) {
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            problem(column, "import.row.outOfRange", column, value, min.toPlainString(), max.toPlainString());
            return false;
        }
        return true;
    }

    private static boolean isInteger(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }
}
