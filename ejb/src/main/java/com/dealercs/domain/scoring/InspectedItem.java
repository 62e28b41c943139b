package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One checklist item as found on an inspection: its maximum and the result of each of its
 * checkpoints, by checkpoint code.
 */
public record InspectedItem(String itemCode, BigDecimal itemMax, Map<String, CheckpointResult> checkpoints) {

    public InspectedItem {
        Decimals.requireText(itemCode, "an item's code");
        if (itemMax == null || itemMax.signum() <= 0) {
            throw new IllegalArgumentException("item " + itemCode + " needs a maximum above 0");
        }
        Objects.requireNonNull(checkpoints, "checkpoint results are required");
        checkpoints.forEach((code, result) -> {
            Decimals.requireText(code, "a checkpoint's code");
            Objects.requireNonNull(result, "checkpoint " + code + " has no result");
        });
        checkpoints = Collections.unmodifiableMap(new LinkedHashMap<>(checkpoints));
    }

    /** {@code p}: the item's PASS count. */
    public int passes() {
        return count(CheckpointResult.PASS);
    }

    /** {@code f}: the item's FAIL count. */
    public int failures() {
        return count(CheckpointResult.FAIL);
    }

    /** If {@code p + f = 0} the item does not apply. */
    public boolean applies() {
        return passes() + failures() > 0;
    }

    /** {@code item_max × p / (p + f)}; zero for an item that does not apply. */
    public BigDecimal earned() {
        if (!applies()) {
            return BigDecimal.ZERO;
        }
        return Decimals.divide(itemMax.multiply(BigDecimal.valueOf(passes())),
                BigDecimal.valueOf((long) passes() + failures()));
    }

    private int count(CheckpointResult wanted) {
        return (int) checkpoints.values().stream().filter(r -> r == wanted).count();
    }
}
