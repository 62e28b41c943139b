package com.dealercs.domain.model.calculation;

import com.dealercs.domain.scoring.Component;
import com.dealercs.domain.scoring.QuarterResult;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Optional;

/** A dealer's quarterly score in a run: SSI_MAP, CS_MAP and CSC of the quarter, its total and rank. */
@Embeddable
public class QuarterScore {

    @Column(nullable = false)
    private int quarter;

    @Column(name = "ssi_map", precision = 5, scale = 2)
    private BigDecimal ssiMap;

    @Column(name = "cs_map", precision = 5, scale = 2)
    private BigDecimal csMap;

    @Column(precision = 5, scale = 2)
    private BigDecimal csc;

    @Column(nullable = false)
    private int coverage;

    @Column(name = "quarter_total", precision = 6, scale = 2)
    private BigDecimal total;

    @Column(name = "quarter_rank")
    private Integer rank;

    protected QuarterScore() {
        // for JPA
    }

    QuarterScore(QuarterResult result) {
        this.quarter = result.quarter();
        this.ssiMap = result.component(Component.SSI_MAP).orElse(null);
        this.csMap = result.component(Component.CS_MAP).orElse(null);
        this.csc = result.component(Component.CSC).orElse(null);
        this.coverage = result.coverage();
        this.total = result.total().orElse(null);
        this.rank = result.rank().orElse(null);
    }

    public int getQuarter() {
        return quarter;
    }

    public Optional<BigDecimal> component(Component component) {
        return Optional.ofNullable(switch (component) {
            case SSI_MAP -> ssiMap;
            case CS_MAP -> csMap;
            case CSC -> csc;
            default -> null;
        });
    }

    public int getCoverage() {
        return coverage;
    }

    public Optional<BigDecimal> total() {
        return Optional.ofNullable(total);
    }

    public Optional<Integer> rank() {
        return Optional.ofNullable(rank);
    }
}
