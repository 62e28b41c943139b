package com.dealercs.domain.model.imports;

/** The result of one checkpoint of an inspection (inspections import, column result); NA = not applicable. */
public enum InspectionResult {
    PASS, FAIL, NA
}
