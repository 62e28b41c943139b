package com.dealercs.domain.model.imports;

/** Where an import stands; the strings are those of the API. */
public enum ImportStatus {
    STARTED,
    /** landed: every row but the rejected ones */
    COMPLETED,
    /** refused as a whole: nothing of the file was written */
    FAILED
}
