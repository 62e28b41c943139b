package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The vehicles a dealer bought from the distributor in the year: the base of its CS rebate. */
@Entity
@Table(name = "purchase_volume")
public class PurchaseVolume extends YearFact {

    @Column(nullable = false)
    private int units;

    protected PurchaseVolume() {
        // for JPA
    }

    public PurchaseVolume(EvaluationYear year, Dealer dealer, int units) {
        super(year, dealer);
        replace(units);
    }

    /** A later import for the same dealer-year replaces the number. */
    public void replace(int units) {
        requireOpenYear();
        if (units < 0) {
            throw new IllegalArgumentException("Units bought are not negative: " + units);
        }
        this.units = units;
    }

    public int getUnits() {
        return units;
    }
}
