package com.dealercs.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An evaluation year at a glance, as the HQ, executive and administrator home pages show it: the
 * year with its state and latest run ({@link YearOverview}), how many dealers its scorecards rate
 * and do not rate, the network's average and median total, the totals' distribution in 5-point
 * bins, each region's average, and every calculated year up to this one (year over year). Averages
 * and medians are rounded to two places, half up; {@code null} while no dealer is rated.
 */
public record YearGlance(YearOverview year, int rated, int notRated, BigDecimal average, BigDecimal median,
                         List<Bin> distribution, List<RegionAverage> regions, List<YearTrend> years)
        implements Serializable {

    public YearGlance {
        distribution = List.copyOf(distribution);
        regions = List.copyOf(regions);
        years = List.copyOf(years);
    }

    /**
     * Rated dealers whose total is at least {@code from} and below {@code to}; the last bin
     * (to 100) also holds a total of exactly 100.
     */
    public record Bin(int from, int to, int dealers) implements Serializable {
    }

    /** A region's rated dealers and their average total; regions with none rated are not listed. */
    public record RegionAverage(String region, int rated, BigDecimal average) implements Serializable {
    }

    /** One calculated year's network figures: how many rated, their average and median total. */
    public record YearTrend(int year, int rated, BigDecimal average, BigDecimal median) implements Serializable {
    }
}
