package com.dealercs.application;

import com.dealercs.domain.scoring.Component;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A dealer's annual scorecard as the API, the pages and the reports show it (docs/interfaces.md
 * §2): the contract's fields in the contract's order, then (an addition) the four quarterly results
 * as stored with the run. Components by code in the scheme's order, {@code null} when missing;
 * total and ranks {@code null} when NOT_RATED. Serializable for the pages' view-scoped beans.
 */
@JsonbPropertyOrder({"year", "dealerCode", "dealerName", "region", "status", "components", "coverage", "total",
        "assessmentPoints", "nationalRank", "regionalRank", "socImprovement", "socBonus", "rebate", "quarters"})
public record ScorecardView(int year, String dealerCode, String dealerName, String region, String status,
                            Map<String, BigDecimal> components, int coverage, BigDecimal total,
                            BigDecimal assessmentPoints, Integer nationalRank, Integer regionalRank,
                            BigDecimal socImprovement, boolean socBonus, RebateView rebate,
                            List<QuarterView> quarters) implements Serializable {

    /** The components' codes in the scheme's order (scoring.md §1): the rules' own list. */
    public static final List<String> COMPONENTS = Arrays.stream(Component.values()).map(Component::name).toList();

    /** Each component's maximum points, which are also its weight (scoring.md §1), by code. */
    public static final Map<String, Integer> MAXIMA = Collections.unmodifiableMap(Arrays.stream(Component.values())
            .collect(Collectors.toMap(Component::name, Component::maxPoints, (a, b) -> a, LinkedHashMap::new)));

    /** The components of a quarter's result, in their order: the rules' own list. */
    public static final List<String> QUARTERLY = Component.QUARTERLY.stream().map(Component::name).toList();

    public ScorecardView {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        quarters = List.copyOf(quarters);
    }

    /**
     * One quarter's result as stored with the run (scoring.md §2, 季度评分): the quarter's
     * {@code SSI_MAP}, {@code CS_MAP} and {@code CSC} ({@code null} when missing), the points of
     * weight with data (of 40), the quarter's total and national quarterly rank ({@code null} when
     * not rated that quarter).
     */
    @JsonbPropertyOrder({"quarter", "components", "coverage", "total", "rank"})
    public record QuarterView(int quarter, Map<String, BigDecimal> components, int coverage, BigDecimal total,
                              Integer rank) implements Serializable {

        public QuarterView {
            components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        }
    }

    /** The CS part of the dealer's rebate, in yuan (scoring.md §4). */
    @JsonbPropertyOrder({"units", "base", "payoutRatio", "cs", "socBonus", "adjustments", "rebate"})
    public record RebateView(int units, BigDecimal base, BigDecimal payoutRatio, BigDecimal cs, BigDecimal socBonus,
                             BigDecimal adjustments, BigDecimal rebate) implements Serializable {
    }
}
