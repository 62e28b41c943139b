package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A dealer's quarterly score (季度评分) over SSI_MAP, CS_MAP and CSC, with its quarterly rank.
 * The dealer is rated for the quarter when it has a value for SSI_MAP or CS_MAP.
 */
public final class QuarterResult {

    private final int quarter;
    private final Map<Component, BigDecimal> components;
    private final int coverage;
    private final BigDecimal total;
    private final Integer rank;

    QuarterResult(int quarter, Rating rating, Integer rank) {
        this.quarter = Decimals.requireQuarter(quarter);
        this.components = rating.components();
        this.coverage = rating.coverage();
        this.total = rating.total();
        if ((total == null) != (rank == null)) {
            throw new IllegalArgumentException("a quarter has a rank exactly when it is rated");
        }
        this.rank = rank;
    }

    /**
     * A quarter's result as a calculation run stored it: rated when it has a total.
     *
     * @param components the quarter's rounded values of SSI_MAP, CS_MAP and CSC that exist
     */
    public static QuarterResult stored(int quarter, Map<Component, BigDecimal> components, int coverage,
            BigDecimal total, Integer rank) {
        RatingStatus status = total == null ? RatingStatus.NOT_RATED : RatingStatus.RATED;
        return new QuarterResult(quarter, new Rating(status, components, coverage, Rating.sum(components), total),
                rank);
    }

    public int quarter() {
        return quarter;
    }

    /** The quarter's rounded values of SSI_MAP, CS_MAP and CSC that exist. */
    public Map<Component, BigDecimal> components() {
        return components;
    }

    public Optional<BigDecimal> component(Component component) {
        return Optional.ofNullable(components.get(component));
    }

    /** {@code W} of the quarter, out of 40. */
    public int coverage() {
        return coverage;
    }

    public boolean isRated() {
        return total != null;
    }

    /** {@code quarterTotal = round2(S × 100 / W)}; empty when not rated for the quarter. */
    public Optional<BigDecimal> total() {
        return Optional.ofNullable(total);
    }

    public Optional<Integer> rank() {
        return Optional.ofNullable(rank);
    }

    @Override
    public String toString() {
        return "Q" + quarter + " " + components + " total=" + total + " rank=" + rank;
    }
}
