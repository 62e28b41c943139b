package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One visit of an HQ supervisor to one dealer with one checklist (巡访), and how each checkpoint
 * was marked. Known by dealer, checklist and date (interfaces.md §1). Only an approved inspection
 * counts, and one that marks everything NA could never be scored, so it cannot be approved.
 */
@Entity
@Table(name = "inspection")
public class Inspection extends YearFact {

    /** The quarter it counts in; HQ decides, so it need not be the quarter of the date. */
    @Column(nullable = false)
    private int quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ChecklistMap map;

    @Column(name = "inspection_date", nullable = false)
    private LocalDate inspectionDate;

    @Column(nullable = false, length = 64)
    private String inspector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InspectionStatus status;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CheckpointResult> results = new ArrayList<>();

    @Version
    private long version;

    protected Inspection() {
        // for JPA
    }

    /** A new inspection is a DRAFT without results. */
    public Inspection(EvaluationYear year, int quarter, Dealer dealer, ChecklistMap map, LocalDate inspectionDate,
                      String inspector) {
        super(year, dealer);
        this.map = Objects.requireNonNull(map, "map");
        this.inspectionDate = dateInYear(inspectionDate, "inspection date");
        this.status = InspectionStatus.DRAFT;
        revise(quarter, inspector);
    }

    /** A re-import (or the supervisor) may change everything but the key: dealer, checklist and date. */
    public void revise(int quarter, String inspector) {
        requireOpenYear();
        FactValues.quarter(quarter);
        this.inspector = FactValues.text(inspector, 64, "inspector");
        this.quarter = quarter;
    }

    /**
     * Marks a checkpoint of this inspection's checklist; marking it again replaces the mark (the
     * row is updated in place, never deleted and re-inserted under the same key).
     */
    public CheckpointResult record(Checkpoint checkpoint, CheckpointOutcome outcome, String comment) {
        requireOpenYear();
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(outcome, "outcome");
        if (checkpoint.getItem().getMap() != map || !FactValues.sameYear(checkpoint.getItem().getYear(), getYear())) {
            throw new IllegalArgumentException("Checkpoint " + checkpoint.getCode() + " is not on the " + map
                    + " checklist of " + getYear().getYear());
        }
        Optional<CheckpointResult> existing = result(checkpoint);
        if (existing.isPresent()) {
            CheckpointResult result = existing.get();
            if (status == InspectionStatus.APPROVED && !outcome.isApplicable() && result.getOutcome().isApplicable()
                    && applicableCount() == 1) {
                throw new IllegalStateException("An approved inspection keeps at least one PASS or FAIL");
            }
            result.change(outcome, comment);
            return result;
        }
        CheckpointResult result = new CheckpointResult(this, checkpoint, outcome, comment);
        results.add(result);
        return result;
    }

    /** Makes the inspection count. Refused while no checkpoint is marked PASS or FAIL. */
    public void approve() {
        requireOpenYear();
        if (applicableCount() == 0) {
            throw new IllegalStateException("An inspection without any PASS or FAIL cannot be scored, so not approved");
        }
        this.status = InspectionStatus.APPROVED;
    }

    public Optional<CheckpointResult> result(Checkpoint checkpoint) {
        return results.stream().filter(result -> result.isFor(checkpoint)).findFirst();
    }

    private long applicableCount() {
        return results.stream().filter(result -> result.getOutcome().isApplicable()).count();
    }

    public boolean isApproved() {
        return status == InspectionStatus.APPROVED;
    }

    public int getQuarter() {
        return quarter;
    }

    public ChecklistMap getMap() {
        return map;
    }

    public LocalDate getInspectionDate() {
        return inspectionDate;
    }

    public String getInspector() {
        return inspector;
    }

    public InspectionStatus getStatus() {
        return status;
    }

    /** In no particular order: each result's checkpoint tells its item and place on the checklist. */
    public List<CheckpointResult> getResults() {
        return Collections.unmodifiableList(results);
    }
}
