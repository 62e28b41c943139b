package com.dealercs.application;

import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.PayoutTier;
import java.math.BigDecimal;
import java.util.List;

/**
 * A year's policy (scoring.md §5) as pages and the API show it; {@code editable} is false once the
 * year is approved. Field names are the parameters' names in scoring.md.
 */
public record YearPolicyView(int year, String state, boolean editable, String missingPolicy, BigDecimal minCoverage,
                             int jdpMinSample, int cscMinResponses, int socBonusTopN, BigDecimal socBonusAmount,
                             BigDecimal rebatePerUnit, BigDecimal csShare, BigDecimal overallWeight,
                             List<Tier> payoutTiers) {

    /** A row of the tier table: from this total upwards, this ratio of the base is paid. */
    public record Tier(BigDecimal threshold, BigDecimal ratio) {
    }

    public YearPolicyView {
        payoutTiers = List.copyOf(payoutTiers);
    }

    static YearPolicyView of(EvaluationYear year) {
        EvaluationYear.Policy policy = year.policy();
        return new YearPolicyView(year.getYear(), year.getState().name(), year.acceptsData(),
                policy.missingPolicy().name(), policy.minCoverage(), policy.jdpMinSample(), policy.cscMinResponses(),
                policy.socBonusTopN(), policy.socBonusAmount(), policy.rebatePerUnit(), policy.csShare(),
                policy.overallWeight(), policy.payoutTiers().stream().map(YearPolicyView::tier).toList());
    }

    private static Tier tier(PayoutTier tier) {
        return new Tier(tier.getThreshold(), tier.getRatio());
    }
}
