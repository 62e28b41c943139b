package com.dealercs.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One checklist item the dealer failed in the year's approved inspections, with what it cost: the
 * points of the annual checklist component (of 15) lost on this item (scoring.md §1.1: an
 * inspection loses {@code 15 × item_max × f / (p + f) / possible} on an item, an inspection counts
 * in the annual component with the weight of {@code 1 / (quarters with a value × inspections of its
 * quarter)}), rounded to two places half up, and every failed checkpoint of the item, by date.
 * Names are in the caller's language.
 */
public record FixFirstItem(String map, String itemCode, String itemName, BigDecimal itemMax, BigDecimal pointsLost,
                           List<Failure> failures) implements Serializable {

    public FixFirstItem {
        failures = List.copyOf(failures);
    }

    /**
     * One failed checkpoint of one approved inspection, with the supervisor's comment ({@code null}
     * when none) and the ids of the photos kept as its evidence (served under
     * {@code /inspection-photos/{inspectionId}/{photoId}}).
     */
    public record Failure(long inspectionId, int quarter, LocalDate inspectionDate, String checkpointCode,
                          String checkpointName, String comment, List<Long> photoIds) implements Serializable {

        public Failure {
            photoIds = List.copyOf(photoIds);
        }
    }
}
