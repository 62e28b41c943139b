package com.dealercs.domain.model.facts;

/** The kinds of SOC patrol score (scoring.md §1.2). */
public enum SocKind {
    /** start-of-year centralised patrol: at most one per dealer-year */
    BASELINE,
    /** year-end centralised patrol: at most one per dealer-year */
    FINAL,
    /** unscheduled spot check: any number, one per visit date */
    SPOT
}
