package com.dealercs.interfaces.web.scorecard;

import com.dealercs.application.DealerStanding;
import com.dealercs.application.ScorecardView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dealer's scorecard as the pages show it (getters for Faces EL, serializable for view-scoped
 * beans): the ranking row's fields, the rebate's parts and the four quarters; with what the ranks
 * are out of when known ({@code 0} when not).
 */
public final class ScorecardRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The nine components in the scheme's order (scoring.md §1). */
    public static final List<String> COMPONENTS = List.of("SSI_MAP", "CS_MAP", "SOC_CENTRAL", "SOC_SPOT", "JDP_SSI",
            "JDP_CSI", "TRAINING", "CSC", "CRISIS");

    /** The maximum points of each component, which are also its weight (scoring.md §1). */
    public static final Map<String, Integer> MAXIMA = Map.of("SSI_MAP", 15, "CS_MAP", 15, "SOC_CENTRAL", 10,
            "SOC_SPOT", 10, "JDP_SSI", 10, "JDP_CSI", 10, "TRAINING", 10, "CSC", 10, "CRISIS", 10);

    private final int year;
    private final String dealerCode;
    private final String dealerName;
    private final String region;
    private final String status;
    private final LinkedHashMap<String, BigDecimal> components;
    private final int coverage;
    private final BigDecimal total;
    private final BigDecimal assessmentPoints;
    private final Integer nationalRank;
    private final Integer regionalRank;
    private final BigDecimal socImprovement;
    private final boolean socBonus;
    private final int units;
    private final BigDecimal base;
    private final BigDecimal payoutRatio;
    private final BigDecimal cs;
    private final BigDecimal socBonusAmount;
    private final BigDecimal adjustments;
    private final BigDecimal rebate;
    private final List<String> missingComponents;
    private final List<QuarterRow> quarters;
    private final long ratedNationally;
    private final long ratedInRegion;

    public ScorecardRow(ScorecardView view) {
        this(view, 0, 0);
    }

    public ScorecardRow(DealerStanding standing) {
        this(standing.scorecard(), standing.ratedNationally(), standing.ratedInRegion());
    }

    private ScorecardRow(ScorecardView view, long ratedNationally, long ratedInRegion) {
        this.year = view.year();
        this.dealerCode = view.dealerCode();
        this.dealerName = view.dealerName();
        this.region = view.region();
        this.status = view.status();
        this.components = new LinkedHashMap<>(view.components());
        this.coverage = view.coverage();
        this.total = view.total();
        this.assessmentPoints = view.assessmentPoints();
        this.nationalRank = view.nationalRank();
        this.regionalRank = view.regionalRank();
        this.socImprovement = view.socImprovement();
        this.socBonus = view.socBonus();
        ScorecardView.RebateView r = view.rebate();
        this.units = r.units();
        this.base = r.base();
        this.payoutRatio = r.payoutRatio();
        this.cs = r.cs();
        this.socBonusAmount = r.socBonus();
        this.adjustments = r.adjustments();
        this.rebate = r.rebate();
        this.missingComponents = List.copyOf(view.missingComponents());
        this.quarters = view.quarters().stream().map(QuarterRow::new).toList();
        this.ratedNationally = ratedNationally;
        this.ratedInRegion = ratedInRegion;
    }

    public int getYear() {
        return year;
    }

    public String getDealerCode() {
        return dealerCode;
    }

    public String getDealerName() {
        return dealerName;
    }

    public String getRegion() {
        return region;
    }

    /** {@code RATED} or {@code NOT_RATED}. */
    public String getStatus() {
        return status;
    }

    public boolean isRated() {
        return "RATED".equals(status);
    }

    /** By code ({@code SSI_MAP}, …); a missing component is {@code null}. */
    public Map<String, BigDecimal> getComponents() {
        return components;
    }

    /** The components' codes in the scheme's order, for pages that list them. */
    public List<String> getComponentCodes() {
        return COMPONENTS;
    }

    /** The maximum points of each component, by code. */
    public Map<String, Integer> getMaxima() {
        return MAXIMA;
    }

    public int getCoverage() {
        return coverage;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getAssessmentPoints() {
        return assessmentPoints;
    }

    public Integer getNationalRank() {
        return nationalRank;
    }

    public Integer getRegionalRank() {
        return regionalRank;
    }

    public BigDecimal getSocImprovement() {
        return socImprovement;
    }

    public boolean isSocBonus() {
        return socBonus;
    }

    public int getUnits() {
        return units;
    }

    public BigDecimal getBase() {
        return base;
    }

    public BigDecimal getPayoutRatio() {
        return payoutRatio;
    }

    public BigDecimal getCs() {
        return cs;
    }

    public BigDecimal getSocBonusAmount() {
        return socBonusAmount;
    }

    public BigDecimal getAdjustments() {
        return adjustments;
    }

    public BigDecimal getRebate() {
        return rebate;
    }

    public List<String> getMissingComponents() {
        return missingComponents;
    }

    public boolean isAnyMissing() {
        return !missingComponents.isEmpty();
    }

    public List<QuarterRow> getQuarters() {
        return quarters;
    }

    /** How many dealers the run rated nationally; {@code 0} when not known. */
    public long getRatedNationally() {
        return ratedNationally;
    }

    /** How many dealers of the region the run rated; {@code 0} when not known. */
    public long getRatedInRegion() {
        return ratedInRegion;
    }

    /** One quarter's result (scoring.md §2, 季度评分). */
    public static final class QuarterRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int quarter;
        private final BigDecimal ssiMap;
        private final BigDecimal csMap;
        private final BigDecimal csc;
        private final int coverage;
        private final BigDecimal total;
        private final Integer rank;

        QuarterRow(ScorecardView.QuarterView view) {
            this.quarter = view.quarter();
            this.ssiMap = view.components().get("SSI_MAP");
            this.csMap = view.components().get("CS_MAP");
            this.csc = view.components().get("CSC");
            this.coverage = view.coverage();
            this.total = view.total();
            this.rank = view.rank();
        }

        public int getQuarter() {
            return quarter;
        }

        public BigDecimal getSsiMap() {
            return ssiMap;
        }

        public BigDecimal getCsMap() {
            return csMap;
        }

        public BigDecimal getCsc() {
            return csc;
        }

        public int getCoverage() {
            return coverage;
        }

        public BigDecimal getTotal() {
            return total;
        }

        public Integer getRank() {
            return rank;
        }
    }
}
