package com.dealercs.domain.scoring;

import java.math.BigDecimal;
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
        return rate(pass, fail);
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
        return rate(pass, fail);
    }

    private static Optional<BigDecimal> rate(long pass, long fail) {
        if (pass + fail == 0) {
            return Optional.empty();
        }
        return Optional.of(Decimals.divide(BigDecimal.valueOf(pass), BigDecimal.valueOf(pass + fail)));
    }
}
