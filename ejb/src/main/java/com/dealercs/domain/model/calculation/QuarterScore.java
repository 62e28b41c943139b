package com.dealercs.domain.model.calculation;

import com.dealercs.domain.scoring.Component;
import com.dealercs.domain.scoring.QuarterResult;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** A dealer's quarterly result in a run, in columns: SSI_MAP, CS_MAP and CSC of the quarter, its total and rank. */
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

    /** The rules' quarterly result, as the run calculated it. */
    QuarterResult result() {
        Map<Component, BigDecimal> components = new EnumMap<>(Component.class);
        putIfPresent(components, Component.SSI_MAP, ssiMap);
        putIfPresent(components, Component.CS_MAP, csMap);
        putIfPresent(components, Component.CSC, csc);
        return QuarterResult.stored(quarter, components, coverage, total, rank);
    }

    private static void putIfPresent(Map<Component, BigDecimal> components, Component component, BigDecimal value) {
        if (value != null) {
            components.put(component, value);
        }
    }
}
