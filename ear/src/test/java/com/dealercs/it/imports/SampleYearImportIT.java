package com.dealercs.it.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.SampleYear;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample year's nine files, as a new year's, import through the API with zero rejects, and a
 * second time with identical results (interfaces.md §1: the same file twice leaves the same data):
 * every value of every kind's table, not only counts. Approved, then published, the year refuses
 * every kind's file and keeps every value.
 */
class SampleYearImportIT extends DeployedApplication {

    @Test
    void theSampleYearImportsWithoutRejectsAndAgainWithIdenticalResults() {
        int year = TestYears.freshLeapYear();
        Map<String, Long> rowsByKind = new LinkedHashMap<>();
        for (String kind : SampleYear.KINDS) {
            long dataRows = SampleYear.dataRows(kind);
            rowsByKind.put(kind, dataRows);

            JsonNode result = Api.importFile(kind, "text/csv", SampleYear.file(kind, year));

            assertEquals("COMPLETED", result.get("status").asText(), kind + ": " + result);
            assertEquals(dataRows, result.get("read").asLong(), kind);
            assertEquals(dataRows, result.get("written").asLong(), kind);
            assertEquals(0, result.get("rejected").asInt(), kind + ": " + result.get("errors"));
        }
        Map<String, Long> first = counts(year);
        assertEquals(rowsByKind.get("dealers"), first.get("dealer"));
        assertEquals(rowsByKind.get("volumes"), first.get("purchase_volume"));
        assertEquals(rowsByKind.get("inspections"), first.get("checkpoint_result"));
        assertEquals(rowsByKind.get("soc"), first.get("soc_score"));
        assertEquals(rowsByKind.get("jdp"), first.get("jdp_factor_score"));
        assertEquals(rowsByKind.get("csc"), first.get("csc_response"));
        assertEquals(rowsByKind.get("training"), first.get("training_score"));
        assertEquals(rowsByKind.get("crisis"), first.get("crisis_assessment"));
        assertEquals(rowsByKind.get("adjustments"), first.get("rebate_adjustment"));
        assertEquals(1L, TestDatabase.count("select count(*) from evaluation_year where eval_year = ? and state = 'OPEN'",
                year));

        for (String kind : SampleYear.KINDS) {
            JsonNode again = Api.importFile(kind, "text/csv", SampleYear.file(kind, year));
            assertEquals("COMPLETED", again.get("status").asText(), kind + " again: " + again);
        }
        assertEquals(first, counts(year), "the same files twice leave the same data");
        Map<String, List<String>> values = contents(year);
        for (String kind : SampleYear.KINDS) {
            JsonNode again = Api.importFile(kind, "text/csv", SampleYear.file(kind, year));
            assertEquals("COMPLETED", again.get("status").asText(), kind + " a third time: " + again);
        }
        assertEquals(values, contents(year), "the same files again leave every value as it was");

        for (String state : List.of("APPROVED", "PUBLISHED")) {
            TestDatabase.update("update evaluation_year set state = ? where eval_year = ?", state, year);
            for (String kind : SampleYear.KINDS.subList(1, SampleYear.KINDS.size())) {
                JsonNode refused = Api.importFile(kind, "text/csv", SampleYear.file(kind, year));
                assertEquals("FAILED", refused.get("status").asText(), kind + " in a year " + state + ": " + refused);
                assertEquals(0, refused.get("written").asInt(), kind + " in a year " + state);
                assertTrue(refused.get("message").asText().contains(Integer.toString(year)), refused.toString());
            }
            assertEquals(values, contents(year), "a year " + state + " keeps every value");
        }
    }

    /**
     * Every row of every kind's table of the year (the sample's dealers and all regions), each as
     * its columns' values, sorted: the data itself. The optimistic-lock version is left out: an
     * upsert counts it up, it is no value of the file.
     */
    private static Map<String, List<String>> contents(int year) {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        String ofTheYear = " where year_id = (select id from evaluation_year where eval_year = " + year + ")";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("dealer", "select * from dealer where dealer_code like 'D%'");
        queries.put("region", "select * from region");
        queries.put("checkpoint_result", "select * from checkpoint_result where inspection_id in (select i.id from "
                + "inspection i join evaluation_year y on y.id = i.year_id where y.eval_year = " + year + ")");
        for (String table : List.of("purchase_volume", "inspection", "soc_score", "jdp_factor_score", "csc_response",
                "training_score", "crisis_assessment", "rebate_adjustment")) {
            queries.put(table, "select * from " + table + ofTheYear);
        }
        queries.forEach((table, query) -> {
            List<String> rows = new java.util.ArrayList<>();
            for (Map<String, Object> row : TestDatabase.rows(query)) {
                row.remove("version");
                rows.add(row.toString());
            }
            java.util.Collections.sort(rows);
            contents.put(table, rows);
        });
        return contents;
    }

    private static Map<String, Long> counts(int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("dealer", "region", "purchase_volume", "inspection", "checkpoint_result",
                "soc_score", "jdp_factor_score", "csc_response", "training_score", "crisis_assessment",
                "rebate_adjustment")) {
            // the sample's dealers are D…, other tests' dealers other letters; every other table: this year's rows
            String where = table.equals("dealer") ? " where dealer_code like 'D%'"
                    : table.equals("region") ? ""
                    : table.equals("checkpoint_result")
                    ? " where inspection_id in (select i.id from inspection i join evaluation_year y on y.id = i.year_id "
                            + "where y.eval_year = " + year + ")"
                    : " where year_id = (select id from evaluation_year where eval_year = " + year + ")";
            counts.put(table, TestDatabase.count("select count(*) from " + table + where));
        }
        // a checksum of the values, so "the same data" means more than the same number of rows
        String ofTheYear = " where year_id = (select id from evaluation_year where eval_year = " + year + ")";
        counts.put("csc_sum", TestDatabase.count("select coalesce(sum(coalesce(awareness, 0) + coalesce(attitude, 0) "
                + "+ coalesce(communication, 0) + coalesce(experience, 0) + coalesce(first_time_resolution, 0)), 0) "
                + "from csc_response" + ofTheYear));
        counts.put("adjustment_cents", TestDatabase.count("select coalesce(sum(amount * 100), 0) from rebate_adjustment"
                + ofTheYear));
        return counts;
    }
}
