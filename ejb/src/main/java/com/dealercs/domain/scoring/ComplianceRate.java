package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * The compliance rate (达标率) of a checkpoint or an item over a set of inspections,
 * {@code PASS / (PASS + FAIL)}: how HQ finds the network's weak points.
 */
public final class ComplianceRate {

    private ComplianceRate() {
    }

    /** Empty when the checkpoint was never marked PASS or FAIL. */
    public static Optional<BigDecimal> ofCheckpoint(Collection<Inspection> inspections, String checkpointCode) {
        long pass = 0;
        long fail = 0;
        for (Inspection inspection : inspections) {
            for (InspectedItem item : inspection.items()) {
                CheckpointResult result = item.checkpoints().get(checkpointCode);
                if (result == CheckpointResult.PASS) {
                    pass++;
                } else if (result == CheckpointResult.FAIL) {
                    fail++;
                }
            }
        }
        return of(pass, fail);
    }

    /** Empty when no checkpoint of the item was ever marked PASS or FAIL. */
    public static Optional<BigDecimal> ofItem(Collection<Inspection> inspections, String itemCode) {
        long pass = 0;
        long fail = 0;
        for (Inspection inspection : inspections) {
            for (InspectedItem item : inspection.items()) {
                if (item.itemCode().equals(itemCode)) {
                    pass += item.passes();
                    fail += item.failures();
                }
            }
        }
        return of(pass, fail);
    }

    /** {@code pass / (pass + fail)} kept to {@link Decimals#SCALE} places; empty when both are 0. */
    public static Optional<BigDecimal> of(long pass, long fail) {
        if (pass < 0 || fail < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + pass + " PASS, " + fail + " FAIL");
        }
        if (pass + fail == 0) {
            return Optional.empty();
        }
        return Optional.of(Decimals.divide(BigDecimal.valueOf(pass), BigDecimal.valueOf(pass + fail)));
    }

    /**
     * The rate as the weak points show it: four places, half up (0.29765 → 0.2977). Rounding the
     * 16-place quotient again is exact here: no count a year holds brings a quotient within 10⁻¹⁶
     * of a half at the fifth place without being that half.
     */
    public static Optional<BigDecimal> shown(long pass, long fail) {
        return of(pass, fail).map(rate -> rate.setScale(4, RoundingMode.HALF_UP));
    }
}
