package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The network's weak points (达标率, scoring.md §1.1): the compliance rate of every checklist item
 * and checkpoint over a set of approved inspections of ACTIVE dealers, optionally of one region
 * and/or one quarter, weakest first. Read from the same {@link DealerFacts} the calculation reads.
 */
public final class WeakPoints {

    /** Weakest first; equal rates by code. */
    private static final Comparator<Compliance> WEAKEST_FIRST = Comparator.comparing(Compliance::rate)
            .thenComparing(Compliance::code);

    private final int inspections;
    private final List<Compliance> items;
    private final List<Compliance> checkpoints;

    private WeakPoints(int inspections, List<Compliance> items, List<Compliance> checkpoints) {
        this.inspections = inspections;
        this.items = List.copyOf(items);
        this.checkpoints = List.copyOf(checkpoints);
    }

    /**
     * The compliance of one item ({@code checkpointCode} {@code null}) or one checkpoint: its PASS
     * and FAIL counts (an item's are its checkpoints' summed), {@code rate = pass / (pass + fail)}
     * to four places half up, and how many distinct dealers have at least one FAIL on it.
     */
    public record Compliance(Component map, String itemCode, String checkpointCode, int pass, int fail,
                             BigDecimal rate, int dealersFailing) {

        /** The checkpoint's code, or the item's for an item. */
        public String code() {
            return checkpointCode == null ? itemCode : checkpointCode;
        }
    }

    /** A dealer with at least one FAIL on a checkpoint: how many FAILs, out of how many PASS or FAIL. */
    public record DealerFailure(Dealer dealer, int fail, int marked) {
    }

    /**
     * The weak points of the dealers' approved inspections; {@code region} and {@code quarter}
     * narrow the set when not {@code null}. Dealers that are not ACTIVE and inspections not
     * approved take no part.
     */
    public static WeakPoints of(Collection<DealerFacts> dealers, String region, Integer quarter) {
        Map<String, Tally> items = new LinkedHashMap<>();
        Map<String, Tally> checkpoints = new LinkedHashMap<>();
        int inspections = 0;
        for (DealerFacts facts : dealers) {
            for (Inspection inspection : inSet(facts, region, quarter)) {
                inspections++;
                for (InspectedItem item : inspection.items()) {
                    Tally itemTally = items.computeIfAbsent(item.itemCode(),
                            code -> new Tally(inspection.map(), code, null));
                    item.checkpoints().forEach((checkpoint, result) -> {
                        checkpoints.computeIfAbsent(checkpoint, code -> new Tally(inspection.map(), item.itemCode(), code))
                                .count(facts.dealer(), result);
                        itemTally.count(facts.dealer(), result);
                    });
                }
            }
        }
        return new WeakPoints(inspections, ranked(items.values()), ranked(checkpoints.values()));
    }

    /**
     * The dealers with at least one FAIL on the checkpoint in the same set as {@link #of}: most
     * FAILs first, then by dealer code.
     */
    public static List<DealerFailure> dealersFailing(Collection<DealerFacts> dealers, String checkpointCode,
            String region, Integer quarter) {
        Objects.requireNonNull(checkpointCode, "a checkpoint code is required");
        List<DealerFailure> failing = new ArrayList<>();
        for (DealerFacts facts : dealers) {
            int fail = 0;
            int marked = 0;
            for (Inspection inspection : inSet(facts, region, quarter)) {
                for (InspectedItem item : inspection.items()) {
                    CheckpointResult result = item.checkpoints().get(checkpointCode);
                    if (result == CheckpointResult.FAIL) {
                        fail++;
                    }
                    if (result == CheckpointResult.PASS || result == CheckpointResult.FAIL) {
                        marked++;
                    }
                }
            }
            if (fail > 0) {
                failing.add(new DealerFailure(facts.dealer(), fail, marked));
            }
        }
        failing.sort(Comparator.comparingInt(DealerFailure::fail).reversed()
                .thenComparing(f -> f.dealer().code()));
        return failing;
    }

    /** How many inspections the set holds. */
    public int inspections() {
        return inspections;
    }

    /** The items with at least one PASS or FAIL, weakest first (then by item code). */
    public List<Compliance> items() {
        return items;
    }

    /** The checkpoints with at least one PASS or FAIL, weakest first (then by checkpoint code). */
    public List<Compliance> checkpoints() {
        return checkpoints;
    }

    private static List<Inspection> inSet(DealerFacts facts, String region, Integer quarter) {
        if (quarter != null) {
            Decimals.requireQuarter(quarter);
        }
        Dealer dealer = facts.dealer();
        if (!dealer.isActive() || (region != null && !region.equals(dealer.region()))) {
            return List.of();
        }
        return facts.inspections().stream()
                .filter(Inspection::approved)
                .filter(i -> quarter == null || i.quarter() == quarter)
                .toList();
    }

    private static List<Compliance> ranked(Collection<Tally> tallies) {
        List<Compliance> ranked = new ArrayList<>();
        for (Tally tally : tallies) {
            ComplianceRate.shown(tally.pass, tally.fail).ifPresent(rate -> ranked.add(new Compliance(tally.map,
                    tally.itemCode, tally.checkpointCode, tally.pass, tally.fail, rate, tally.failing.size())));
        }
        ranked.sort(WEAKEST_FIRST);
        return ranked;
    }

    /** The counts of one item or checkpoint while the inspections are read. */
    private static final class Tally {
        private final Component map;
        private final String itemCode;
        private final String checkpointCode;
        private int pass;
        private int fail;
        private final Set<String> failing = new HashSet<>();

        Tally(Component map, String itemCode, String checkpointCode) {
            this.map = map;
            this.itemCode = itemCode;
            this.checkpointCode = checkpointCode;
        }

        void count(Dealer dealer, CheckpointResult result) {
            if (result == CheckpointResult.PASS) {
                pass++;
            } else if (result == CheckpointResult.FAIL) {
                fail++;
                failing.add(dealer.code());
            }
        }
    }
}
