package com.dealercs.application;

import java.util.List;

/**
 * What a caller asks of inspections, as the API's JSON bodies and the pages' forms give it. Values
 * arrive as text so that a wrong one is refused with its field named, never half read.
 */
public final class InspectionRequests {

    private InspectionRequests() {
    }

    /** A new inspection: {@code map} is SSI_MAP or CS_MAP, {@code inspectionDate} yyyy-MM-dd in the year. */
    public record NewInspection(String dealerCode, Integer year, Integer quarter, String map, String inspectionDate,
                                String inspector) {
    }

    /**
     * Results to save in a draft: only the checkpoints named change; {@code version} is the one the
     * caller read (optimistic locking).
     */
    public record ResultsChange(Long version, List<ResultEntry> results) {

        public ResultsChange {
            results = results == null ? List.of() : results;
        }
    }

    /** One checkpoint's result: PASS, FAIL, NA, or {@code null} to take the result away. */
    public record ResultEntry(String checkpointCode, String result, String comment) {
    }

    /** A reason for returning or reopening an inspection. */
    public record Reason(String reason) {
    }

    /** What a list asks for; every criterion is optional ({@code null}). */
    public record Criteria(Integer year, String dealerCode, String status, Integer quarter, String map) {
    }
}
