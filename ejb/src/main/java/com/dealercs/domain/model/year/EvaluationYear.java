package com.dealercs.domain.model.year;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An evaluation year (评价年度): its state in the life cycle and its policy (scoring.md §5).
 * Every write to a year's data asks {@link #acceptsData()} first.
 */
@Entity
@Table(name = "evaluation_year")
public class EvaluationYear {

    public static final int FIRST = 2000;
    public static final int LAST = 2999;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "eval_year", nullable = false, unique = true)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private YearState state;

    @Embedded
    private PolicyValues policyValues;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payout_tier", joinColumns = @JoinColumn(name = "year_id"))
    @OrderBy("threshold DESC")
    private List<PayoutTier> payoutTiers = new ArrayList<>();

    /** UTC */
    @Column(name = "data_changed_at", nullable = false)
    private LocalDateTime dataChangedAt;

    /** UTC */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected EvaluationYear() {
        // for JPA
    }

    /** A new year is OPEN, with the policy it is given (normally the defaults of scoring.md §5). */
    public EvaluationYear(int year, Policy policy, Instant now) {
        if (year < FIRST || year > LAST) {
            throw new IllegalArgumentException("An evaluation year lies between " + FIRST + " and " + LAST + ": " + year);
        }
        this.year = year;
        this.state = YearState.OPEN;
        this.createdAt = utc(now);
        this.dataChangedAt = utc(now);
        apply(policy);
    }

    /** The year's parameters; validated where they are built. */
    public record Policy(MissingPolicy missingPolicy, BigDecimal minCoverage, int jdpMinSample, int cscMinResponses,
                         int socBonusTopN, BigDecimal socBonusAmount, BigDecimal rebatePerUnit, BigDecimal csShare,
                         BigDecimal overallWeight, List<PayoutTier> payoutTiers) {

        public Policy {
            Objects.requireNonNull(missingPolicy, "missingPolicy");
            requireBetween(minCoverage, BigDecimal.ZERO, BigDecimal.valueOf(100), "minCoverage");
            if (jdpMinSample < 0 || cscMinResponses < 0 || socBonusTopN < 0) {
                throw new IllegalArgumentException("Counts of a policy are not negative");
            }
            requireBetween(socBonusAmount, BigDecimal.ZERO, null, "socBonusAmount");
            requireBetween(rebatePerUnit, BigDecimal.ZERO, null, "rebatePerUnit");
            requireBetween(csShare, BigDecimal.ZERO, BigDecimal.ONE, "csShare");
            requireBetween(overallWeight, BigDecimal.ZERO, BigDecimal.ONE, "overallWeight");
            payoutTiers = List.copyOf(payoutTiers);
            if (payoutTiers.isEmpty()) {
                throw new IllegalArgumentException("A policy has at least one payout tier");
            }
            for (int i = 1; i < payoutTiers.size(); i++) {
                if (payoutTiers.get(i).getThreshold().compareTo(payoutTiers.get(i - 1).getThreshold()) >= 0) {
                    throw new IllegalArgumentException("Payout tiers are listed by strictly decreasing threshold");
                }
            }
        }

        /** What a new year starts with: the defaults of the scoring rules (scoring.md §5). */
        public static Policy defaults() {
            com.dealercs.domain.scoring.YearPolicy rules = com.dealercs.domain.scoring.YearPolicy.defaults();
            return new Policy(MissingPolicy.valueOf(rules.missingPolicy().name()),
                    BigDecimal.valueOf(rules.minCoverage()), rules.jdpMinSample(), rules.cscMinResponses(),
                    rules.socBonusTopN(), rules.socBonusAmount(), rules.rebatePerUnit(), rules.csShare(),
                    rules.overallWeight(), rules.payoutTiers().stream()
                            .map(tier -> new PayoutTier(tier.threshold(), tier.ratio())).toList());
        }

        private static void requireBetween(BigDecimal value, BigDecimal low, BigDecimal high, String name) {
            if (value == null || value.compareTo(low) < 0 || (high != null && value.compareTo(high) > 0)) {
                throw new IllegalArgumentException(name + " out of range: " + value);
            }
        }
    }

    public Policy policy() {
        return policyValues.with(payoutTiers);
    }

    /** Only an OPEN year's policy can change. */
    public void changePolicy(Policy policy) {
        requireOpen();
        apply(policy);
    }

    private void apply(Policy policy) {
        this.policyValues = new PolicyValues(policy);
        this.payoutTiers.clear();
        this.payoutTiers.addAll(policy.payoutTiers());
    }

    public boolean acceptsData() {
        return state.acceptsData();
    }

    /** Records that the year's data changed (so an older calculation can no longer be approved). */
    public void dataChanged(Instant when) {
        requireOpen();
        this.dataChangedAt = utc(when);
    }

    /** OPEN → APPROVED: the year's data and results are frozen. The caller checks the calculation. */
    public void approve() {
        move(YearState.OPEN, YearState.APPROVED);
    }

    /** APPROVED → PUBLISHED: dealers see their scorecards. */
    public void publish() {
        move(YearState.APPROVED, YearState.PUBLISHED);
    }

    /** APPROVED or PUBLISHED → OPEN: data may change again (an administrator, with a reason). */
    public void reopen() {
        if (state == YearState.OPEN) {
            throw new IllegalStateException("The year " + year + " is OPEN already");
        }
        state = YearState.OPEN;
    }

    private void move(YearState from, YearState to) {
        if (state != from) {
            throw new IllegalStateException("The year " + year + " is " + state + ", not " + from);
        }
        state = to;
    }

    private void requireOpen() {
        if (!acceptsData()) {
            throw new IllegalStateException("The year " + year + " is " + state + ": its data is frozen");
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(Objects.requireNonNull(instant), ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public YearState getState() {
        return state;
    }

    public Instant getDataChangedAt() {
        return dataChangedAt.toInstant(ZoneOffset.UTC);
    }
}
