package com.dealercs.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One inspection as the API and the pages show it (interfaces.md §2): its header, its points
 * (scoring.md §1.1) and every checkpoint of its checklist, item by item in the scheme's order, with
 * the result so far ({@code null} while unanswered). Names are in the caller's language. A dealer
 * user reads it without the HQ users' names and the workflow's reasons ({@code author},
 * {@code savedBy}, {@code approvedBy}, {@code returnReason}, {@code reopenReason} are {@code null}).
 *
 * @param status     {@code DRAFT}, {@code SUBMITTED} or {@code APPROVED}
 * @param source     {@code ENTERED} or {@code IMPORTED}
 * @param points     {@code null} while nothing applicable has a result
 * @param unanswered how many checkpoints of the checklist have no result yet
 */
public record InspectionView(long id, String dealerCode, String dealerName, int year, int quarter, String map,
                             LocalDate inspectionDate, String inspector, String status, long version, String author,
                             String source, InspectionPoints points, int unanswered, String returnReason,
                             String reopenReason, String savedBy, Instant savedAt, String approvedBy,
                             Instant approvedAt, List<Item> items) {

    public InspectionView {
        items = items == null ? null : List.copyOf(items);
    }

    /** The list entry of this inspection: every field but its items. */
    public InspectionSummary summary() {
        return new InspectionSummary(id, dealerCode, dealerName, year, quarter, map, inspectionDate, inspector, status,
                version, author, source, points, unanswered, returnReason, reopenReason, savedBy, savedAt, approvedBy,
                approvedAt);
    }

    /**
     * The points of one inspection, rounded to two places for display (half up); the quarter's mean
     * uses the exact value.
     *
     * @param earned   Σ item_max × p / (p + f) over the applicable items
     * @param possible Σ item_max over the applicable items
     * @param score    15 × earned / possible
     */
    public record InspectionPoints(BigDecimal earned, BigDecimal possible, BigDecimal score) {
    }

    /**
     * One checklist item as marked so far: {@code earned} and {@code possible} are 0 while none of
     * its checkpoints is PASS or FAIL (the item does not apply).
     */
    public record Item(String itemCode, String name, BigDecimal itemMax, BigDecimal earned, BigDecimal possible,
                       List<CheckpointEntry> checkpoints) {

        public Item {
            checkpoints = List.copyOf(checkpoints);
        }

        /** How many of its checkpoints have no result yet: nothing possible then means "not yet", not "N/A". */
        public long unanswered() {
            return checkpoints.stream().filter(checkpoint -> checkpoint.result() == null).count();
        }
    }

    /**
     * One checkpoint of the checklist with its result ({@code PASS}, {@code FAIL}, {@code NA} or
     * {@code null} while unanswered), the supervisor's comment and the photos kept as evidence.
     */
    public record CheckpointEntry(String code, String name, String result, String comment, List<PhotoView> photos) {

        public CheckpointEntry {
            photos = List.copyOf(photos);
        }
    }

    /**
     * A photo kept as evidence of a checkpoint: JPEG or PNG as stored (EXIF removed), with a
     * thumbnail. The API serves it at {@code /api/v1/inspections/{id}/photos/{photoId}} (and
     * {@code …/thumbnail}).
     *
     * @param sha256 of the stored image, hex
     */
    public record PhotoView(long id, String checkpointCode, String contentType, long size, int width, int height,
                            String sha256, Instant uploadedAt) {
    }
}
