package com.dealercs.domain.model.facts;

/** How a supervisor marks a checkpoint. */
public enum CheckpointOutcome {
    PASS,
    FAIL,
    /** not applicable: the checkpoint (and an item of NA only) is left out of the score */
    NA;

    /** PASS and FAIL count in the score and the compliance rate; NA does not. */
    public boolean isApplicable() {
        return this != NA;
    }
}
