package com.dealercs.domain.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a year's calculation: one scorecard per ACTIVE dealer, ordered by national rank
 * (ties by dealer code), NOT_RATED dealers last by dealer code.
 */
public final class YearResults {

    private final int year;
    private final YearPolicy policy;
    private final List<Scorecard> scorecards;

    YearResults(int year, YearPolicy policy, List<Scorecard> scorecards) {
        this.year = year;
        this.policy = Objects.requireNonNull(policy);
        this.scorecards = List.copyOf(scorecards);
    }

    public int year() {
        return year;
    }

    public YearPolicy policy() {
        return policy;
    }

    public List<Scorecard> scorecards() {
        return scorecards;
    }

    public Optional<Scorecard> scorecard(String dealerCode) {
        return scorecards.stream().filter(s -> s.dealerCode().equals(dealerCode)).findFirst();
    }

    /** The dealers rated for a quarter, by quarterly rank (ties by dealer code). */
    public List<Scorecard> quarterlyRanking(int quarter) {
        Decimals.requireQuarter(quarter);
        return scorecards.stream()
                .filter(s -> s.quarter(quarter).isRated())
                .sorted(Comparator.<Scorecard>comparingInt(s -> s.quarter(quarter).rank().orElseThrow())
                        .thenComparing(Scorecard::dealerCode))
                .toList();
    }
}
