package com.dealercs.domain.scoring;

/** How a supervisor marks a checkpoint of an inspection. */
public enum CheckpointResult {
    PASS,
    FAIL,
    /** Not applicable: counts neither for nor against the dealer. */
    NA
}
