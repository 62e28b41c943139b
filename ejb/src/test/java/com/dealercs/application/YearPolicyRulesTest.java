package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.MissingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an administrator may set as a year's policy (scoring.md §5), rule by rule. */
class YearPolicyRulesTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static YearPolicyView.Tier tier(String threshold, String ratio) {
        return new YearPolicyView.Tier(d(threshold), d(ratio));
    }

    /** The defaults of §5. */
    private static YearPolicyChange defaults() {
        return new YearPolicyChange("RENORMALIZE", d("60"), 30, 5, 10, d("30000.00"), d("4000.00"), d("0.15"),
                d("0.15"), List.of(tier("90", "1.00"), tier("80", "0.90"), tier("70", "0.75"), tier("60", "0.50"),
                tier("0", "0.00")), "new year");
    }

    private static YearPolicyChange withTiers(List<YearPolicyView.Tier> tiers) {
        YearPolicyChange d = defaults();
        return new YearPolicyChange(d.missingPolicy(), d.minCoverage(), d.jdpMinSample(), d.cscMinResponses(),
                d.socBonusTopN(), d.socBonusAmount(), d.rebatePerUnit(), d.csShare(), d.overallWeight(), tiers,
                d.reason());
    }

    private static List<String> problems(YearPolicyChange change) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> YearPolicyRules.check(change));
        return refused.problems().stream().map(p -> p.field() + " " + p.key()).toList();
    }

    @Test
    void theDefaultsOfSection5AreAValidPolicy() {
        EvaluationYear.Policy policy = YearPolicyRules.check(defaults());

        assertEquals(EvaluationYear.Policy.defaults(), policy);
        assertEquals(MissingPolicy.RENORMALIZE, policy.missingPolicy());
    }

    /**
     * Finding of issue 12 (through the policy page too, where no JSON bound stands in front): a
     * value far out of range, or with far too many decimals, is refused with a message of a few
     * characters, never written out in a billion plain digits.
     */
    @Test
    void absurdNumbersAreRefusedWithShortMessages() {
        YearPolicyView.Tier far = new YearPolicyView.Tier(d("1e999999999"), d("1e-999999999"));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> YearPolicyRules.check(withTiers(List.of(far))));
        List<String> messages = refused.problems().stream().map(p -> p.message(java.util.Locale.ENGLISH)).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("1E+999999999"), messages.toString());
        assertTrue(messages.get(1).contains("1E-999999999"), messages.toString());
        assertTrue(messages.stream().allMatch(m -> m.length() < 200), messages.toString());
        assertEquals("0.15", YearPolicyRules.shown(d("0.15")));
        assertEquals("30000.00", YearPolicyRules.shown(d("30000.00")));
    }

    @Test
    void tierThresholdsStrictlyDecrease() {
        List<String> problems = problems(withTiers(List.of(tier("90", "1"), tier("90", "0.9"), tier("95", "0.5"))));

        assertEquals(List.of("payoutTiers[2].threshold policy.tiers.notDecreasing",
                "payoutTiers[3].threshold policy.tiers.notDecreasing"), problems);
    }

    @Test
    void aLowerTierNeverPaysAHigherRatio() {
        assertEquals(List.of("payoutTiers[2].ratio policy.tiers.ratioRises"),
                problems(withTiers(List.of(tier("90", "0.80"), tier("80", "0.90")))));
    }

    @Test
    void ratiosLieBetween0And1AndThresholdsBetween0And100() {
        assertEquals(List.of("payoutTiers[1].threshold policy.between", "payoutTiers[2].ratio policy.between"),
                problems(withTiers(List.of(tier("100.01", "1"), tier("50", "1.01")))));
        assertEquals(List.of("payoutTiers[1].ratio policy.between"),
                problems(withTiers(List.of(tier("50", "-0.1")))));
    }

    @Test
    void atLeastOneTierAndNotTooMany() {
        assertEquals(List.of("payoutTiers policy.tiers.none"), problems(withTiers(List.of())));
        List<YearPolicyView.Tier> many = new ArrayList<>();
        for (int i = 0; i <= YearPolicyRules.MAX_TIERS; i++) {
            many.add(tier(String.valueOf(100 - i), "0.5"));
        }
        assertEquals(List.of("payoutTiers policy.tiers.tooMany"), problems(withTiers(many)));
    }

    @Test
    void sharesAndWeightsLieBetween0And1AndTheCsShareIsNotZero() {
        YearPolicyChange d = defaults();
        YearPolicyChange change = new YearPolicyChange(d.missingPolicy(), d.minCoverage(), d.jdpMinSample(),
                d.cscMinResponses(), d.socBonusTopN(), d.socBonusAmount(), d.rebatePerUnit(), d("0"), d("1.5"),
                d.payoutTiers(), d.reason());

        assertEquals(List.of("csShare policy.csShare.zero", "overallWeight policy.between"), problems(change));
    }

    @Test
    void coverageIsAShareOf100PointsAndAmountsHaveTwoDecimals() {
        YearPolicyChange d = defaults();
        YearPolicyChange change = new YearPolicyChange(d.missingPolicy(), d("100.5"), d.jdpMinSample(),
                d.cscMinResponses(), d.socBonusTopN(), d("30000.005"), d("-1"), d.csShare(), d("0.12345"),
                d.payoutTiers(), d.reason());

        assertEquals(List.of("minCoverage policy.between", "socBonusAmount policy.decimals",
                "rebatePerUnit policy.between", "overallWeight policy.decimals"), problems(change));
    }

    @Test
    void countsAreNotNegativeAndEveryValueIsGiven() {
        YearPolicyChange change = new YearPolicyChange("SOMETIMES", null, -1, null, 1001, null, null, null, null,
                null, null);

        assertEquals(List.of("missingPolicy policy.missingPolicy.unknown", "minCoverage policy.required",
                "jdpMinSample policy.between", "cscMinResponses policy.required", "socBonusTopN policy.between",
                "socBonusAmount policy.required", "rebatePerUnit policy.required", "csShare policy.required",
                "overallWeight policy.required", "payoutTiers policy.tiers.none"), problems(change));
    }

    @Test
    void aQuarterNeedsAtLeastOneCscResponseAsTheScoringRulesSay() {
        YearPolicyChange d = defaults();
        YearPolicyChange none = new YearPolicyChange(d.missingPolicy(), d.minCoverage(), d.jdpMinSample(), 0,
                d.socBonusTopN(), d.socBonusAmount(), d.rebatePerUnit(), d.csShare(), d.overallWeight(),
                d.payoutTiers(), d.reason());

        assertEquals(List.of("cscMinResponses policy.between"), problems(none));
        assertEquals(1, YearPolicyRules.check(new YearPolicyChange(d.missingPolicy(), d.minCoverage(),
                d.jdpMinSample(), 1, d.socBonusTopN(), d.socBonusAmount(), d.rebatePerUnit(), d.csShare(),
                d.overallWeight(), d.payoutTiers(), d.reason())).cscMinResponses());
    }
}
