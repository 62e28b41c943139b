package com.dealercs.application;

import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.MissingPolicy;
import com.dealercs.domain.model.year.PayoutTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an administrator may set as a year's policy (scoring.md §5), each problem named by its
 * field: values within what the rules can mean (ratios and shares between 0 and 1, coverage a
 * share of 100 points), amounts in yuan with two decimals, and a tier table whose thresholds
 * strictly decrease and whose ratios never rise as the threshold falls (a lower total paying more
 * is a typing error, not a policy). The limits on counts and amounts are there to catch slips of
 * the keyboard, far beyond any real policy.
 */
public final class YearPolicyRules {

    public static final int MAX_TIERS = 20;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal MAX_PER_UNIT = new BigDecimal("1000000.00");
    static final BigDecimal MAX_BONUS = new BigDecimal("10000000.00");
    static final int MAX_COUNT = 10_000;
    static final int MAX_TOP_N = 1_000;

    private final List<Problem> problems = new ArrayList<>();

    private YearPolicyRules() {
    }

    /** The policy, or every problem of the change at once. */
    public static EvaluationYear.Policy check(YearPolicyChange change) {
        YearPolicyRules rules = new YearPolicyRules();
        MissingPolicy missingPolicy = rules.missingPolicy(change.missingPolicy());
        rules.decimal("minCoverage", change.minCoverage(), BigDecimal.ZERO, HUNDRED, 2);
        rules.count("jdpMinSample", change.jdpMinSample(), 0, MAX_COUNT);
        // at least 1, as the scoring rules take it: a quarter without a single response never has a value
        rules.count("cscMinResponses", change.cscMinResponses(), 1, MAX_COUNT);
        rules.count("socBonusTopN", change.socBonusTopN(), 0, MAX_TOP_N);
        rules.decimal("socBonusAmount", change.socBonusAmount(), BigDecimal.ZERO, MAX_BONUS, 2);
        rules.decimal("rebatePerUnit", change.rebatePerUnit(), BigDecimal.ZERO, MAX_PER_UNIT, 2);
        if (rules.decimal("csShare", change.csShare(), BigDecimal.ZERO, BigDecimal.ONE, 4)
                && change.csShare().signum() == 0) {
            rules.problems.add(Problem.of("csShare", "policy.csShare.zero"));
        }
        rules.decimal("overallWeight", change.overallWeight(), BigDecimal.ZERO, BigDecimal.ONE, 4);
        rules.tiers(change.payoutTiers());
        if (!rules.problems.isEmpty()) {
            throw new InvalidInputException(rules.problems);
        }
        return new EvaluationYear.Policy(missingPolicy, change.minCoverage(), change.jdpMinSample(),
                change.cscMinResponses(), change.socBonusTopN(), change.socBonusAmount(), change.rebatePerUnit(),
                change.csShare(), change.overallWeight(), change.payoutTiers().stream()
                        .map(tier -> new PayoutTier(tier.threshold(), tier.ratio())).toList());
    }

    private MissingPolicy missingPolicy(String value) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of("missingPolicy", "policy.required", "missingPolicy"));
            return null;
        }
        return Arrays.stream(MissingPolicy.values()).filter(p -> p.name().equals(value.strip())).findFirst()
                .orElseGet(() -> {
                    problems.add(Problem.of("missingPolicy", "policy.missingPolicy.unknown", value));
                    return null;
                });
    }

    private void count(String field, Integer value, int low, int high) {
        if (value == null) {
            problems.add(Problem.of(field, "policy.required", field));
        } else if (value < low || value > high) {
            problems.add(Problem.of(field, "policy.between", field, low, high, value));
        }
    }

    /** True when the value is there and valid. */
    private boolean decimal(String field, BigDecimal value, BigDecimal low, BigDecimal high, int decimals) {
        if (value == null) {
            problems.add(Problem.of(field, "policy.required", field));
            return false;
        }
        if (value.compareTo(low) < 0 || value.compareTo(high) > 0) {
            problems.add(Problem.of(field, "policy.between", field, low.toPlainString(), high.toPlainString(),
                    shown(value)));
            return false;
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            problems.add(Problem.of(field, "policy.decimals", field, decimals, shown(value)));
            return false;
        }
        return true;
    }

    /**
     * A value as the user typed it, for a message: plain digits, unless that would be absurdly long
     * ({@code 1e999999999} in plain digits is a billion characters: the heap, not a message).
     */
    static String shown(BigDecimal value) {
        return value.precision() > 30 || Math.abs(value.scale()) > 30 ? value.toString() : value.toPlainString();
    }

    private void tiers(List<YearPolicyView.Tier> tiers) {
        if (tiers == null || tiers.isEmpty()) {
            problems.add(Problem.of("payoutTiers", "policy.tiers.none"));
            return;
        }
        if (tiers.size() > MAX_TIERS) {
            problems.add(Problem.of("payoutTiers", "policy.tiers.tooMany", MAX_TIERS));
            return;
        }
        YearPolicyView.Tier previous = null;
        for (int i = 0; i < tiers.size(); i++) {
            YearPolicyView.Tier tier = tiers.get(i);
            String at = "payoutTiers[" + (i + 1) + "]";
            if (tier == null) {
                problems.add(Problem.of(at, "policy.required", at));
                continue;
            }
            boolean thresholdOk = decimal(at + ".threshold", tier.threshold(), BigDecimal.ZERO, HUNDRED, 2);
            boolean ratioOk = decimal(at + ".ratio", tier.ratio(), BigDecimal.ZERO, BigDecimal.ONE, 4);
            if (previous != null && thresholdOk && previous.threshold() != null
                    && tier.threshold().compareTo(previous.threshold()) >= 0) {
                problems.add(Problem.of(at + ".threshold", "policy.tiers.notDecreasing", i + 1,
                        tier.threshold().toPlainString(), previous.threshold().toPlainString()));
            }
            if (previous != null && ratioOk && previous.ratio() != null
                    && tier.ratio().compareTo(previous.ratio()) > 0) {
                problems.add(Problem.of(at + ".ratio", "policy.tiers.ratioRises", i + 1,
                        tier.ratio().toPlainString(), previous.ratio().toPlainString()));
            }
            if (thresholdOk && ratioOk) {
                previous = tier;
            }
        }
    }
}
