package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One SOC patrol score, 0–100 with up to two decimals. */
public record SocScore(SocKind kind, LocalDate visitDate, BigDecimal score) {

    public SocScore {
        Objects.requireNonNull(kind, "an SOC score's kind is required");
        Objects.requireNonNull(visitDate, "an SOC score's visit date is required");
        Decimals.requireInRange(score, BigDecimal.ZERO, BigDecimal.valueOf(100), "an SOC score");
        Decimals.requireAtMostTwoDecimals(score, "an SOC score");
    }
}
