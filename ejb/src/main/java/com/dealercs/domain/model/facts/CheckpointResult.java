package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.scheme.Checkpoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** How one checkpoint was marked in one inspection; part of the inspection, created by it only. */
@Entity
@Table(name = "checkpoint_result")
@IdClass(CheckpointResult.Key.class)
public class CheckpointResult {

    /** The longest comment: its column's length. */
    public static final int MAX_COMMENT = 500;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checkpoint_id")
    private Checkpoint checkpoint;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 4)
    private CheckpointOutcome outcome;

    @Column(length = 500)
    private String comment;

    protected CheckpointResult() {
        // for JPA
    }

    CheckpointResult(Inspection inspection, Checkpoint checkpoint, CheckpointOutcome outcome, String comment) {
        this.inspection = Objects.requireNonNull(inspection, "inspection");
        this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
        change(outcome, comment);
    }

    void change(CheckpointOutcome outcome, String comment) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.comment = FactValues.optionalText(comment, MAX_COMMENT, "comment");
    }

    boolean isFor(Checkpoint other) {
        return checkpoint == other
                || (checkpoint.getId() != null && checkpoint.getId().equals(other.getId()));
    }

    public Inspection getInspection() {
        return inspection;
    }

    public Checkpoint getCheckpoint() {
        return checkpoint;
    }

    public CheckpointOutcome getOutcome() {
        return outcome;
    }

    /** {@code null} when the supervisor left none. */
    public String getComment() {
        return comment;
    }

    /** The primary key: the inspection's id and the checkpoint's id. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long inspection;
        private Long checkpoint;

        public Key() {
            // for JPA
        }

        public Key(Long inspection, Long checkpoint) {
            this.inspection = inspection;
            this.checkpoint = checkpoint;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(inspection, key.inspection)
                    && Objects.equals(checkpoint, key.checkpoint);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inspection, checkpoint);
        }
    }
}
