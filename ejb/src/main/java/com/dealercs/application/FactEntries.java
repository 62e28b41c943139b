package com.dealercs.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What HQ enters on the portal besides inspections, as typed (texts, so the import's own row
 * validation reads them and each field gets its own message), and what an entry did. Field names
 * are the import files' column names (interfaces.md §1).
 */
public final class FactEntries {

    private FactEntries() {
    }

    /** A resident-training visit's score, 0–10; a later one for the same dealer and day replaces it (with a reason). */
    public record TrainingScoreEntry(String year, String dealerCode, String sessionDate, String trainer, String score,
                                     String reason) implements Serializable {
    }

    /** A crisis-plan assessment, 0–10; a later one for the same dealer and day replaces it (with a reason). */
    public record CrisisAssessmentEntry(String year, String dealerCode, String assessedOn, String score,
                                        String reason) implements Serializable {
    }

    /** A signed correction of a dealer's rebate in yuan, with its reason; never changed, offset by another. */
    public record AdjustmentEntry(String year, String dealerCode, String amount, String reason)
            implements Serializable {
    }

    /**
     * What an entry did: the fact ({@code TRAINING}, {@code CRISIS}, {@code ADJUSTMENT}) of a
     * dealer and year, its date (none for an adjustment), its value now and before ({@code null}
     * when it is new), and whether anything changed.
     */
    public record EnteredFact(String kind, int year, String dealerCode, LocalDate date, BigDecimal value,
                              BigDecimal before, boolean changed) implements Serializable {
    }
}
