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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One visit of an HQ supervisor to one dealer with one checklist (巡访), and how each checkpoint
 * was marked. Known by dealer, checklist and date (interfaces.md §1). Only an approved inspection
 * counts, and one that marks everything NA could never be scored, so it cannot be approved.
 *
 * <p>An imported inspection is approved on arrival. An entered one goes DRAFT → SUBMITTED →
 * APPROVED: its author marks it while it is a draft, submits it once every checkpoint has a result
 * and every FAIL a comment, and another HQ user approves it or returns it with a reason; an approved
 * one is reopened, with a reason, for a correction.
 */
@Entity
@Table(name = "inspection")
public class Inspection extends YearFact {

    /** The longest name of a person (inspector, author, approver): the columns' length. */
    public static final int MAX_PERSON = 64;
    /** The longest reason of a return or a reopening: the columns' length. */
    public static final int MAX_REASON = 500;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private InspectionSource source;

    /** Who entered it (a username); {@code null} for an imported one. */
    @Column(length = 64)
    private String author;

    /** Why it was last returned to its author; cleared when it is approved. */
    @Column(name = "return_reason", length = 500)
    private String returnReason;

    /** Why it was last reopened for a correction; while set, each change of a checkpoint is audited. */
    @Column(name = "reopen_reason", length = 500)
    private String reopenReason;

    @Column(name = "saved_by", length = 64)
    private String savedBy;

    @Column(name = "saved_at")
    private LocalDateTime savedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CheckpointResult> results = new ArrayList<>();

    @Version
    private long version;

    protected Inspection() {
        // for JPA
    }

    /** A new imported inspection: a DRAFT without results until the import marks it and {@link #approve()}s it. */
    public Inspection(EvaluationYear year, int quarter, Dealer dealer, ChecklistMap map, LocalDate inspectionDate,
                      String inspector) {
        super(year, dealer);
        this.map = Objects.requireNonNull(map, "map");
        this.inspectionDate = dateInYear(inspectionDate, "inspection date");
        this.status = InspectionStatus.DRAFT;
        this.source = InspectionSource.IMPORTED;
        revise(quarter, inspector);
    }

    /** A new inspection entered by {@code author}: a DRAFT without results. */
    public static Inspection entered(EvaluationYear year, int quarter, Dealer dealer, ChecklistMap map,
                                     LocalDate inspectionDate, String inspector, String author, Instant now) {
        Inspection inspection = new Inspection(year, quarter, dealer, map, inspectionDate, inspector);
        inspection.source = InspectionSource.ENTERED;
        inspection.author = FactValues.text(author, MAX_PERSON, "author");
        inspection.saved(author, now);
        return inspection;
    }

    /** A re-import (or the supervisor) may change everything but the key: dealer, checklist and date. */
    public void revise(int quarter, String inspector) {
        requireOpenYear();
        FactValues.quarter(quarter);
        this.inspector = FactValues.text(inspector, MAX_PERSON, "inspector");
        this.quarter = quarter;
    }

    /**
     * Marks a checkpoint of this inspection's checklist; marking it again replaces the mark (the
     * row is updated in place, never deleted and re-inserted under the same key).
     */
    public CheckpointResult record(Checkpoint checkpoint, CheckpointOutcome outcome, String comment) {
        requireChangeable();
        requireOnChecklist(checkpoint);
        Objects.requireNonNull(outcome, "outcome");
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

    /** Takes a checkpoint's mark away again (an entered draft only): it is unanswered once more. */
    public void clear(Checkpoint checkpoint) {
        requireDraftEntry();
        requireOnChecklist(checkpoint);
        results.removeIf(result -> result.isFor(checkpoint));
    }

    /** Makes an imported inspection count. Refused while no checkpoint is marked PASS or FAIL. */
    public void approve() {
        requireOpenYear();
        if (source == InspectionSource.ENTERED) {
            throw new IllegalStateException("An entered inspection is approved by another HQ user, not by an import");
        }
        requireApplicable();
        this.status = InspectionStatus.APPROVED;
    }

    /**
     * The author hands a complete draft over for approval: every checkpoint of {@code checklist}
     * (this inspection's checklist) has a result, one at least is PASS or FAIL, and every FAIL has a
     * comment. The service checks the same first, to tell the user which checkpoints are missing.
     */
    public void submit(List<Checkpoint> checklist, String by, Instant at) {
        requireDraftEntry();
        for (Checkpoint checkpoint : checklist) {
            requireOnChecklist(checkpoint);
            CheckpointResult result = result(checkpoint).orElseThrow(() -> new IllegalStateException(
                    "Checkpoint " + checkpoint.getCode() + " has no result yet"));
            if (result.getOutcome() == CheckpointOutcome.FAIL && result.getComment() == null) {
                throw new IllegalStateException("The failed checkpoint " + checkpoint.getCode() + " needs a comment");
            }
        }
        requireApplicable();
        this.status = InspectionStatus.SUBMITTED;
        saved(by, at);
    }

    /** Another HQ user approves a submitted inspection: from now on it counts. Never its author. */
    public void approve(String approver, Instant at) {
        requireOpenYear();
        requireEntered();
        if (status != InspectionStatus.SUBMITTED) {
            throw new IllegalStateException("Only a submitted inspection is approved; this one is " + status);
        }
        if (isAuthor(approver)) {
            throw new IllegalStateException("The author of an inspection never approves it");
        }
        requireApplicable();
        this.status = InspectionStatus.APPROVED;
        this.approvedBy = FactValues.text(approver, MAX_PERSON, "approver");
        this.approvedAt = utc(at);
        this.returnReason = null;
        this.reopenReason = null;
        saved(approver, at);
    }

    /** Another HQ user sends a submitted inspection back to its author, saying why. */
    public void returnToAuthor(String reason, String by, Instant at) {
        requireOpenYear();
        requireEntered();
        if (status != InspectionStatus.SUBMITTED) {
            throw new IllegalStateException("Only a submitted inspection is returned; this one is " + status);
        }
        if (isAuthor(by)) {
            throw new IllegalStateException("The author of an inspection does not return it to themselves");
        }
        this.returnReason = FactValues.text(reason, MAX_REASON, "reason");
        this.status = InspectionStatus.DRAFT;
        saved(by, at);
    }

    /** An approved entered inspection becomes a draft again for a correction, saying why. */
    public void reopen(String reason, String by, Instant at) {
        requireOpenYear();
        requireEntered();
        if (status != InspectionStatus.APPROVED) {
            throw new IllegalStateException("Only an approved inspection is reopened; this one is " + status);
        }
        this.reopenReason = FactValues.text(reason, MAX_REASON, "reason");
        this.status = InspectionStatus.DRAFT;
        saved(by, at);
    }

    /** Who changed it last and when, for the message a concurrent saver reads. */
    public void saved(String by, Instant at) {
        this.savedBy = FactValues.text(by, MAX_PERSON, "saved by");
        this.savedAt = utc(at);
    }

    public boolean isAuthor(String username) {
        return author != null && author.equals(username);
    }

    /** Reopened for a correction and not approved since: each change of a checkpoint is audited. */
    public boolean isBeingCorrected() {
        return reopenReason != null;
    }

    private void requireChangeable() {
        requireOpenYear();
        if (source == InspectionSource.ENTERED && status != InspectionStatus.DRAFT) {
            throw new IllegalStateException("A " + status + " inspection is not changed; only a draft is");
        }
    }

    private void requireDraftEntry() {
        requireEntered();
        requireChangeable();
    }

    private void requireEntered() {
        if (source != InspectionSource.ENTERED) {
            throw new IllegalStateException("An imported inspection changes by importing it again");
        }
    }

    private void requireApplicable() {
        if (applicableCount() == 0) {
            throw new IllegalStateException("An inspection without any PASS or FAIL cannot be scored, so not approved");
        }
    }

    private void requireOnChecklist(Checkpoint checkpoint) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        if (checkpoint.getItem().getMap() != map || !FactValues.sameYear(checkpoint.getItem().getYear(), getYear())) {
            throw new IllegalArgumentException("Checkpoint " + checkpoint.getCode() + " is not on the " + map
                    + " checklist of " + getYear().getYear());
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(Objects.requireNonNull(at, "time"), ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
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

    public InspectionSource getSource() {
        return source;
    }

    public String getAuthor() {
        return author;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return instant(savedAt);
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return instant(approvedAt);
    }

    public long getVersion() {
        return version;
    }

    /** In no particular order: each result's checkpoint tells its item and place on the checklist. */
    public List<CheckpointResult> getResults() {
        return Collections.unmodifiableList(results);
    }
}
