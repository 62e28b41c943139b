package com.dealercs.domain.model.calculation;

import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.PayoutTier;
import com.dealercs.domain.model.year.PolicyValues;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One calculation of a year: when, by whom, on the data of when, with which policy. Its
 * scorecards are {@link DealerScorecard}s. While the year is OPEN a run is a draft; the latest run
 * of a year is the one shown.
 */
@Entity
@Table(name = "calculation_run")
public class CalculationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private EvaluationYear year;

    /** UTC */
    @Column(name = "run_at", nullable = false)
    private LocalDateTime runAt;

    @Column(name = "run_by", nullable = false, length = 64)
    private String runBy;

    @Column(nullable = false)
    private boolean draft;

    /** UTC: the year's {@code data_changed_at} as the run saw it */
    @Column(name = "data_changed_at", nullable = false)
    private LocalDateTime dataChangedAt;

    @Embedded
    private PolicyValues policyValues;

    /** {@code threshold:ratio} pairs by decreasing threshold, separated by {@code ;} */
    @Column(name = "payout_tiers", nullable = false, length = 500)
    private String payoutTiers;

    @Column(name = "dealers_rated", nullable = false)
    private int dealersRated;

    @Column(name = "dealers_not_rated", nullable = false)
    private int dealersNotRated;

    protected CalculationRun() {
        // for JPA
    }

    /** A run of the year with the year's current policy; a draft while the year is OPEN. */
    public CalculationRun(EvaluationYear year, Instant runAt, String runBy, int dealersRated, int dealersNotRated) {
        this.year = Objects.requireNonNull(year, "year");
        this.runAt = utc(runAt);
        if (runBy == null || runBy.isBlank() || runBy.length() > 64) {
            throw new IllegalArgumentException("A calculation run names who ran it (at most 64 characters)");
        }
        this.runBy = runBy;
        this.draft = year.acceptsData();
        this.dataChangedAt = utc(year.getDataChangedAt());
        EvaluationYear.Policy policy = year.policy();
        this.policyValues = new PolicyValues(policy);
        this.payoutTiers = policy.payoutTiers().stream()
                .map(tier -> tier.getThreshold().toPlainString() + ":" + tier.getRatio().toPlainString())
                .collect(Collectors.joining(";"));
        if (dealersRated < 0 || dealersNotRated < 0) {
            throw new IllegalArgumentException("Counts of dealers are not negative");
        }
        this.dealersRated = dealersRated;
        this.dealersNotRated = dealersNotRated;
    }

    /** The run an executive approved: no longer a draft. */
    public void approved() {
        this.draft = false;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(Objects.requireNonNull(instant), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** The policy the run used. */
    public EvaluationYear.Policy policy() {
        List<PayoutTier> tiers = new ArrayList<>();
        for (String pair : payoutTiers.split(";")) {
            String[] parts = pair.split(":");
            tiers.add(new PayoutTier(new BigDecimal(parts[0]), new BigDecimal(parts[1])));
        }
        return policyValues.with(tiers);
    }

    public Long getId() {
        return id;
    }

    public EvaluationYear getYear() {
        return year;
    }

    public Instant getRunAt() {
        return runAt.toInstant(ZoneOffset.UTC);
    }

    public String getRunBy() {
        return runBy;
    }

    public boolean isDraft() {
        return draft;
    }

    public Instant getDataChangedAt() {
        return dataChangedAt.toInstant(ZoneOffset.UTC);
    }

    public int getDealersRated() {
        return dealersRated;
    }

    public int getDealersNotRated() {
        return dealersNotRated;
    }
}
