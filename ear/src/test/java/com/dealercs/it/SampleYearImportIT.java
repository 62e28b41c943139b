package com.dealercs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample year's nine files import through the API with zero rejects, and a second time with
 * identical results (interfaces.md §1: the same file twice leaves the same data).
 */
class SampleYearImportIT extends DeployedApplication {

    /** Dealers first: every other file refers to them. */
    private static final List<String> KINDS = List.of("dealers", "volumes", "inspections", "soc", "jdp", "csc",
            "training", "crisis", "adjustments");

    @Test
    void theSampleYearImportsWithoutRejectsAndAgainWithIdenticalResults() throws IOException {
        Map<String, Long> rowsByKind = new LinkedHashMap<>();
        for (String kind : KINDS) {
            byte[] file = Files.readAllBytes(Path.of(System.getProperty("cs.sample.dir"), kind + ".csv"));
            long dataRows = Files.readAllLines(Path.of(System.getProperty("cs.sample.dir"), kind + ".csv")).stream()
                    .skip(1).filter(line -> !line.isBlank()).count();
            rowsByKind.put(kind, dataRows);

            JsonNode result = Api.importFile(kind, "text/csv", file);

            assertEquals("COMPLETED", result.get("status").asText(), kind + ": " + result);
            assertEquals(dataRows, result.get("read").asLong(), kind);
            assertEquals(dataRows, result.get("written").asLong(), kind);
            assertEquals(0, result.get("rejected").asInt(), kind + ": " + result.get("errors"));
        }
        Map<String, Long> first = counts();
        assertEquals(rowsByKind.get("dealers"), first.get("dealer"));
        assertEquals(rowsByKind.get("volumes"), first.get("purchase_volume"));
        assertEquals(rowsByKind.get("inspections"), first.get("checkpoint_result"));
        assertEquals(rowsByKind.get("soc"), first.get("soc_score"));
        assertEquals(rowsByKind.get("jdp"), first.get("jdp_factor_score"));
        assertEquals(rowsByKind.get("csc"), first.get("csc_response"));
        assertEquals(rowsByKind.get("training"), first.get("training_score"));
        assertEquals(rowsByKind.get("crisis"), first.get("crisis_assessment"));
        assertEquals(rowsByKind.get("adjustments"), first.get("rebate_adjustment"));
        assertEquals(1L, TestDatabase.count("select count(*) from evaluation_year where eval_year = 2024 and state = 'OPEN'"));

        for (String kind : KINDS) {
            JsonNode again = Api.importFile(kind, "text/csv",
                    Files.readAllBytes(Path.of(System.getProperty("cs.sample.dir"), kind + ".csv")));
            assertEquals("COMPLETED", again.get("status").asText(), kind + " again: " + again);
        }
        assertEquals(first, counts(), "the same files twice leave the same data");
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("dealer", "region", "purchase_volume", "inspection", "checkpoint_result",
                "soc_score", "jdp_factor_score", "csc_response", "training_score", "crisis_assessment",
                "rebate_adjustment")) {
            // other tests use dealers X…, and years other than 2024
            String where = table.equals("dealer") ? " where dealer_code like 'D%'"
                    : table.equals("region") ? ""
                    : table.equals("checkpoint_result")
                    ? " where inspection_id in (select i.id from inspection i join evaluation_year y on y.id = i.year_id "
                            + "where y.eval_year = 2024)"
                    : " where year_id = (select id from evaluation_year where eval_year = 2024)";
            counts.put(table, TestDatabase.count("select count(*) from " + table + where));
        }
        // a checksum of the values, so "the same data" means more than the same number of rows
        counts.put("csc_sum", TestDatabase.count("select coalesce(sum(coalesce(awareness, 0) + coalesce(attitude, 0) "
                + "+ coalesce(communication, 0) + coalesce(experience, 0) + coalesce(first_time_resolution, 0)), 0) "
                + "from csc_response"));
        counts.put("adjustment_cents", TestDatabase.count("select coalesce(sum(amount * 100), 0) from rebate_adjustment"));
        return counts;
    }
}
