package com.dealercs.domain.model.facts;

/** Only approved inspections count, and only they are shown to the dealer (scoring.md §1.1, §6). */
public enum InspectionStatus {
    /** being entered by the supervisor */
    DRAFT,
    /** counts in the scores; imported inspections arrive approved */
    APPROVED
}
