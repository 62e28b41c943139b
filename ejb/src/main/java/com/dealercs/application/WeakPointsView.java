package com.dealercs.application;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The compliance rates (达标率) of a year's checklist items and checkpoints over the approved
 * inspections of ACTIVE dealers, optionally of one region and/or one quarter (docs/interfaces.md §2,
 * weak points): both lists weakest first. {@code region} and {@code quarter} are {@code null} when
 * not narrowed; names are in the language asked for.
 */
@JsonbPropertyOrder({"year", "region", "quarter", "inspections", "items", "checkpoints"})
public record WeakPointsView(int year, String region, Integer quarter, int inspections,
                             List<ItemCompliance> items, List<CheckpointCompliance> checkpoints)
        implements Serializable {

    public WeakPointsView {
        items = List.copyOf(items);
        checkpoints = List.copyOf(checkpoints);
    }

    /**
     * A checklist item's compliance: {@code pass} and {@code fail} are the sums of its checkpoints'
     * results, {@code rate = pass / (pass + fail)} to four places, {@code dealersFailing} the
     * distinct dealers with at least one FAIL on it.
     */
    @JsonbPropertyOrder({"map", "itemCode", "name", "pass", "fail", "rate", "dealersFailing"})
    public record ItemCompliance(String map, String itemCode, String name, int pass, int fail, BigDecimal rate,
                                 int dealersFailing) implements Serializable {
    }

    /** A checkpoint's compliance, as an item's but of the one checkpoint. */
    @JsonbPropertyOrder({"map", "itemCode", "checkpointCode", "name", "pass", "fail", "rate", "dealersFailing"})
    public record CheckpointCompliance(String map, String itemCode, String checkpointCode, String name, int pass,
                                       int fail, BigDecimal rate, int dealersFailing) implements Serializable {
    }
}
