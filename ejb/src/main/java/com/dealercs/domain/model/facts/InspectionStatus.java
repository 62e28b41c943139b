package com.dealercs.domain.model.facts;

/**
 * Where an inspection stands. Only approved inspections count and only they are shown to the
 * dealer (scoring.md §1.1, §6); imported inspections arrive approved.
 */
public enum InspectionStatus {
    /** being entered by the supervisor (also after a return or a reopening) */
    DRAFT,
    /** complete, waiting for another HQ user's approval; nobody changes it meanwhile */
    SUBMITTED,
    /** counts in the scores; read-only until reopened for a correction */
    APPROVED
}
