package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** HQ's assessment of a dealer's crisis-plan management, 0–10 with two decimals. */
public record CrisisAssessment(LocalDate assessedOn, BigDecimal score) {

    public CrisisAssessment {
        Objects.requireNonNull(assessedOn, "a crisis assessment's date is required");
        Decimals.requireInRange(score, BigDecimal.ZERO, BigDecimal.TEN, "a crisis assessment score");
        Decimals.requireAtMostTwoDecimals(score, "a crisis assessment score");
    }
}
