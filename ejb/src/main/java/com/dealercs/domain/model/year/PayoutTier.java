package com.dealercs.domain.model.year;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** From this total upwards (until the next tier), the CS rebate pays this ratio of its base. */
@Embeddable
public class PayoutTier {

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal threshold;

    @Column(nullable = false, precision = 5, scale = 4)
    private BigDecimal ratio;

    protected PayoutTier() {
        // for JPA
    }

    public PayoutTier(BigDecimal threshold, BigDecimal ratio) {
        if (threshold == null || threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A tier's threshold lies between 0 and 100: " + threshold);
        }
        if (ratio == null || ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A tier's ratio lies between 0 and 1: " + ratio);
        }
        this.threshold = threshold;
        this.ratio = ratio;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public BigDecimal getRatio() {
        return ratio;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PayoutTier tier && threshold.compareTo(tier.threshold) == 0
                && ratio.compareTo(tier.ratio) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(threshold.stripTrailingZeros(), ratio.stripTrailingZeros());
    }
}
