package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.scheme.ChecklistMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Inspections as the services read and enter them. Imports write them and the calculation reads
 * them with plain JDBC (infrastructure.imports, infrastructure.persistence.jdbc).
 */
public interface InspectionRepository {

    /**
     * The checkpoints marked FAIL in the dealer's approved inspections of the year, by date,
     * checklist and the checkpoint's place in the scheme.
     */
    List<FailedCheckpoint> failedCheckpoints(int year, String dealerCode);

    Optional<Inspection> find(long id);

    /**
     * The inspection, locked against concurrent changes until the transaction ends: two savers of
     * one inspection are served one after the other, the second seeing the first's version.
     */
    Optional<Inspection> findForUpdate(long id);

    /**
     * Writes a changed inspection now and counts it as a new version even when only its results
     * changed, so that {@link Inspection#getVersion()} is the one a later save must name.
     */
    void changed(Inspection inspection);

    /** The inspection known by this dealer, checklist and date (interfaces.md §1), if any. */
    Optional<Inspection> find(Dealer dealer, ChecklistMap map, LocalDate inspectionDate);

    /** Adds a new inspection; its id is known afterwards. */
    void add(Inspection inspection);

    /**
     * Inspections matching every criterion given (each {@code null} criterion matches all), by
     * year, quarter, dealer code, checklist and date; at most {@code limit}.
     *
     * @param notAuthoredBy leaves out the inspections this user entered (for "waiting for my approval")
     */
    List<Inspection> list(Filter filter, int limit);

    /** What {@link #list} looks for. */
    record Filter(Integer year, String dealerCode, InspectionStatus status, Integer quarter, ChecklistMap map,
                  String notAuthoredBy) {
    }
}
