package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A dealer's annual scorecard: its components, total, ranks, SOC improvement and rebate. */
public final class Scorecard {

    private final int year;
    private final Dealer dealer;
    private final RatingStatus status;
    private final Map<Component, BigDecimal> components;
    private final int coverage;
    private final BigDecimal sum;
    private final BigDecimal total;
    private final BigDecimal assessmentPoints;
    private final Integer nationalRank;
    private final Integer regionalRank;
    private final BigDecimal socImprovement;
    private final Integer socImprovementRank;
    private final boolean socBonus;
    private final Rebate rebate;
    private final List<QuarterResult> quarters;

    Scorecard(int year, Dealer dealer, Rating rating, BigDecimal assessmentPoints, Integer nationalRank,
            Integer regionalRank, BigDecimal socImprovement, Integer socImprovementRank, boolean socBonus,
            Rebate rebate, List<QuarterResult> quarters) {
        this.year = year;
        this.dealer = Objects.requireNonNull(dealer);
        this.status = rating.status();
        this.components = rating.components();
        this.coverage = rating.coverage();
        this.sum = rating.sum();
        this.total = rating.total();
        boolean rated = status == RatingStatus.RATED;
        // NOT_RATED: no total, no rank, no assessment points
        if (rated != (total != null) || rated != (assessmentPoints != null) || rated != (nationalRank != null)
                || rated != (regionalRank != null)) {
            throw new IllegalArgumentException(dealer.code() + ": a total and ranks exactly when rated");
        }
        this.assessmentPoints = assessmentPoints;
        this.nationalRank = nationalRank;
        this.regionalRank = regionalRank;
        this.socImprovement = socImprovement;
        this.socImprovementRank = socImprovementRank;
        this.socBonus = socBonus;
        this.rebate = Objects.requireNonNull(rebate);
        this.quarters = List.copyOf(quarters);
    }

    /**
     * A scorecard as a calculation run stored it, read back with the same checks as when the
     * rules produced it. Only ACTIVE dealers get scorecards, so its dealer is ACTIVE.
     *
     * @param components the rounded components that have data
     */
    public static Scorecard stored(int year, String dealerCode, String region, RatingStatus status,
            Map<Component, BigDecimal> components, int coverage, BigDecimal sum, BigDecimal total,
            BigDecimal assessmentPoints, Integer nationalRank, Integer regionalRank, BigDecimal socImprovement,
            Integer socImprovementRank, boolean socBonus, Rebate rebate, List<QuarterResult> quarters) {
        return new Scorecard(year, new Dealer(dealerCode, region, DealerStatus.ACTIVE),
                new Rating(status, components, coverage, sum, total), assessmentPoints, nationalRank, regionalRank,
                socImprovement, socImprovementRank, socBonus, rebate, quarters);
    }

    public int year() {
        return year;
    }

    public Dealer dealer() {
        return dealer;
    }

    public String dealerCode() {
        return dealer.code();
    }

    public String region() {
        return dealer.region();
    }

    public RatingStatus status() {
        return status;
    }

    public boolean isRated() {
        return status == RatingStatus.RATED;
    }

    /** The rounded components that have data. */
    public Map<Component, BigDecimal> components() {
        return components;
    }

    /** A rounded component; empty when missing. */
    public Optional<BigDecimal> component(Component component) {
        return Optional.ofNullable(components.get(component));
    }

    /** The components without data, in the scheme's order, for HQ to settle. */
    public List<Component> missingComponents() {
        return Arrays.stream(Component.values()).filter(c -> !components.containsKey(c)).toList();
    }

    /** {@code W}: the points of weight with data. */
    public int coverage() {
        return coverage;
    }

    /** {@code S}: the sum of the rounded components that have data. */
    public BigDecimal sum() {
        return sum;
    }

    public Optional<BigDecimal> total() {
        return Optional.ofNullable(total);
    }

    /** {@code round2(total × overallWeight)}. */
    public Optional<BigDecimal> assessmentPoints() {
        return Optional.ofNullable(assessmentPoints);
    }

    public Optional<Integer> nationalRank() {
        return Optional.ofNullable(nationalRank);
    }

    public Optional<Integer> regionalRank() {
        return Optional.ofNullable(regionalRank);
    }

    /** {@code FINAL − BASELINE}; empty without both. */
    public Optional<BigDecimal> socImprovement() {
        return Optional.ofNullable(socImprovement);
    }

    /** The dealer's rank by SOC improvement among the ACTIVE dealers with both patrols. */
    public Optional<Integer> socImprovementRank() {
        return Optional.ofNullable(socImprovementRank);
    }

    /** Whether the dealer earned the SOC improvement bonus. */
    public boolean socBonus() {
        return socBonus;
    }

    public Rebate rebate() {
        return rebate;
    }

    /** The four quarterly results, Q1 to Q4. */
    public List<QuarterResult> quarters() {
        return quarters;
    }

    public QuarterResult quarter(int quarter) {
        return quarters.get(Decimals.requireQuarter(quarter) - 1);
    }

    @Override
    public String toString() {
        return "Scorecard[" + year + " " + dealer.code() + " " + status + " " + components + " W=" + coverage
                + " total=" + total + " rank=" + nationalRank + "/" + regionalRank + " " + rebate + "]";
    }
}
