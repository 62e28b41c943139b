package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The score (0–10) a TAS trainer gave at the end of one resident-training visit (驻店培训). */
@Entity
@Table(name = "training_score")
public class TrainingScore implements YearFact {

    private static final BigDecimal MAX = BigDecimal.TEN;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private EvaluationYear year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dealer_id")
    private Dealer dealer;

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
        this.year = FactValues.openYear(year);
        this.dealer = Objects.requireNonNull(dealer, "dealer");
        this.sessionDate = FactValues.dateIn(year, sessionDate, "training session date");
        replace(trainer, score);
    }

    /** A later entry for the same dealer and day replaces trainer and score. */
    public void replace(String trainer, BigDecimal score) {
        FactValues.openYear(year);
        String newTrainer = FactValues.text(trainer, 64, "trainer");
        this.score = FactValues.twoDecimals(score, BigDecimal.ZERO, MAX, "training score");
        this.trainer = newTrainer;
    }

    public Long getId() {
        return id;
    }

    @Override
    public EvaluationYear getYear() {
        return year;
    }

    @Override
    public Dealer getDealer() {
        return dealer;
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
