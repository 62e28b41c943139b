package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A score (0–100) of one of SOC's patrols. A dealer-year has one BASELINE, one FINAL and one SPOT
 * per visit date: the {@link #slot(SocKind, LocalDate) slot} makes that the table's unique key.
 */
@Entity
@Table(name = "soc_score")
public class SocScore extends YearFact {

    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SocKind kind;

    /** derived from kind and visit date, never set on its own */
    @Column(nullable = false, length = 20)
    private String slot;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    protected SocScore() {
        // for JPA
    }

    public SocScore(EvaluationYear year, Dealer dealer, SocKind kind, LocalDate visitDate, BigDecimal score) {
        super(year, dealer);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.visitDate = dateInYear(visitDate, "SOC visit date");
        this.slot = slot(kind, visitDate);
        this.score = FactValues.twoDecimals(score, BigDecimal.ZERO, MAX, "SOC score");
    }

    /** The unique key within a dealer-year: the kind's name, or {@code SPOT:yyyy-MM-dd} for a spot check. */
    public static String slot(SocKind kind, LocalDate visitDate) {
        Objects.requireNonNull(kind, "kind");
        return kind == SocKind.SPOT ? "SPOT:" + Objects.requireNonNull(visitDate, "visitDate") : kind.name();
    }

    /**
     * A later import of the same slot replaces the score; a BASELINE or FINAL may move to another
     * date, a spot check is known by its date and cannot.
     */
    public void replace(LocalDate visitDate, BigDecimal score) {
        requireOpenYear();
        LocalDate date = dateInYear(visitDate, "SOC visit date");
        if (!slot(kind, date).equals(slot)) {
            throw new IllegalArgumentException("A spot check is known by its date: " + slot + " cannot move to " + date);
        }
        BigDecimal newScore = FactValues.twoDecimals(score, BigDecimal.ZERO, MAX, "SOC score");
        this.visitDate = date;
        this.score = newScore;
    }

    public SocKind getKind() {
        return kind;
    }

    public String getSlot() {
        return slot;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    /** 0–100, two decimals */
    public BigDecimal getScore() {
        return score;
    }
}
