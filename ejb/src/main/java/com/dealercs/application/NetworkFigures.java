package com.dealercs.application;

import com.dealercs.application.YearGlance.Bin;
import com.dealercs.application.YearGlance.RegionAverage;
import com.dealercs.application.YearGlance.YearTrend;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The network's figures from a year's scorecards (pure computation, no framework): only RATED
 * dealers with a total count; averages and medians to two places, half up.
 */
final class NetworkFigures {

    static final String RATED = "RATED";
    /** The width of a distribution bin, in points. */
    static final int BIN = 5;
    private static final int MAX = 100;

    private NetworkFigures() {
    }

    /** The year's glance from its overview, its scorecards and the trend of the years up to it. */
    static YearGlance glance(YearOverview overview, List<ScorecardView> scorecards, List<YearTrend> years) {
        List<BigDecimal> totals = totals(scorecards);
        return new YearGlance(overview, totals.size(), scorecards.size() - totals.size(), average(totals),
                median(totals), distribution(totals), regions(scorecards), years);
    }

    static YearTrend trend(int year, List<ScorecardView> scorecards) {
        List<BigDecimal> totals = totals(scorecards);
        return new YearTrend(year, totals.size(), average(totals), median(totals));
    }

    /** The totals of the rated dealers. */
    static List<BigDecimal> totals(List<ScorecardView> scorecards) {
        return scorecards.stream().filter(NetworkFigures::rated).map(ScorecardView::total).toList();
    }

    private static boolean rated(ScorecardView s) {
        return RATED.equals(s.status()) && s.total() != null;
    }

    /** The mean, two places half up; {@code null} for none. */
    static BigDecimal average(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /** The middle value, or the mean of the two middle ones, two places half up; {@code null} for none. */
    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
        return median.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * 5-point bins from the one holding the lowest total up to 100, each with how many totals it
     * holds (empty bins included, so the chart's axis is even); none when there are no totals.
     */
    static List<Bin> distribution(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            return List.of();
        }
        BigDecimal lowest = totals.stream().min(Comparator.naturalOrder()).orElseThrow();
        int start = Math.min(MAX - BIN, Math.max(0, lowest.intValue() / BIN * BIN));
        int[] counts = new int[(MAX - start) / BIN];
        for (BigDecimal total : totals) {
            int index = Math.max(0, total.intValue() - start) / BIN;
            counts[Math.min(counts.length - 1, index)]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            bins.add(new Bin(start + i * BIN, start + (i + 1) * BIN, counts[i]));
        }
        return bins;
    }

    /** Each region's rated dealers and average total, highest average first (ties by region). */
    static List<RegionAverage> regions(List<ScorecardView> scorecards) {
        Map<String, List<BigDecimal>> byRegion = scorecards.stream().filter(NetworkFigures::rated)
                .filter(s -> s.region() != null)
                .collect(Collectors.groupingBy(ScorecardView::region, TreeMap::new,
                        Collectors.mapping(ScorecardView::total, Collectors.toList())));
        return byRegion.entrySet().stream()
                .map(e -> new RegionAverage(e.getKey(), e.getValue().size(), average(e.getValue())))
                .sorted(Comparator.comparing(RegionAverage::average).reversed().thenComparing(RegionAverage::region))
                .toList();
    }
}
