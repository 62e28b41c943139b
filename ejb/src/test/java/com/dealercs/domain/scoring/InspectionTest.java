package com.dealercs.domain.scoring;

import static com.dealercs.domain.scoring.CheckpointResult.FAIL;
import static com.dealercs.domain.scoring.CheckpointResult.NA;
import static com.dealercs.domain.scoring.CheckpointResult.PASS;
import static com.dealercs.domain.scoring.Component.CS_MAP;
import static com.dealercs.domain.scoring.Component.SSI_MAP;
import static com.dealercs.domain.scoring.Fixtures.SCHEME;
import static com.dealercs.domain.scoring.Fixtures.assertValue;
import static com.dealercs.domain.scoring.Fixtures.d;
import static com.dealercs.domain.scoring.Fixtures.inQuarter;
import static com.dealercs.domain.scoring.Fixtures.inspection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** scoring.md §1.1 Inspections (SSI_MAP, CS_MAP). */
class InspectionTest {

    private static InspectedItem item(String code, String max, CheckpointResult... results) {
        Map<String, CheckpointResult> checkpoints = new LinkedHashMap<>();
        for (int i = 0; i < results.length; i++) {
            checkpoints.put(code + "-" + (i + 1), results[i]);
        }
        return new InspectedItem(code, d(max), checkpoints);
    }

    private static Inspection inspectionOf(InspectedItem... items) {
        return new Inspection(SSI_MAP, 1, inQuarter(1), true, List.of(items));
    }

    @Test
    void earnedIsTheSumOfItemMaxTimesPassesOverPassesAndFailures() {
        // item A: 2 × 3/4 = 1.5; item B: 1 × 1/2 = 0.5
        Inspection inspection = inspectionOf(
                item("A", "2", PASS, PASS, PASS, FAIL),
                item("B", "1", PASS, FAIL));

        assertValue("2.0", inspection.earned());
        assertValue("3", inspection.possible());
    }

    @Test
    void inspectionPointsAre15TimesEarnedOverPossible() {
        Inspection inspection = inspectionOf(
                item("A", "2", PASS, PASS, PASS, FAIL),
                item("B", "1", PASS, FAIL));

        assertValue("10", inspection.points()); // 15 × 2 / 3
    }

    @Test
    void anItemWithNoPassAndNoFailDoesNotApply() {
        Inspection inspection = inspectionOf(
                item("A", "2", PASS, NA),
                item("B", "3", NA, NA));

        assertFalse(inspection.items().get(1).applies());
        assertValue("2", inspection.possible()); // B's maximum is left out
        assertValue("15", inspection.points());
    }

    @Test
    void naCheckpointsCountNeitherForNorAgainst() {
        Inspection withNa = inspectionOf(item("A", "2", PASS, FAIL, NA, NA));
        Inspection withoutNa = inspectionOf(item("A", "2", PASS, FAIL));

        assertValue("7.5", withNa.points());
        assertEquals(0, withNa.points().compareTo(withoutNa.points()));
    }

    @Test
    void anInspectionWithPossibleZeroIsRefusedAtEntry() {
        assertThrows(IllegalArgumentException.class, () -> inspectionOf(item("A", "2", NA, NA)));
        assertThrows(IllegalArgumentException.class, () -> inspectionOf());
    }

    @Test
    void anInspectionIsBuiltFromCheckpointResultsAlongTheChecklist() {
        Map<String, CheckpointResult> results = new LinkedHashMap<>();
        results.put("SSI-ENV-01", PASS);  // item SSI-ENV, max 1
        results.put("SSI-ENV-02", FAIL);
        results.put("SSI-STAFF-01", PASS); // item SSI-STAFF, max 2
        results.put("SSI-STAFF-02", NA);

        Inspection inspection = Inspection.of(SCHEME.checklist(SSI_MAP), 1, inQuarter(1), true, results);

        assertValue("2.5", inspection.earned()); // 1 × 1/2 + 2 × 1/1
        assertValue("3", inspection.possible());
        assertValue("12.5", inspection.points());
    }

    @Test
    void aCheckpointOfAnotherChecklistIsRefused() {
        Map<String, CheckpointResult> results = Map.of("CS-HW-01", PASS);

        assertThrows(IllegalArgumentException.class,
                () -> Inspection.of(SCHEME.checklist(SSI_MAP), 1, inQuarter(1), true, results));
    }

    @Test
    void aQuartersValueIsTheMeanOfThatQuartersApprovedInspectionsOfThatChecklist() {
        List<Inspection> inspections = List.of(
                inspection(SSI_MAP, 3, 4, 1),  // 12.00
                inspection(SSI_MAP, 3, 14, 1), // 14.00
                inspection(CS_MAP, 3, 1, 1),   // another checklist
                inspection(SSI_MAP, 2, 1, 0)); // another quarter

        assertValue("13", ComponentRules.checklistQuarter(inspections, SSI_MAP, 3).orElseThrow());
    }

    @Test
    void anInspectionNotYetApprovedDoesNotCount() {
        Inspection approved = inspection(SSI_MAP, 1, 4, 1); // 12.00
        Inspection draft = new Inspection(SSI_MAP, 1, inQuarter(1), false, approved.items());

        assertValue("12", ComponentRules.checklistQuarter(List.of(approved, draft), SSI_MAP, 1).orElseThrow());
        assertEquals(Optional.empty(), ComponentRules.checklistQuarter(List.of(draft), SSI_MAP, 1));
    }

    @Test
    void theAnnualComponentIsTheMeanOverTheQuartersThatHaveAValue() {
        List<Inspection> inspections = List.of(
                inspection(SSI_MAP, 1, 22, 3),  // Q1 13.20
                inspection(SSI_MAP, 3, 4, 1),   // Q3 12.00 and 14.00 → 13.00
                inspection(SSI_MAP, 3, 14, 1));

        // (13.20 + 13.00) / 2, not the mean of the three inspections (13.0666…)
        assertValue("13.10", ComponentRules.checklistAnnual(inspections, SSI_MAP).orElseThrow());
    }

    @Test
    void noInspectionAtAllLeavesTheComponentMissing() {
        assertEquals(Optional.empty(), ComponentRules.checklistAnnual(List.of(), CS_MAP));
    }

    @Test
    void inspectionPointsAreExactWhereTheItemsAddUpExactly() {
        // three items of max 1, each 1 PASS of 3: earned = 1/3 + 1/3 + 1/3 = 1, points = 15 × 1 / 3
        Inspection inspection = inspectionOf(
                item("A", "1", PASS, FAIL, FAIL),
                item("B", "1", PASS, FAIL, FAIL),
                item("C", "1", PASS, FAIL, FAIL));

        assertValue("1", inspection.earned());
        assertValue("5", inspection.points());
    }

    @Test
    void meansAndRatiosKeepAtLeastTenDecimalPlaces() {
        Inspection sevenths = inspectionOf(item("A", "1", PASS, FAIL, FAIL, FAIL, FAIL, FAIL, FAIL));

        assertTrue(sevenths.points().scale() >= 10);
        assertValue("2.1428571428571429", sevenths.points()); // 15/7, kept to 16 places
    }

    @Test
    void theComplianceRateIsPassOverPassAndFail() {
        Map<String, CheckpointResult> first = new LinkedHashMap<>();
        first.put("SSI-ENV-01", PASS);
        first.put("SSI-ENV-02", FAIL);
        Map<String, CheckpointResult> second = new LinkedHashMap<>();
        second.put("SSI-ENV-01", NA);
        second.put("SSI-ENV-02", PASS);
        List<Inspection> inspections = List.of(
                Inspection.of(SCHEME.checklist(SSI_MAP), 1, LocalDate.of(2024, 1, 10), true, first),
                Inspection.of(SCHEME.checklist(SSI_MAP), 2, LocalDate.of(2024, 4, 10), true, second));

        assertValue("1", ComplianceRate.ofCheckpoint(inspections, "SSI-ENV-01").orElseThrow());
        assertValue("0.5", ComplianceRate.ofCheckpoint(inspections, "SSI-ENV-02").orElseThrow());
        assertValue("0.6666666666666667", ComplianceRate.ofItem(inspections, "SSI-ENV").orElseThrow());
        assertEquals(Optional.empty(), ComplianceRate.ofCheckpoint(inspections, "SSI-ENV-03"));
    }

    @Test
    void anItemNeedsACodeAndAMaximumAboveZero() {
        assertThrows(IllegalArgumentException.class, () -> item("A", "0", PASS));
        assertThrows(IllegalArgumentException.class, () -> new InspectedItem(" ", BigDecimal.ONE, Map.of()));
    }

    @Test
    void anInspectionIsOfSsiMapOrCsMapInQuarterOneToFour() {
        List<InspectedItem> items = List.of(item("A", "1", PASS));
        assertThrows(IllegalArgumentException.class,
                () -> new Inspection(Component.TRAINING, 1, inQuarter(1), true, items));
        assertThrows(IllegalArgumentException.class, () -> new Inspection(SSI_MAP, 5, inQuarter(1), true, items));
    }
}
