package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

/** An item of a checklist: its maximum and the checkpoints that decide it. */
public record ChecklistItem(String code, BigDecimal itemMax, List<String> checkpointCodes) {

    public ChecklistItem {
        Decimals.requireText(code, "an item's code");
        if (itemMax == null || itemMax.signum() <= 0) {
            throw new IllegalArgumentException("item " + code + " needs a maximum above 0");
        }
        checkpointCodes = List.copyOf(checkpointCodes);
        if (checkpointCodes.isEmpty()) {
            throw new IllegalArgumentException("item " + code + " has no checkpoint");
        }
        if (new HashSet<>(checkpointCodes).size() != checkpointCodes.size()) {
            throw new IllegalArgumentException("item " + code + " lists a checkpoint twice");
        }
    }
}
