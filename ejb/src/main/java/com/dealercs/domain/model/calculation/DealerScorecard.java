package com.dealercs.domain.model.calculation;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.scoring.Component;
import com.dealercs.domain.scoring.RatingStatus;
import com.dealercs.domain.scoring.Rebate;
import com.dealercs.domain.scoring.Scorecard;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A dealer's annual scorecard as one calculation run stored it (scoring.md §1–§4): the rules'
 * {@link Scorecard} in columns. The run writes them in bulk ({@code CalculationRepository.storeAll});
 * {@link #scorecard()} gives the rules' scorecard back, so what it means is said in one place.
 */
@Entity
@Table(name = "scorecard")
public class DealerScorecard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    private CalculationRun run;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dealer_id")
    private Dealer dealer;

    /** The region the regional rank was taken in, as it was at the run. */
    @Column(nullable = false, length = 32)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    private RatingStatus status;

    @Column(name = "ssi_map", precision = 5, scale = 2)
    private BigDecimal ssiMap;

    @Column(name = "cs_map", precision = 5, scale = 2)
    private BigDecimal csMap;

    @Column(name = "soc_central", precision = 5, scale = 2)
    private BigDecimal socCentral;

    @Column(name = "soc_spot", precision = 5, scale = 2)
    private BigDecimal socSpot;

    @Column(name = "jdp_ssi", precision = 5, scale = 2)
    private BigDecimal jdpSsi;

    @Column(name = "jdp_csi", precision = 5, scale = 2)
    private BigDecimal jdpCsi;

    @Column(precision = 5, scale = 2)
    private BigDecimal training;

    @Column(precision = 5, scale = 2)
    private BigDecimal csc;

    @Column(precision = 5, scale = 2)
    private BigDecimal crisis;

    @Column(nullable = false)
    private int coverage;

    @Column(name = "score_sum", nullable = false, precision = 6, scale = 2)
    private BigDecimal scoreSum;

    @Column(precision = 6, scale = 2)
    private BigDecimal total;

    @Column(name = "assessment_points", precision = 5, scale = 2)
    private BigDecimal assessmentPoints;

    @Column(name = "national_rank")
    private Integer nationalRank;

    @Column(name = "regional_rank")
    private Integer regionalRank;

    @Column(name = "soc_improvement", precision = 6, scale = 2)
    private BigDecimal socImprovement;

    @Column(name = "soc_improvement_rank")
    private Integer socImprovementRank;

    @Column(name = "soc_bonus", nullable = false)
    private boolean socBonus;

    @Column(nullable = false)
    private int units;

    @Column(nullable = false, precision = 18, scale = 6)
    private BigDecimal base;

    @Column(name = "payout_ratio", nullable = false, precision = 5, scale = 4)
    private BigDecimal payoutRatio;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal cs;

    @Column(name = "soc_bonus_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal socBonusAmount;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal adjustments;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal rebate;

    /**
     * Comma-separated, in the scheme's order; empty when none is missing. Written for whoever reads
     * the table; the scorecard knows its missing components from the null ones.
     */
    @Column(name = "missing_components", nullable = false, length = 120)
    private String missingComponents;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "quarter_result", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderBy("quarter")
    private List<QuarterScore> quarters = new ArrayList<>();

    protected DealerScorecard() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public CalculationRun getRun() {
        return run;
    }

    public Dealer getDealer() {
        return dealer;
    }

    /** The region the regional rank was taken in, as it was at the run. */
    public String getRegion() {
        return region;
    }

    /** The rules' scorecard, as the run calculated it. */
    public Scorecard scorecard() {
        Map<Component, BigDecimal> components = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            BigDecimal value = switch (component) {
                case SSI_MAP -> ssiMap;
                case CS_MAP -> csMap;
                case SOC_CENTRAL -> socCentral;
                case SOC_SPOT -> socSpot;
                case JDP_SSI -> jdpSsi;
                case JDP_CSI -> jdpCsi;
                case TRAINING -> training;
                case CSC -> csc;
                case CRISIS -> crisis;
            };
            if (value != null) {
                components.put(component, value);
            }
        }
        return Scorecard.stored(run.getYear().getYear(), dealer.getCode(), region, status, components, coverage,
                scoreSum, total, assessmentPoints, nationalRank, regionalRank, socImprovement, socImprovementRank,
                socBonus, new Rebate(units, base, payoutRatio, cs, socBonusAmount, adjustments, rebate),
                quarters.stream().map(QuarterScore::result).toList());
    }
}
