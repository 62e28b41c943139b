package com.dealercs.interfaces.web.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the scorecard pages write them, the same in Chinese and English: scores and ratios
 * with two decimals ({@code 84.21}, {@code 0.90}), amounts in yuan with thousands separators and two
 * decimals ({@code 1,234,567.00}), counts with separators; a missing value as a dash. In EL:
 * {@code #{num.score(r.total)}}.
 */
@Named("num")
@ApplicationScoped
public class NumberTexts {

    public static final String MISSING = "—";

    /** Two decimals, no separators: a score, points, a ratio. */
    public String score(BigDecimal value) {
        return value == null ? MISSING : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Yuan: thousands separators, two decimals. */
    public String money(BigDecimal value) {
        return value == null ? MISSING : format("#,##0.00", value.setScale(2, RoundingMode.HALF_UP));
    }

    /** A whole number with thousands separators. */
    public String count(Number value) {
        return value == null ? MISSING : format("#,##0", value);
    }

    private static String format(String pattern, Object value) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
