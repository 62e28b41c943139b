package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One visit by an HQ supervisor to a dealer with one checklist (SSI_MAP or CS_MAP).
 * An inspection where no item applies ({@code possible = 0}) is refused at entry.
 */
public final class Inspection {

    private final Component map;
    private final int quarter;
    private final LocalDate date;
    private final boolean approved;
    private final List<InspectedItem> items;
    /** {@code earned} as an exact fraction, so that points need a single division. */
    private final BigDecimal earnedNumerator;
    private final BigInteger earnedDenominator;
    private final BigDecimal possible;

    public Inspection(Component map, int quarter, LocalDate date, boolean approved, List<InspectedItem> items) {
        this.map = Objects.requireNonNull(map, "an inspection's checklist is required");
        if (!map.isChecklist()) {
            throw new IllegalArgumentException("an inspection is of SSI_MAP or CS_MAP, not " + map);
        }
        this.quarter = Decimals.requireQuarter(quarter);
        this.date = Objects.requireNonNull(date, "an inspection's date is required");
        this.approved = approved;
        this.items = List.copyOf(items);
        if (this.items.stream().map(InspectedItem::itemCode).distinct().count() != this.items.size()) {
            throw new IllegalArgumentException("an item appears twice on the inspection of " + date);
        }
        List<InspectedItem> applicable = this.items.stream().filter(InspectedItem::applies).toList();
        // Σ item_max × p / (p + f) over a common denominator: 1/3 + 1/3 + 1/3 stays exactly 1
        BigInteger common = BigInteger.ONE;
        for (InspectedItem item : applicable) {
            BigInteger marked = BigInteger.valueOf((long) item.passes() + item.failures());
            common = common.divide(common.gcd(marked)).multiply(marked);
        }
        BigDecimal numerator = BigDecimal.ZERO;
        for (InspectedItem item : applicable) {
            BigInteger marked = BigInteger.valueOf((long) item.passes() + item.failures());
            numerator = numerator.add(item.itemMax()
                    .multiply(BigDecimal.valueOf(item.passes()))
                    .multiply(new BigDecimal(common.divide(marked))));
        }
        this.earnedNumerator = numerator;
        this.earnedDenominator = common;
        this.possible = applicable.stream().map(InspectedItem::itemMax).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (possible.signum() == 0) {
            throw new IllegalArgumentException("the " + map + " inspection of " + date
                    + " has no PASS or FAIL: an inspection with nothing applicable is refused");
        }
    }

    /**
     * An inspection from its checkpoint results, grouped by item along the checklist. A
     * checkpoint that is not on the checklist is refused; one left unmarked counts like NA.
     */
    public static Inspection of(Checklist checklist, int quarter, LocalDate date, boolean approved,
            Map<String, CheckpointResult> results) {
        Map<String, Map<String, CheckpointResult>> byItem = new LinkedHashMap<>();
        results.forEach((checkpoint, result) -> {
            ChecklistItem item = checklist.itemOf(checkpoint).orElseThrow(() -> new IllegalArgumentException(
                    "checkpoint " + checkpoint + " is not on the " + checklist.map() + " checklist"));
            byItem.computeIfAbsent(item.code(), k -> new LinkedHashMap<>()).put(checkpoint, result);
        });
        List<InspectedItem> items = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            Map<String, CheckpointResult> marked = byItem.get(item.code());
            if (marked != null) {
                items.add(new InspectedItem(item.code(), item.itemMax(), marked));
            }
        }
        return new Inspection(checklist.map(), quarter, date, approved, items);
    }

    /** Inspection points = {@code 15 × earned / possible} (unrounded). */
    public BigDecimal points() {
        return Decimals.divide(map.maximum().multiply(earnedNumerator),
                possible.multiply(new BigDecimal(earnedDenominator)));
    }

    /** {@code Σ item_max × p / (p + f)} over applicable items. */
    public BigDecimal earned() {
        return Decimals.divide(earnedNumerator, new BigDecimal(earnedDenominator));
    }

    /** {@code Σ item_max} over applicable items; never 0. */
    public BigDecimal possible() {
        return possible;
    }

    public Component map() {
        return map;
    }

    public int quarter() {
        return quarter;
    }

    public LocalDate date() {
        return date;
    }

    /** Only approved inspections count; imported ones are approved. */
    public boolean approved() {
        return approved;
    }

    public List<InspectedItem> items() {
        return items;
    }
}
