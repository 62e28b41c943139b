package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A fact about one dealer in one evaluation year: what a calculation reads. What every kind of
 * fact repeats: its id, its year and dealer, and the guard that an APPROVED or PUBLISHED year's
 * facts are frozen. Each kind still guards its own values.
 */
@MappedSuperclass
public abstract class YearFact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private EvaluationYear year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dealer_id")
    private Dealer dealer;

    protected YearFact() {
        // for JPA
    }

    /** A fact of an open year about a dealer. */
    protected YearFact(EvaluationYear year, Dealer dealer) {
        belongTo(year, dealer);
    }

    /**
     * Gives the fact its year and dealer; one that had a year already moves out of it, so that year
     * must be open too. Nothing changes when a check fails.
     */
    protected final void belongTo(EvaluationYear year, Dealer dealer) {
        if (this.year != null) {
            FactValues.openYear(this.year);
        }
        FactValues.openYear(year);
        Objects.requireNonNull(dealer, "dealer");
        this.year = year;
        this.dealer = dealer;
    }

    /** What every change asks first: the fact's year still accepts data. */
    protected final void requireOpenYear() {
        FactValues.openYear(year);
    }

    /** A date of the fact, which lies in its year. */
    protected final LocalDate dateInYear(LocalDate date, String what) {
        return FactValues.dateIn(year, date, what);
    }

    public Long getId() {
        return id;
    }

    public EvaluationYear getYear() {
        return year;
    }

    public Dealer getDealer() {
        return dealer;
    }
}
