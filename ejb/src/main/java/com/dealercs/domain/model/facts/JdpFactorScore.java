package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.scheme.ScoringFactor;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * J.D. Power's index (0–1000) of one factor of one study for one dealer, with the number of
 * respondents behind it. Created from a factor of the year's scheme, so the study and the factor
 * always belong together.
 */
@Entity
@Table(name = "jdp_factor_score")
public class JdpFactorScore extends YearFact {

    private static final BigDecimal MAX = BigDecimal.valueOf(1000);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private JdpStudy study;

    @Column(name = "factor_code", nullable = false, length = 32)
    private String factorCode;

    @Column(name = "index_score", nullable = false, precision = 6, scale = 2)
    private BigDecimal index;

    @Column(name = "sample_size", nullable = false)
    private int sampleSize;

    protected JdpFactorScore() {
        // for JPA
    }

    public JdpFactorScore(EvaluationYear year, Dealer dealer, ScoringFactor factor, BigDecimal index, int sampleSize) {
        super(year, dealer);
        Objects.requireNonNull(factor, "factor");
        this.study = studyOf(factor);
        if (!FactValues.sameYear(factor.getYear(), year)) {
            throw new IllegalArgumentException("Factor " + factor.getCode() + " is not of the scheme of " + year.getYear());
        }
        this.factorCode = factor.getCode();
        replace(index, sampleSize);
    }

    private static JdpStudy studyOf(ScoringFactor factor) {
        for (JdpStudy study : JdpStudy.values()) {
            if (study.component() == factor.getComponent()) {
                return study;
            }
        }
        throw new IllegalArgumentException("Factor " + factor.getCode() + " is not a J.D. Power factor: "
                + factor.getComponent());
    }

    /** A later import of the same study, dealer and factor replaces index and sample size. */
    public void replace(BigDecimal index, int sampleSize) {
        requireOpenYear();
        if (sampleSize < 0) {
            throw new IllegalArgumentException("A sample size is not negative: " + sampleSize);
        }
        this.index = FactValues.twoDecimals(index, BigDecimal.ZERO, MAX, "J.D. Power index");
        this.sampleSize = sampleSize;
    }

    public JdpStudy getStudy() {
        return study;
    }

    public String getFactorCode() {
        return factorCode;
    }

    /** 0–1000 */
    public BigDecimal getIndex() {
        return index;
    }

    public int getSampleSize() {
        return sampleSize;
    }
}
