package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** A weighted factor of JDP_SSI, JDP_CSI or CSC (a J.D. Power factor or a CSC survey item). */
public record Factor(Component component, String code, BigDecimal weight) {

    public Factor {
        Objects.requireNonNull(component, "a factor's component is required");
        if (!component.hasFactors()) {
            throw new IllegalArgumentException(component + " has no factors");
        }
        Decimals.requireText(code, "a factor's code");
        if (weight == null || weight.signum() <= 0) {
            throw new IllegalArgumentException("factor " + code + " needs a weight above 0");
        }
    }
}
