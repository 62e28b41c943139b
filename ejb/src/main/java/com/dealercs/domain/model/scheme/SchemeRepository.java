package com.dealercs.domain.model.scheme;

import java.util.List;

/** A year's scheme as the services read and an administrator changes it: its checklists and factors. */
public interface SchemeRepository {

    /** The items of the year's checklist, by their order, each with its checkpoints by their order; empty for an unknown year. */
    List<ChecklistItem> checklist(int year, ChecklistMap map);

    /** The year's factors (J.D. Power studies and the CSC survey), by component and their order. */
    List<ScoringFactor> factors(int year);

    /**
     * How many inspections the year has, of any source and status: once there is one, results point
     * at the year's checkpoints and the checklists can no longer change.
     */
    long inspectionCount(int year);

    void add(ChecklistItem item);

    /** Removes the item with its checkpoints. */
    void remove(ChecklistItem item);

    /**
     * Writes the changes made so far (removals included) now: the codes they free may be given to
     * what is added next in the same transaction.
     */
    void write();
}
