package com.dealercs.domain.model.year;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.List;

/**
 * The policy's values other than its payout tiers (scoring.md §5), as the year keeps them and as
 * a calculation run keeps a snapshot of them: the same columns in {@code evaluation_year} and
 * {@code calculation_run}. The tiers are stored apart by each (a table of the year's, a text of the
 * run's), so they are given back with them.
 */
@Embeddable
public class PolicyValues {

    @Enumerated(EnumType.STRING)
    @Column(name = "missing_policy", nullable = false, length = 12)
    private MissingPolicy missingPolicy;

    @Column(name = "min_coverage", nullable = false, precision = 5, scale = 2)
    private BigDecimal minCoverage;

    @Column(name = "jdp_min_sample", nullable = false)
    private int jdpMinSample;

    @Column(name = "csc_min_responses", nullable = false)
    private int cscMinResponses;

    @Column(name = "soc_bonus_top_n", nullable = false)
    private int socBonusTopN;

    @Column(name = "soc_bonus_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal socBonusAmount;

    @Column(name = "rebate_per_unit", nullable = false, precision = 12, scale = 2)
    private BigDecimal rebatePerUnit;

    @Column(name = "cs_share", nullable = false, precision = 7, scale = 4)
    private BigDecimal csShare;

    @Column(name = "overall_weight", nullable = false, precision = 7, scale = 4)
    private BigDecimal overallWeight;

    protected PolicyValues() {
        // for JPA
    }

    /** The values of a policy that was validated where it was built. */
    public PolicyValues(EvaluationYear.Policy policy) {
        this.missingPolicy = policy.missingPolicy();
        this.minCoverage = policy.minCoverage();
        this.jdpMinSample = policy.jdpMinSample();
        this.cscMinResponses = policy.cscMinResponses();
        this.socBonusTopN = policy.socBonusTopN();
        this.socBonusAmount = policy.socBonusAmount();
        this.rebatePerUnit = policy.rebatePerUnit();
        this.csShare = policy.csShare();
        this.overallWeight = policy.overallWeight();
    }

    /** The whole policy: these values with the payout tiers kept beside them. */
    public EvaluationYear.Policy with(List<PayoutTier> payoutTiers) {
        return new EvaluationYear.Policy(missingPolicy, minCoverage, jdpMinSample, cscMinResponses, socBonusTopN,
                socBonusAmount, rebatePerUnit, csShare, overallWeight, payoutTiers);
    }
}
