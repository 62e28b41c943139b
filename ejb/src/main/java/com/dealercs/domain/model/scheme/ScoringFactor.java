package com.dealercs.domain.model.scheme;

import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A weighted factor of a J.D. Power study or of the CSC survey. Its weight is above 0 and at most
 * the component's {@link #COMPONENT_POINTS}, with at most two decimals; that the weights of a
 * component sum to 10 is the scheme's rule ({@code application.SchemeRules}). Its code is what the
 * imports name, so an administrator changes its weight and names, never its code.
 */
@Entity
@Table(name = "scoring_factor")
public class ScoringFactor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private EvaluationYear year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FactorComponent component;

    @Column(name = "factor_code", nullable = false, length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal weight;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ScoringFactor() {
        // for JPA
    }

    public ScoringFactor(EvaluationYear year, FactorComponent component, String code, String nameZh, String nameEn,
                         BigDecimal weight, int sortOrder) {
        this.year = Objects.requireNonNull(year, "year");
        this.component = Objects.requireNonNull(component, "component");
        this.code = SchemeText.code(code);
        this.nameZh = SchemeText.name(nameZh);
        this.nameEn = SchemeText.name(nameEn);
        this.weight = requireWeight(weight, this.code);
        this.sortOrder = sortOrder;
    }

    /** The points of a factor component (JDP_SSI, JDP_CSI, CSC): what its weights add up to. */
    public static final BigDecimal COMPONENT_POINTS = BigDecimal.TEN;

    /** Whether a value can be a factor's weight: above 0, at most 10, at most two decimals. */
    public static boolean isValidWeight(BigDecimal weight) {
        return weight != null && weight.signum() > 0 && weight.compareTo(COMPONENT_POINTS) <= 0
                && weight.stripTrailingZeros().scale() <= 2;
    }

    private static BigDecimal requireWeight(BigDecimal weight, String code) {
        if (!isValidWeight(weight)) {
            throw new IllegalArgumentException("A factor weighs more than 0 and at most 10, with at most two "
                    + "decimals: " + code + " " + weight);
        }
        return weight.setScale(2);        // as stored: 2 and 2.00 are one weight
    }

    /** A new weight and names; the code stays. */
    public void revise(String nameZh, String nameEn, BigDecimal weight) {
        String zh = SchemeText.name(nameZh);
        String en = SchemeText.name(nameEn);
        this.weight = requireWeight(weight, code);
        this.nameZh = zh;
        this.nameEn = en;
    }

    /** The same factor for another year's scheme (a year started from this one). */
    public ScoringFactor copyFor(EvaluationYear other) {
        return new ScoringFactor(other, component, code, nameZh, nameEn, weight, sortOrder);
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Long getId() {
        return id;
    }

    public EvaluationYear getYear() {
        return year;
    }

    public FactorComponent getComponent() {
        return component;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public BigDecimal getWeight() {
        return weight;
    }
}
