package com.dealercs.application;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dealer's annual scorecard as shown (interfaces.md §2). Components by code in the scheme's
 * order, {@code null} when missing; total and ranks {@code null} when NOT_RATED.
 */
public record ScorecardView(int year, String dealerCode, String dealerName, String region, String status,
                            Map<String, BigDecimal> components, int coverage, BigDecimal total,
                            BigDecimal assessmentPoints, Integer nationalRank, Integer regionalRank,
                            BigDecimal socImprovement, boolean socBonus, RebateView rebate,
                            List<String> missingComponents, List<QuarterView> quarters) {

    public ScorecardView {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        missingComponents = List.copyOf(missingComponents);
        quarters = List.copyOf(quarters);
    }

    /**
     * One quarter's result as stored with the run (scoring.md §2, 季度评分): the quarter's
     * {@code SSI_MAP}, {@code CS_MAP} and {@code CSC} ({@code null} when missing), the points of
     * weight with data (of 40), the quarter's total and national quarterly rank ({@code null} when
     * not rated that quarter).
     */
    public record QuarterView(int quarter, Map<String, BigDecimal> components, int coverage, BigDecimal total,
                              Integer rank) {

        public QuarterView {
            components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        }
    }

    /** The CS part of the dealer's rebate, in yuan (scoring.md §4). */
    public record RebateView(int units, BigDecimal base, BigDecimal payoutRatio, BigDecimal cs, BigDecimal socBonus,
                             BigDecimal adjustments, BigDecimal rebate) {
    }
}
