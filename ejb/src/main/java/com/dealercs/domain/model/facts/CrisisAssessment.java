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

/** HQ's assessment (0–10) of a dealer's crisis-plan management (危机预案管理) on one day. */
@Entity
@Table(name = "crisis_assessment")
public class CrisisAssessment implements YearFact {

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

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal score;

    protected CrisisAssessment() {
        // for JPA
    }

    public CrisisAssessment(EvaluationYear year, Dealer dealer, LocalDate assessedOn, BigDecimal score) {
        this.year = FactValues.openYear(year);
        this.dealer = Objects.requireNonNull(dealer, "dealer");
        this.assessedOn = FactValues.dateIn(year, assessedOn, "crisis assessment date");
        replace(score);
    }

    /** A later entry for the same dealer and day replaces the score. */
    public void replace(BigDecimal score) {
        FactValues.openYear(year);
        this.score = FactValues.twoDecimals(score, BigDecimal.ZERO, MAX, "crisis-plan score");
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

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    /** 0–10, two decimals */
    public BigDecimal getScore() {
        return score;
    }
}
