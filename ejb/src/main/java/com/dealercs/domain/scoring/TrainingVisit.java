package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A TAS resident-training visit and its score, 0–10 with two decimals. */
public record TrainingVisit(LocalDate sessionDate, BigDecimal score) {

    public TrainingVisit {
        Objects.requireNonNull(sessionDate, "a training visit's date is required");
        Decimals.requireInRange(score, BigDecimal.ZERO, BigDecimal.TEN, "a training score");
        Decimals.requireAtMostTwoDecimals(score, "a training score");
    }
}
