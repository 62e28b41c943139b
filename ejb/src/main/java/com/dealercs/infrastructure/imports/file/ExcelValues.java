package com.dealercs.infrastructure.imports.file;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Turns the values of spreadsheet cells back into the text the user typed. */
final class ExcelValues {

    /** Excel keeps and shows 15 significant digits: anything beyond is binary noise. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private ExcelValues() {
    }

    /**
     * The decimal a numeric cell stands for: {@code 2025.0} → "2025", the double nearest to 8.01
     * → "8.01", {@code 0.1 + 0.2} → "0.3"; plain notation, no exponent, no trailing zeros.
     */
    static String numberText(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value));
        if (decimal.precision() > EXCEL_DIGITS.getPrecision()) {
            decimal = decimal.round(EXCEL_DIGITS);
        }
        return decimal.stripTrailingZeros().toPlainString();
    }
}
