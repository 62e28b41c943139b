package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** HQ's assessment (0–10) of a dealer's crisis-plan management (危机预案管理) on one day. */
@Entity
@Table(name = "crisis_assessment")
public class CrisisAssessment extends YearFact {

    private static final BigDecimal MAX = BigDecimal.TEN;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal score;

    protected CrisisAssessment() {
        // for JPA
    }

    public CrisisAssessment(EvaluationYear year, Dealer dealer, LocalDate assessedOn, BigDecimal score) {
        super(year, dealer);
        this.assessedOn = dateInYear(assessedOn, "crisis assessment date");
        replace(score);
    }

    /** A later entry for the same dealer and day replaces the score. */
    public void replace(BigDecimal score) {
        requireOpenYear();
        this.score = FactValues.twoDecimals(score, BigDecimal.ZERO, MAX, "crisis-plan score");
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    /** 0–10, two decimals */
    public BigDecimal getScore() {
        return score;
    }
}
