package com.dealercs.domain.model.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportKindTest {

    @Test
    void columnsAreThoseOfTheContract() {
        assertEquals(List.of("dealer_code", "name", "region", "province", "city", "opened_on", "status"),
                ImportKind.DEALERS.requiredColumns());
        assertEquals(List.of("year", "dealer_code", "units"), ImportKind.VOLUMES.requiredColumns());
        assertEquals(List.of("year", "quarter", "dealer_code", "map", "inspection_date", "inspector",
                "checkpoint_code", "result"), ImportKind.INSPECTIONS.requiredColumns());
        assertEquals(List.of("comment"), ImportKind.INSPECTIONS.optionalColumns());
        assertEquals(List.of("year", "dealer_code", "kind", "visit_date", "score"), ImportKind.SOC.requiredColumns());
        assertEquals(List.of("year", "study", "dealer_code", "factor_code", "index_score", "sample_size"),
                ImportKind.JDP.requiredColumns());
        assertEquals(List.of("year", "quarter", "dealer_code", "response_id", "awareness", "attitude",
                "communication", "experience", "first_time_resolution"), ImportKind.CSC.requiredColumns());
        assertEquals(List.of("year", "dealer_code", "session_date", "trainer", "score"),
                ImportKind.TRAINING.requiredColumns());
        assertEquals(List.of("year", "dealer_code", "assessed_on", "score"), ImportKind.CRISIS.requiredColumns());
        assertEquals(List.of("year", "dealer_code", "amount", "reason"), ImportKind.ADJUSTMENTS.requiredColumns());
        for (ImportKind kind : ImportKind.values()) {
            if (kind != ImportKind.INSPECTIONS) {
                assertTrue(kind.optionalColumns().isEmpty(), kind.name());
            }
        }
    }

    @Test
    void keysAreThoseOfTheContract() {
        assertEquals(List.of("dealer_code"), ImportKind.DEALERS.keyColumns());
        assertEquals(List.of("dealer_code", "map", "inspection_date", "checkpoint_code"),
                ImportKind.INSPECTIONS.keyColumns());
        assertEquals(List.of("response_id"), ImportKind.CSC.keyColumns());
        assertFalse(ImportKind.ADJUSTMENTS.hasKey());
        assertTrue(ImportKind.CRISIS.hasKey());
    }

    @Test
    void kindsComeFromTheirLowerCasePathNames() {
        assertEquals(Optional.of(ImportKind.DEALERS), ImportKind.fromPath("dealers"));
        assertEquals(Optional.of(ImportKind.CSC), ImportKind.fromPath("csc"));
        assertEquals(Optional.of(ImportKind.ADJUSTMENTS), ImportKind.fromPath("adjustments"));
        for (ImportKind kind : ImportKind.values()) {
            assertEquals(Optional.of(kind), ImportKind.fromPath(kind.pathName()));
        }
        assertEquals(Optional.empty(), ImportKind.fromPath("CSC"));
        assertEquals(Optional.empty(), ImportKind.fromPath("dealer"));
        assertEquals(Optional.empty(), ImportKind.fromPath(""));
        assertEquals(Optional.empty(), ImportKind.fromPath(null));
    }
}
