package com.dealercs.interfaces.web.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How the scorecard pages write numbers: two decimals, money with thousands separators, a dash for none. */
class NumberTextsTest {

    private final NumberTexts num = new NumberTexts();

    @Test
    void scoresAndRatiosHaveTwoDecimals() {
        assertEquals("84.21", num.score(new BigDecimal("84.21")));
        assertEquals("9.00", num.score(new BigDecimal("9")));
        assertEquals("0.90", num.score(new BigDecimal("0.9000")));
        assertEquals("87.63", num.score(new BigDecimal("87.625")), "half up");
        assertEquals("-3.65", num.score(new BigDecimal("-3.65")));
        assertEquals("1234.50", num.score(new BigDecimal("1234.5")), "no separators in a score");
    }

    @Test
    void moneyHasThousandsSeparatorsAndTwoDecimals() {
        assertEquals("1,234,567.00", num.money(new BigDecimal("1234567")));
        assertEquals("72,000.00", num.money(new BigDecimal("72000.000000")));
        assertEquals("-5,000.00", num.money(new BigDecimal("-5000.00")));
        assertEquals("0.00", num.money(BigDecimal.ZERO));
        assertEquals("999.99", num.money(new BigDecimal("999.994")));
    }

    @Test
    void countsHaveSeparatorsAndAMissingValueIsADash() {
        assertEquals("1,234", num.count(1234));
        assertEquals("17", num.count(17));
        assertEquals("—", num.count(null));
        assertEquals("—", num.score(null));
        assertEquals("—", num.money(null));
    }
}
