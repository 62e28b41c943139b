package com.dealercs.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A new policy for a year, as an administrator enters it, and why. Any field may be missing or
 * wrong: {@link YearPolicyRules} says which and where.
 */
public record YearPolicyChange(String missingPolicy, BigDecimal minCoverage, Integer jdpMinSample,
                               Integer cscMinResponses, Integer socBonusTopN, BigDecimal socBonusAmount,
                               BigDecimal rebatePerUnit, BigDecimal csShare, BigDecimal overallWeight,
                               List<YearPolicyView.Tier> payoutTiers, String reason) {

    /** Nothing given (an empty request): every value is missing. */
    public static YearPolicyChange empty() {
        return new YearPolicyChange(null, null, null, null, null, null, null, null, null, null, null);
    }
}
