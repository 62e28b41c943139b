package com.dealercs.domain.scoring;

/** What a missing component does to the total of a rated dealer. */
public enum MissingPolicy {
    /** {@code total = round2(S × 100 / W)}: the components with data are scaled up to 100. */
    RENORMALIZE,
    /** {@code total = S}: a missing component simply scores nothing. */
    ZERO
}
