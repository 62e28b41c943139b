package com.dealercs.domain.model.year;

/** What a missing component does to the total (scoring.md §2). */
public enum MissingPolicy {
    /** total = S × 100 / W: the dealer is judged on what was measured */
    RENORMALIZE,
    /** total = S: a missing component scores 0 */
    ZERO
}
