package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.List;

/** The nine components of the annual CS score; a component's maximum points are its weight. */
public enum Component {
    SSI_MAP(15),
    CS_MAP(15),
    SOC_CENTRAL(10),
    SOC_SPOT(10),
    JDP_SSI(10),
    JDP_CSI(10),
    TRAINING(10),
    CSC(10),
    CRISIS(10);

    /** The components of the quarterly score (max 40). */
    public static final List<Component> QUARTERLY = List.of(SSI_MAP, CS_MAP, CSC);

    private final int maxPoints;

    Component(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    public int maxPoints() {
        return maxPoints;
    }

    public BigDecimal maximum() {
        return BigDecimal.valueOf(maxPoints);
    }

    /** SSI_MAP and CS_MAP: scored from HQ supervisors' inspections against a checklist. */
    public boolean isChecklist() {
        return this == SSI_MAP || this == CS_MAP;
    }

    /** JDP_SSI, JDP_CSI and CSC: a weighted sum over the scheme's factors. */
    public boolean hasFactors() {
        return this == JDP_SSI || this == JDP_CSI || this == CSC;
    }
}
