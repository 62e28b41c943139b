package com.dealercs.domain.model.year;

/** The life cycle of an evaluation year (scoring.md §6). */
public enum YearState {
    /** Data comes in; calculations are drafts that HQ may run again. */
    OPEN,
    /** An executive approved the calculation: the year's data and results are frozen. */
    APPROVED,
    /** Dealers see their scorecard, rank and rebate. */
    PUBLISHED;

    /** Only an open year accepts new or changed data. */
    public boolean acceptsData() {
        return this == OPEN;
    }
}
