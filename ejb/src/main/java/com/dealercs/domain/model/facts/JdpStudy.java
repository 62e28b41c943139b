package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.scheme.FactorComponent;

/** The two J.D. Power studies, each scored on its own factors of the year's scheme. */
public enum JdpStudy {
    /** sales satisfaction */
    SSI(FactorComponent.JDP_SSI),
    /** service satisfaction */
    CSI(FactorComponent.JDP_CSI);

    private final FactorComponent component;

    JdpStudy(FactorComponent component) {
        this.component = component;
    }

    /** The component the study's factors (and its score) belong to. */
    public FactorComponent component() {
        return component;
    }
}
