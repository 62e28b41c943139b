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
import java.util.Objects;

/** The vehicles a dealer bought from the distributor in the year: the base of its CS rebate. */
@Entity
@Table(name = "purchase_volume")
public class PurchaseVolume implements YearFact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private EvaluationYear year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dealer_id")
    private Dealer dealer;

    @Column(nullable = false)
    private int units;

    protected PurchaseVolume() {
        // for JPA
    }

    public PurchaseVolume(EvaluationYear year, Dealer dealer, int units) {
        this.year = FactValues.openYear(year);
        this.dealer = Objects.requireNonNull(dealer, "dealer");
        replace(units);
    }

    /** A later import for the same dealer-year replaces the number. */
    public void replace(int units) {
        FactValues.openYear(year);
        if (units < 0) {
            throw new IllegalArgumentException("Units bought are not negative: " + units);
        }
        this.units = units;
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

    public int getUnits() {
        return units;
    }
}
