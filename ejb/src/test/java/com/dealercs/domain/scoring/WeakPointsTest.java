package com.dealercs.domain.scoring;

import static com.dealercs.domain.scoring.CheckpointResult.FAIL;
import static com.dealercs.domain.scoring.CheckpointResult.NA;
import static com.dealercs.domain.scoring.CheckpointResult.PASS;
import static com.dealercs.domain.scoring.Component.CS_MAP;
import static com.dealercs.domain.scoring.Component.SSI_MAP;
import static com.dealercs.domain.scoring.Fixtures.SCHEME;
import static com.dealercs.domain.scoring.Fixtures.dealer;
import static com.dealercs.domain.scoring.Fixtures.inQuarter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.scoring.WeakPoints.Compliance;
import com.dealercs.domain.scoring.WeakPoints.DealerFailure;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The weak points (达标率) as interfaces.md §2 states them: per item and checkpoint PASS, FAIL,
 * {@code rate = PASS / (PASS + FAIL)} to four places half up, the distinct dealers failing, the
 * number of inspections; only ACTIVE dealers' approved inspections; narrowed by region and quarter;
 * weakest first, then by code.
 */
class WeakPointsTest {

    /** A small network: two dealers in 华北, one in 华东, one CLOSED dealer in 华北. */
    private static List<DealerFacts> network() {
        DealerFacts north1 = DealerFacts.of(dealer("N1", "华北"))
                .inspection(ssi(1, true, Map.of("SSI-DRIVE-01", FAIL, "SSI-DRIVE-02", PASS, "SSI-ENV-01", PASS)))
                .inspection(ssi(2, true, Map.of("SSI-DRIVE-01", FAIL, "SSI-DRIVE-02", FAIL, "SSI-ENV-01", PASS)))
                .inspection(cs(1, Map.of("CS-HW-01", PASS, "CS-HW-02", NA)))
                .build();
        DealerFacts north2 = DealerFacts.of(dealer("N2", "华北"))
                .inspection(ssi(1, true, Map.of("SSI-DRIVE-01", PASS, "SSI-DRIVE-02", PASS, "SSI-ENV-01", FAIL)))
                // not approved: takes no part
                .inspection(ssi(2, false, Map.of("SSI-DRIVE-01", FAIL, "SSI-ENV-01", FAIL)))
                .build();
        DealerFacts east = DealerFacts.of(dealer("E1", "华东"))
                .inspection(ssi(2, true, Map.of("SSI-DRIVE-01", FAIL, "SSI-DRIVE-02", PASS, "SSI-ENV-01", PASS)))
                .build();
        DealerFacts closed = DealerFacts.of(new Dealer("C1", "华北", DealerStatus.CLOSED))
                .inspection(ssi(1, true, Map.of("SSI-DRIVE-01", FAIL, "SSI-ENV-01", FAIL)))
                .build();
        return List.of(north1, north2, east, closed);
    }

    @Test
    void countsPassAndFailOfEveryCheckpointAndItemOverActiveDealersApprovedInspections() {
        WeakPoints weak = WeakPoints.of(network(), null, null);

        // N1: 2 SSI + 1 CS, N2: 1 SSI, E1: 1 SSI; not N2's draft, not the CLOSED dealer's
        assertEquals(5, weak.inspections());
        // SSI-DRIVE-01: FAIL (N1 Q1), FAIL (N1 Q2), PASS (N2), FAIL (E1) → 1/4
        assertEquals(new Compliance(SSI_MAP, "SSI-DRIVE", "SSI-DRIVE-01", 1, 3, new BigDecimal("0.2500"), 2),
                checkpoint(weak, "SSI-DRIVE-01"));
        // SSI-DRIVE-02: PASS, FAIL, PASS, PASS → 3/4
        assertEquals(new Compliance(SSI_MAP, "SSI-DRIVE", "SSI-DRIVE-02", 3, 1, new BigDecimal("0.7500"), 1),
                checkpoint(weak, "SSI-DRIVE-02"));
        // SSI-ENV-01: PASS, PASS, FAIL, PASS → 3/4
        assertEquals(new Compliance(SSI_MAP, "SSI-ENV", "SSI-ENV-01", 3, 1, new BigDecimal("0.7500"), 1),
                checkpoint(weak, "SSI-ENV-01"));
        // CS-HW-02 was only ever NA: left out
        assertEquals(new Compliance(CS_MAP, "CS-HW", "CS-HW-01", 1, 0, new BigDecimal("1.0000"), 0),
                checkpoint(weak, "CS-HW-01"));
        assertEquals(List.of("SSI-DRIVE-01", "SSI-DRIVE-02", "SSI-ENV-01", "CS-HW-01"), codes(weak.checkpoints()));

        // an item's counts are its checkpoints' summed; dealers failing any of its checkpoints, once each
        assertEquals(new Compliance(SSI_MAP, "SSI-DRIVE", null, 4, 4, new BigDecimal("0.5000"), 2),
                weak.items().get(0));
        assertEquals(new Compliance(SSI_MAP, "SSI-ENV", null, 3, 1, new BigDecimal("0.7500"), 1),
                weak.items().get(1));
        assertEquals(new Compliance(CS_MAP, "CS-HW", null, 1, 0, new BigDecimal("1.0000"), 0),
                weak.items().get(2));
        assertEquals(3, weak.items().size());
    }

    @Test
    void theRateHasFourPlacesRoundedHalfUp() {
        // 2/3 = 0.66666… → 0.6667; 1/3 → 0.3333; 1/8 = 0.125 → 0.1250; 1/16 = 0.0625; 1/32 = 0.03125 → 0.0313
        assertEquals(new BigDecimal("0.6667"), rateOf(2, 1));
        assertEquals(new BigDecimal("0.3333"), rateOf(1, 2));
        assertEquals(new BigDecimal("0.1250"), rateOf(1, 7));
        assertEquals(new BigDecimal("0.0313"), rateOf(1, 31));
        assertEquals(new BigDecimal("0.0000"), rateOf(0, 3));
        // the same quotient ComplianceRate gives, only rounded
        assertEquals(ComplianceRate.of(1, 31).orElseThrow().setScale(4, java.math.RoundingMode.HALF_UP),
                ComplianceRate.shown(1, 31).orElseThrow());
    }

    @Test
    void equalRatesAreOrderedByCode() {
        // SSI-DRIVE-02 and SSI-ENV-01 both 3/4 in the network: by code
        WeakPoints weak = WeakPoints.of(network(), null, null);
        List<String> codes = codes(weak.checkpoints());
        assertTrue(codes.indexOf("SSI-DRIVE-02") < codes.indexOf("SSI-ENV-01"), codes.toString());

        DealerFacts one = DealerFacts.of(dealer("A"))
                .inspection(ssi(1, true, Map.of("SSI-TARGET-01", FAIL, "SSI-CR-01", FAIL, "SSI-DEAL-01", PASS)))
                .build();
        assertEquals(List.of("SSI-CR-01", "SSI-TARGET-01", "SSI-DEAL-01"),
                codes(WeakPoints.of(List.of(one), null, null).checkpoints()));
        assertEquals(List.of("SSI-CR", "SSI-TARGET", "SSI-DEAL"), codes(WeakPoints.of(List.of(one), null, null).items()));
    }

    @Test
    void aRegionNarrowsTheSetToItsDealers() {
        WeakPoints north = WeakPoints.of(network(), "华北", null);

        assertEquals(4, north.inspections());
        assertEquals(new Compliance(SSI_MAP, "SSI-DRIVE", "SSI-DRIVE-01", 1, 2, new BigDecimal("0.3333"), 1),
                checkpoint(north, "SSI-DRIVE-01"));
        WeakPoints east = WeakPoints.of(network(), "华东", null);
        assertEquals(1, east.inspections());
        assertEquals(new Compliance(SSI_MAP, "SSI-DRIVE", "SSI-DRIVE-01", 0, 1, new BigDecimal("0.0000"), 1),
                checkpoint(east, "SSI-DRIVE-01"));
    }

    @Test
    void aQuarterNarrowsTheSetToItsInspections() {
        WeakPoints second = WeakPoints.of(network(), null, 2);

        assertEquals(2, second.inspections());
        assertEquals(new Compliance(SSI_MAP, "SSI-DRIVE", "SSI-DRIVE-01", 0, 2, new BigDecimal("0.0000"), 2),
                checkpoint(second, "SSI-DRIVE-01"));
        assertEquals(List.of("SSI-DRIVE-01", "SSI-DRIVE-02", "SSI-ENV-01"), codes(second.checkpoints()));

        WeakPoints northFirst = WeakPoints.of(network(), "华北", 1);
        assertEquals(3, northFirst.inspections());
        assertEquals(new Compliance(SSI_MAP, "SSI-DRIVE", "SSI-DRIVE-01", 1, 1, new BigDecimal("0.5000"), 1),
                checkpoint(northFirst, "SSI-DRIVE-01"));
    }

    @Test
    void anUnknownRegionOrAnEmptyNetworkGivesEmptyLists() {
        for (WeakPoints none : List.of(WeakPoints.of(network(), "西北", null), WeakPoints.of(List.of(), null, null),
                WeakPoints.of(network(), "华东", 1))) {
            assertEquals(0, none.inspections());
            assertEquals(List.of(), none.items());
            assertEquals(List.of(), none.checkpoints());
        }
    }

    @Test
    void aQuarterIsOneToFour() {
        assertThrows(IllegalArgumentException.class, () -> WeakPoints.of(network(), null, 5));
        assertThrows(IllegalArgumentException.class, () -> WeakPoints.dealersFailing(network(), "SSI-ENV-01", null, 0));
    }

    @Test
    void theDealersFailingACheckpointMostFailuresFirst() {
        List<DealerFailure> failing = WeakPoints.dealersFailing(network(), "SSI-DRIVE-01", null, null);

        assertEquals(List.of(new DealerFailure(dealer("N1", "华北"), 2, 2), new DealerFailure(dealer("E1", "华东"), 1, 1)),
                failing);
        // equal failures by dealer code; the CLOSED dealer and the draft never count
        assertEquals(List.of(new DealerFailure(dealer("N2", "华北"), 1, 1)),
                WeakPoints.dealersFailing(network(), "SSI-ENV-01", null, null));
        assertEquals(List.of(new DealerFailure(dealer("N1", "华北"), 1, 1)),
                WeakPoints.dealersFailing(network(), "SSI-DRIVE-01", "华北", 1));
        assertEquals(List.of(), WeakPoints.dealersFailing(network(), "CS-HW-01", null, null));
        assertEquals(List.of(), WeakPoints.dealersFailing(network(), "SSI-DRIVE-01", "西北", null));
    }

    @Test
    void aTieInFailuresIsOrderedByDealerCode() {
        DealerFacts b = DealerFacts.of(dealer("B")).inspection(ssi(1, true, Map.of("SSI-CR-01", FAIL))).build();
        DealerFacts a = DealerFacts.of(dealer("A")).inspection(ssi(1, true, Map.of("SSI-CR-01", FAIL, "SSI-CR-02", PASS)))
                .inspection(ssi(2, true, Map.of("SSI-CR-01", PASS))).build();

        assertEquals(List.of(new DealerFailure(dealer("A"), 1, 2), new DealerFailure(dealer("B"), 1, 1)),
                WeakPoints.dealersFailing(List.of(b, a), "SSI-CR-01", null, null));
    }

    private static BigDecimal rateOf(int pass, int fail) {
        DealerFacts.Builder facts = DealerFacts.of(dealer("R"));
        for (int i = 0; i < pass; i++) {
            facts.inspection(ssi(1, true, Map.of("SSI-ENV-01", PASS)));
        }
        for (int i = 0; i < fail; i++) {
            facts.inspection(ssi(1, true, Map.of("SSI-ENV-01", FAIL)));
        }
        return checkpoint(WeakPoints.of(List.of(facts.build()), null, null), "SSI-ENV-01").rate();
    }

    private static Compliance checkpoint(WeakPoints weak, String code) {
        return weak.checkpoints().stream().filter(c -> c.checkpointCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + weak.checkpoints()));
    }

    private static List<String> codes(List<Compliance> list) {
        return list.stream().map(Compliance::code).toList();
    }

    private static Inspection ssi(int quarter, boolean approved, Map<String, CheckpointResult> results) {
        return Inspection.of(SCHEME.checklist(SSI_MAP), quarter, inQuarter(quarter), approved, new LinkedHashMap<>(results));
    }

    private static Inspection cs(int quarter, Map<String, CheckpointResult> results) {
        return Inspection.of(SCHEME.checklist(CS_MAP), quarter, inQuarter(quarter), true, new LinkedHashMap<>(results));
    }
}
