package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.year.EvaluationYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Inspections with their checkpoint results (one aggregate). */
public interface InspectionRepository {

    Optional<Inspection> find(long id);

    /**
     * The inspection, to be changed: committing raises its version even when only its results
     * changed, so two people editing one inspection cannot silently overwrite each other.
     */
    Optional<Inspection> findForChange(long id);

    /** By the key of interfaces.md §1: what a re-import of the same inspection replaces. */
    Optional<Inspection> find(Dealer dealer, ChecklistMap map, LocalDate inspectionDate);

    /**
     * The year's approved inspections, which are what the scores and compliance rates count,
     * with dealers and results loaded; by dealer code, checklist and date.
     */
    List<Inspection> approvedOf(EvaluationYear year);

    /** Every inspection of one dealer in the year, drafts included; by date and checklist. */
    List<Inspection> of(EvaluationYear year, Dealer dealer);

    /**
     * The checkpoints marked FAIL in the dealer's approved inspections of the year, by date,
     * checklist and the checkpoint's place in the scheme.
     */
    List<FailedCheckpoint> failedCheckpoints(int year, String dealerCode);

    void store(Inspection inspection);

    /** Removes the inspection with its results. */
    void remove(Inspection inspection);
}
