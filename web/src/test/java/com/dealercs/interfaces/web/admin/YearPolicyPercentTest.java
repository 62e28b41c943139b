package com.dealercs.interfaces.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.dealercs.application.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The policy page shows and takes shares in percent (issue 11: "0.1500 instead of 15 %"), while
 * the policy itself, the API and the rules keep them between 0 and 1.
 */
class YearPolicyPercentTest {

    @Test
    void aStoredShareIsShownInPercentAndATypedPercentIsStoredAsAShare() {
        assertEquals("15", YearPolicyBean.percent(new BigDecimal("0.1500")).toPlainString());
        assertEquals("100", YearPolicyBean.percent(new BigDecimal("1.0000")).toPlainString());
        assertEquals("0", YearPolicyBean.percent(new BigDecimal("0.0000")).toPlainString());
        assertEquals("7.5", YearPolicyBean.percent(new BigDecimal("0.075")).toPlainString());
        assertEquals(0, new BigDecimal("0.125").compareTo(YearPolicyBean.share(new BigDecimal("12.5"))));
        assertNull(YearPolicyBean.percent(null));
        assertNull(YearPolicyBean.share(null));

        YearPolicyBean bean = new YearPolicyBean();
        bean.setCsShare(new BigDecimal("15"));
        assertEquals("15", bean.getCsShare().toPlainString());
        YearPolicyBean.TierRow tier = new YearPolicyBean.TierRow(new BigDecimal("90"), new BigDecimal("1.0000"));
        assertEquals("100", tier.getRatio().toPlainString());
        tier.setRatio(new BigDecimal("80"));
        assertEquals(0, new BigDecimal("0.8").compareTo(tier.storedRatio()));
    }

    @Test
    void aRefusalOfAShareNamesItsLimitsAndValueInPercent() {
        // what the rules say of 150 % typed on the page: 1.5 is not between 0 and 1
        List<Object> between = YearPolicyBean.inPercent("policy.between", List.of("CS 返利占比", "0", "1", "1.5"));
        assertEquals("CS 返利占比 应在 0 % 到 100 % 之间：150 % 不在此范围内。",
                new Problem("csShare", "policy.between", between).message(Locale.SIMPLIFIED_CHINESE));
        // 12.345 % is a share of five decimals; four are allowed, two in percent
        List<Object> decimals = YearPolicyBean.inPercent("policy.decimals", List.of("Weight", 4, "0.12345"));
        assertEquals("Weight has at most 2 decimals: 12.345 % has more.",
                new Problem("overallWeight", "policy.decimals", decimals).message(Locale.ENGLISH));
        List<Object> rises = YearPolicyBean.inPercent("policy.tiers.ratioRises", List.of(2, "0.9", "0.8"));
        assertEquals(List.of(2, "90 %", "80 %"), rises);
        // anything else, and an absurd value, as it came
        assertEquals(List.of("x"), YearPolicyBean.inPercent("policy.required", List.of("x")));
        assertEquals("1E+1000000001 %", YearPolicyBean.inPercent("policy.between",
                List.of("f", "0", "1", "1E+999999999")).get(3));
        assertEquals("1E+1000000001", YearPolicyBean.percent(new BigDecimal("1E+999999999")).toString());
    }
}
