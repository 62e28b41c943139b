package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The score (0–10) a TAS trainer gave at the end of one resident-training visit (驻店培训). */
@Entity
@Table(name = "training_score")
public class TrainingScore extends YearFact {

    /** The longest trainer's name: its column's length. */
    public static final int MAX_TRAINER = 64;

    private static final BigDecimal MAX = BigDecimal.TEN;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(nullable = false, length = 64)
    private String trainer;

    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal score;

    protected TrainingScore() {
        // for JPA
    }

    public TrainingScore(EvaluationYear year, Dealer dealer, LocalDate sessionDate, String trainer, BigDecimal score) {
        super(year, dealer);
        this.sessionDate = dateInYear(sessionDate, "training session date");
        replace(trainer, score);
    }

    /** A later entry for the same dealer and day replaces trainer and score. */
    public void replace(String trainer, BigDecimal score) {
        requireOpenYear();
        String newTrainer = FactValues.text(trainer, MAX_TRAINER, "trainer");
        this.score = FactValues.twoDecimals(score, BigDecimal.ZERO, MAX, "training score");
        this.trainer = newTrainer;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public String getTrainer() {
        return trainer;
    }

    /** 0–10, two decimals */
    public BigDecimal getScore() {
        return score;
    }
}
