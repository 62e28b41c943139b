package com.dealercs.application;

import java.time.Instant;
import java.time.LocalDate;

/** An inspection in a list: every field of {@link InspectionView} but its items (interfaces.md §2). */
public record InspectionSummary(long id, String dealerCode, String dealerName, int year, int quarter, String map,
                                LocalDate inspectionDate, String inspector, String status, long version,
                                String author, String source, InspectionView.InspectionPoints points,
                                int unanswered, String returnReason, String reopenReason, String savedBy,
                                Instant savedAt, String approvedBy, Instant approvedAt) {
}
