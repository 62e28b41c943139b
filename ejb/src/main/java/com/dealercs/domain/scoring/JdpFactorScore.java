package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** A J.D. Power index (0–1000) of one factor of a study, with its number of respondents. */
public record JdpFactorScore(Component study, String factorCode, BigDecimal index, int sampleSize) {

    public JdpFactorScore {
        Objects.requireNonNull(study, "a J.D. Power study is required");
        if (study != Component.JDP_SSI && study != Component.JDP_CSI) {
            throw new IllegalArgumentException("a J.D. Power study is JDP_SSI or JDP_CSI, not " + study);
        }
        Decimals.requireText(factorCode, "a J.D. Power factor code");
        Decimals.requireInRange(index, BigDecimal.ZERO, BigDecimal.valueOf(1000), "a J.D. Power index");
        if (sampleSize < 0) {
            throw new IllegalArgumentException("a sample size cannot be negative: " + sampleSize);
        }
    }
}
