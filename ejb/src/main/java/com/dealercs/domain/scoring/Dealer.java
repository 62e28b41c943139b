package com.dealercs.domain.scoring;

import java.util.Objects;

/** What the scoring needs to know of a dealer: who it is, its region, whether it is active. */
public record Dealer(String code, String region, DealerStatus status) {

    public Dealer {
        Decimals.requireText(code, "a dealer code");
        Decimals.requireText(region, "dealer " + code + "'s region");
        Objects.requireNonNull(status, "dealer " + code + "'s status is required");
    }

    public boolean isActive() {
        return status == DealerStatus.ACTIVE;
    }
}
