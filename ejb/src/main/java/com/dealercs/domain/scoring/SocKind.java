package com.dealercs.domain.scoring;

/** The kind of an SOC patrol score. */
public enum SocKind {
    /** The start-of-year centralised patrol. */
    BASELINE,
    /** The year-end centralised patrol. */
    FINAL,
    /** An unscheduled spot check. */
    SPOT
}
