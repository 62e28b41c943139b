package com.dealercs.domain.model.network;

/** A CLOSED dealer keeps its history but gets no new scorecard. */
public enum DealerStatus {
    ACTIVE,
    CLOSED
}
