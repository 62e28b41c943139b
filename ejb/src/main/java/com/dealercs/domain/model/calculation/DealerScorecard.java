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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A dealer's annual scorecard as one calculation run stored it (scoring.md §1–§4): the nine
 * rounded components ({@code null} when missing), coverage, total, ranks, the SOC improvement
 * bonus, the CS rebate with its parts, and the four quarterly results.
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

    /** Comma-separated, in the scheme's order; empty when none is missing. */
    @Column(name = "missing_components", nullable = false, length = 120)
    private String missingComponents;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "quarter_result", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderBy("quarter")
    private List<QuarterScore> quarters = new ArrayList<>();

    protected DealerScorecard() {
        // for JPA
    }

    /** Keeps what the scoring rules calculated for the dealer in this run. */
    public DealerScorecard(CalculationRun run, Dealer dealer, Scorecard scorecard) {
        this.run = Objects.requireNonNull(run, "run");
        this.dealer = Objects.requireNonNull(dealer, "dealer");
        if (!dealer.getCode().equals(scorecard.dealerCode())) {
            throw new IllegalArgumentException("The scorecard of " + scorecard.dealerCode() + " is not "
                    + dealer.getCode() + "'s");
        }
        this.region = scorecard.region();
        this.status = scorecard.status();
        this.ssiMap = scorecard.component(Component.SSI_MAP).orElse(null);
        this.csMap = scorecard.component(Component.CS_MAP).orElse(null);
        this.socCentral = scorecard.component(Component.SOC_CENTRAL).orElse(null);
        this.socSpot = scorecard.component(Component.SOC_SPOT).orElse(null);
        this.jdpSsi = scorecard.component(Component.JDP_SSI).orElse(null);
        this.jdpCsi = scorecard.component(Component.JDP_CSI).orElse(null);
        this.training = scorecard.component(Component.TRAINING).orElse(null);
        this.csc = scorecard.component(Component.CSC).orElse(null);
        this.crisis = scorecard.component(Component.CRISIS).orElse(null);
        this.coverage = scorecard.coverage();
        this.scoreSum = scorecard.sum();
        this.total = scorecard.total().orElse(null);
        this.assessmentPoints = scorecard.assessmentPoints().orElse(null);
        this.nationalRank = scorecard.nationalRank().orElse(null);
        this.regionalRank = scorecard.regionalRank().orElse(null);
        this.socImprovement = scorecard.socImprovement().orElse(null);
        this.socImprovementRank = scorecard.socImprovementRank().orElse(null);
        this.socBonus = scorecard.socBonus();
        Rebate rebated = scorecard.rebate();
        this.units = rebated.units();
        this.base = rebated.base();
        this.payoutRatio = rebated.payoutRatio();
        this.cs = rebated.cs();
        this.socBonusAmount = rebated.socBonus();
        this.adjustments = rebated.adjustments();
        this.rebate = rebated.rebate();
        this.missingComponents = scorecard.missingComponents().stream().map(Component::name)
                .collect(Collectors.joining(","));
        scorecard.quarters().forEach(quarter -> quarters.add(new QuarterScore(quarter)));
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

    public String getRegion() {
        return region;
    }

    public RatingStatus getStatus() {
        return status;
    }

    public boolean isRated() {
        return status == RatingStatus.RATED;
    }

    /** A rounded component; empty when missing. */
    public Optional<BigDecimal> component(Component component) {
        return Optional.ofNullable(switch (component) {
            case SSI_MAP -> ssiMap;
            case CS_MAP -> csMap;
            case SOC_CENTRAL -> socCentral;
            case SOC_SPOT -> socSpot;
            case JDP_SSI -> jdpSsi;
            case JDP_CSI -> jdpCsi;
            case TRAINING -> training;
            case CSC -> csc;
            case CRISIS -> crisis;
        });
    }

    public List<Component> missingComponents() {
        return missingComponents.isEmpty() ? List.of()
                : Arrays.stream(missingComponents.split(",")).map(Component::valueOf).toList();
    }

    public int getCoverage() {
        return coverage;
    }

    public BigDecimal getScoreSum() {
        return scoreSum;
    }

    public Optional<BigDecimal> total() {
        return Optional.ofNullable(total);
    }

    public Optional<BigDecimal> assessmentPoints() {
        return Optional.ofNullable(assessmentPoints);
    }

    public Optional<Integer> nationalRank() {
        return Optional.ofNullable(nationalRank);
    }

    public Optional<Integer> regionalRank() {
        return Optional.ofNullable(regionalRank);
    }

    public Optional<BigDecimal> socImprovement() {
        return Optional.ofNullable(socImprovement);
    }

    public Optional<Integer> socImprovementRank() {
        return Optional.ofNullable(socImprovementRank);
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

    /** Q1 to Q4. */
    public List<QuarterScore> getQuarters() {
        return Collections.unmodifiableList(quarters);
    }
}
