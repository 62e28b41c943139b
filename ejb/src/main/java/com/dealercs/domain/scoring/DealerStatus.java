package com.dealercs.domain.scoring;

/** Only ACTIVE dealers get scorecards; a CLOSED dealer keeps its history. */
public enum DealerStatus {
    ACTIVE,
    CLOSED
}
