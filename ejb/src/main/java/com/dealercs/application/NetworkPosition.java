package com.dealercs.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Where one dealer stands in the network in a published year, without any other dealer: the
 * distribution of the rated dealers' totals in 5-point bands (counts only), the band holding the
 * dealer's own total, the quartiles and average of the network, and its region's average. No other
 * dealer's code, name or figures are in it. The network's figures are {@code null} while fewer than
 * {@link #SMALLEST_GROUP} dealers are rated, the region's while fewer are rated in the region: with
 * two, an average would give away the other dealer's total.
 *
 * @param ownTotal      the dealer's own total, {@code null} when it is not rated
 * @param ownBandFrom   the lower end of the band holding the own total, {@code null} when not rated
 * @param lowerQuartile the 25th percentile of the rated totals (linear between ranks, as a spreadsheet's QUARTILE.INC)
 */
public record NetworkPosition(int year, String dealerCode, String region, BigDecimal ownTotal, int rated,
                              List<YearGlance.Bin> distribution, Integer ownBandFrom, BigDecimal lowerQuartile,
                              BigDecimal median, BigDecimal upperQuartile, BigDecimal networkAverage,
                              int ratedInRegion, BigDecimal regionAverage) implements Serializable {

    /** The fewest rated dealers whose average or quartiles are shown. */
    public static final int SMALLEST_GROUP = 3;

    public NetworkPosition {
        distribution = List.copyOf(distribution);
    }
}
