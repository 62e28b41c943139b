package com.dealercs.domain.scoring;

/** Whether a dealer had enough data (coverage) to get a total and a rank. */
public enum RatingStatus {
    RATED,
    NOT_RATED
}
