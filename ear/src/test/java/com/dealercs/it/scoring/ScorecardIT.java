package com.dealercs.it.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.dealercs.it.support.Scorecards.names;
import static com.dealercs.it.support.Scorecards.parse;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.SampleYear;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The sample year, imported through the API as a year of this class's own and calculated with
 * {@code POST .../calculation}, gives exactly {@code expected-scorecards.json} on
 * {@code GET .../scorecards}, field by field, in the contract's JSON (interfaces.md §2); and who
 * may calculate and see what.
 */
class ScorecardIT extends DeployedApplication {

    private static final List<String> FIELDS = List.of("year", "dealerCode", "dealerName", "region", "status",
            "components", "coverage", "total", "assessmentPoints", "nationalRank", "regionalRank", "socImprovement",
            "socBonus", "rebate", "quarters");
    private static final List<String> QUARTER_FIELDS = List.of("quarter", "components", "coverage", "total", "rank");
    private static final List<String> COMPONENTS = List.of("SSI_MAP", "CS_MAP", "SOC_CENTRAL", "SOC_SPOT", "JDP_SSI",
            "JDP_CSI", "TRAINING", "CSC", "CRISIS");
    private static final List<String> REBATE_FIELDS = List.of("units", "base", "payoutRatio", "cs", "socBonus",
            "adjustments", "rebate");

    /** The sample year's files rewritten to a year no other test writes to: its ranks are the sample's alone. */
    private static int year;

    @Test
    void theSampleYearCalculatesToTheExpectedScorecards() {
        calculateTheSampleYear();
        List<JsonNode> expected = SampleYear.expectedScorecards();

        Reply reply = Api.get("/api/v1/years/" + year + "/scorecards", "admin", adminPassword());

        assertEquals(200, reply.status(), reply.body());
        List<JsonNode> actual = new ArrayList<>();
        parse(reply.body()).forEach(actual::add);
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        actual.forEach(s -> byCode.put(s.get("dealerCode").asText(), s));
        Set<String> expectedCodes = new HashSet<>();
        expected.forEach(e -> expectedCodes.add(e.get("dealerCode").asText()));

        // the sample's dealers in the expected order; other tests' dealers have no data in this year: NOT_RATED, last
        assertEquals(expected.stream().map(e -> e.get("dealerCode").asText()).toList(),
                actual.stream().map(s -> s.get("dealerCode").asText()).filter(expectedCodes::contains).toList());
        List<Executable> checks = new ArrayList<>();
        boolean otherDealers = false;
        for (JsonNode s : actual) {
            String code = s.get("dealerCode").asText();
            checks.add(() -> assertEquals(FIELDS, names(s), code + ": the contract's fields in its order, then quarters"));
            checks.add(() -> assertEquals(4, s.get("quarters").size(), code + ": four quarters"));
            checks.add(() -> assertEquals(COMPONENTS, names(s.get("components")), code + ": components"));
            checks.add(() -> assertEquals(REBATE_FIELDS, names(s.get("rebate")), code + ": rebate fields"));
            if (!expectedCodes.contains(code)) {
                otherDealers = true;
                checks.add(() -> assertEquals("NOT_RATED", s.get("status").asText(), code + " has no data in the test's year"));
                continue;
            }
            if (otherDealers) {
                checks.add(() -> assertEquals("NOT_RATED", s.get("status").asText(), code + " after a test dealer"));
            }
        }
        for (JsonNode e : expected) {
            String code = e.get("dealerCode").asText();
            JsonNode s = byCode.get(code);
            if (s == null) {
                checks.add(() -> assertEquals(code, null, "no scorecard for " + code));
                continue;
            }
            compare(e, s, checks);
        }
        assertAll(checks);
        assertFalse(byCode.containsKey("D0062"), "the CLOSED dealer gets no scorecard");
        assertNumbersHaveTwoDecimals(reply.body());
    }

    @Test
    void oneScorecardIsTheSameAsInTheList() {
        calculateTheSampleYear();
        JsonNode expected = SampleYear.expectedScorecards().stream().filter(e -> e.get("dealerCode").asText().equals("D0001"))
                .findFirst().orElseThrow();

        Reply reply = Api.get("/api/v1/years/" + year + "/scorecards/D0001", "admin", adminPassword());

        assertEquals(200, reply.status(), reply.body());
        JsonNode one = parse(reply.body());
        assertEquals(FIELDS, names(one));
        List<Executable> checks = new ArrayList<>();
        compare(expected, one, checks);
        assertAll(checks);
        assertFalse(one.get("dealerName").asText().isBlank());
        assertEquals(404, Api.get("/api/v1/years/" + year + "/scorecards/NOSUCH", "admin", adminPassword()).status());
    }

    @Test
    void aScorecardCarriesItsFourQuarterlyResultsAsStored() {
        calculateTheSampleYear();

        JsonNode one = parse(Api.get("/api/v1/years/" + year + "/scorecards/D0001", "admin", adminPassword()).body());

        List<Map<String, Object>> stored = TestDatabase.rows("select q.quarter, q.ssi_map, q.cs_map, q.csc,"
                + " q.coverage, q.quarter_total, q.quarter_rank from quarter_result q"
                + " join scorecard s on s.id = q.scorecard_id join dealer d on d.id = s.dealer_id"
                + " where d.dealer_code = 'D0001' and s.run_id = (select max(r.id) from calculation_run r"
                + " join evaluation_year y on y.id = r.year_id where y.eval_year = ?) order by q.quarter", year);
        JsonNode quarters = one.get("quarters");
        assertEquals(4, stored.size());
        assertEquals(4, quarters.size(), one.toString());
        List<Executable> checks = new ArrayList<>();
        boolean rated = false;
        for (int i = 0; i < 4; i++) {
            JsonNode q = quarters.get(i);
            Map<String, Object> row = stored.get(i);
            String what = "D0001 Q" + (i + 1);
            rated |= row.get("quarter_total") != null;
            checks.add(() -> assertEquals(QUARTER_FIELDS, names(q), what + " fields"));
            checks.add(() -> assertEquals(List.of("SSI_MAP", "CS_MAP", "CSC"), names(q.get("components")), what));
            checks.add(() -> assertEquals(((Number) row.get("quarter")).intValue(), q.get("quarter").asInt(), what));
            checks.add(() -> assertEquals(((Number) row.get("coverage")).intValue(), q.get("coverage").asInt(), what));
            checks.add(() -> assertStored(row.get("ssi_map"), q.get("components").get("SSI_MAP"), what + " SSI_MAP"));
            checks.add(() -> assertStored(row.get("cs_map"), q.get("components").get("CS_MAP"), what + " CS_MAP"));
            checks.add(() -> assertStored(row.get("csc"), q.get("components").get("CSC"), what + " CSC"));
            checks.add(() -> assertStored(row.get("quarter_total"), q.get("total"), what + " total"));
            checks.add(() -> assertStored(row.get("quarter_rank"), q.get("rank"), what + " rank"));
        }
        assertAll(checks);
        assertTrue(rated, "D0001 has rated quarters: " + quarters);
        for (JsonNode q : quarters) {
            if (!q.get("total").isNull()) {
                assertTrue(q.get("total").toString().matches("[0-9]+\\.[0-9]{2}"), q.toString());
            }
        }
    }

    private static void assertStored(Object stored, JsonNode shown, String what) {
        if (stored == null) {
            assertTrue(shown != null && shown.isNull(), what + ": expected null, got " + shown);
            return;
        }
        assertTrue(shown != null && shown.isNumber(), what + ": expected " + stored + ", got " + shown);
        assertEquals(0, new BigDecimal(stored.toString()).compareTo(shown.decimalValue()), what + ": " + stored
                + " stored, " + shown + " shown");
    }

    @Test
    void aRunSummarisesWhatItDidAndTheLatestRunIsShown() {
        calculateTheSampleYear();
        Account supervisor = Api.createAccount("SUPERVISOR", null);

        Reply first = Api.postJson("/api/v1/years/" + year + "/calculation", supervisor.username(), supervisor.password(), "");
        Reply second = Api.postJson("/api/v1/years/" + year + "/calculation", supervisor.username(), supervisor.password(), "");

        assertEquals(200, first.status(), first.body());
        assertEquals(200, second.status(), second.body());
        JsonNode summary = parse(second.body());
        assertEquals(year, summary.get("year").asInt());
        assertTrue(summary.get("runId").asLong() > parse(first.body()).get("runId").asLong(), summary.toString());
        assertEquals(supervisor.username(), summary.get("runBy").asText());
        assertTrue(summary.get("draft").asBoolean(), "a run of an OPEN year is a draft");
        assertEquals(60, summary.get("rated").asInt(), summary.toString());
        assertEquals(summary.get("dealers").asInt(), summary.get("rated").asInt() + summary.get("notRated").asInt());
        assertTrue(summary.get("notRatedDealers").toString().contains("D0"), summary.toString());
        assertFalse(summary.get("runAt").asText().isBlank());

        long runId = summary.get("runId").asLong();
        assertEquals(summary.get("dealers").asLong(),
                TestDatabase.count("select count(*) from scorecard where run_id = ?", runId));
        assertEquals(4 * summary.get("dealers").asLong(), TestDatabase.count("select count(*) from quarter_result q "
                + "join scorecard s on s.id = q.scorecard_id where s.run_id = ?", runId));
        assertEquals(summary.get("dealers").asInt(), parse(Api.get("/api/v1/years/" + year + "/scorecards", "admin",
                adminPassword()).body()).size(), "only the latest run's scorecards");
    }

    @Test
    void aYearWithoutDataCannotBeCalculatedAndHasNoScorecards() {
        int unknown = TestYears.unknown();
        Reply calculation = Api.postJson("/api/v1/years/" + unknown + "/calculation", "admin", adminPassword(), "");

        assertEquals(404, calculation.status(), calculation.body());
        assertTrue(calculation.json().get("error").asText().contains(Integer.toString(unknown)), calculation.body());
        assertEquals("[]", Api.get("/api/v1/years/" + unknown + "/scorecards", "admin", adminPassword()).body());
        assertEquals(404, Api.get("/api/v1/years/" + unknown + "/scorecards/D0001", "admin", adminPassword()).status());
    }

    @Test
    void onlyHqStaffAndAdministratorsCalculate() {
        calculateTheSampleYear();
        Account executive = Api.createAccount("EXECUTIVE", null);
        Account dealer = Api.createAccount("DEALER", "D0001");

        Reply byExecutive = Api.postJson("/api/v1/years/" + year + "/calculation", executive.username(), executive.password(),
                "");
        Reply byDealer = Api.postJson("/api/v1/years/" + year + "/calculation", dealer.username(), dealer.password(), "");

        assertEquals(403, byExecutive.status(), byExecutive.body());
        assertTrue(byExecutive.json().has("error"));
        assertEquals(403, byDealer.status(), byDealer.body());
        Reply read = Api.get("/api/v1/years/" + year + "/scorecards", executive.username(), executive.password());
        assertEquals(200, read.status(), "executives see every dealer");
        assertTrue(parse(read.body()).size() >= 61);
    }

    @Test
    void aDealerSeesNothingOfAnUnpublishedYear() {
        calculateTheSampleYear();
        Account dealer = Api.createAccount("DEALER", "D0001");

        Reply all = Api.get("/api/v1/years/" + year + "/scorecards", dealer.username(), dealer.password());
        Reply own = Api.get("/api/v1/years/" + year + "/scorecards/D0001", dealer.username(), dealer.password());
        Reply other = Api.get("/api/v1/years/" + year + "/scorecards/D0002", dealer.username(), dealer.password());

        assertEquals(403, all.status(), all.body());
        assertTrue(all.json().get("error").asText().contains(Integer.toString(year)), all.body());
        assertEquals(403, own.status(), own.body());
        assertEquals(403, other.status(), other.body());
    }

    @Test
    void aDealerSeesItsOwnScorecardOfAPublishedYearOnly() {
        ensureSampleImported(); // its dealers
        int published = TestYears.fresh();
        String base = "/api/v1/years/" + published;
        Imports.volumes(published, "D0001", 10, "D0002", 20);
        Reply calculation = Api.postJson(base + "/calculation", "admin", adminPassword(), "");
        assertEquals(200, calculation.status(), calculation.body());
        TestDatabase.update("update evaluation_year set state = 'PUBLISHED' where eval_year = ?", published);
        Account dealer = Api.createAccount("DEALER", "D0001");

        Reply all = Api.get(base + "/scorecards", dealer.username(), dealer.password());
        Reply own = Api.get(base + "/scorecards/D0001", dealer.username(), dealer.password());
        Reply other = Api.get(base + "/scorecards/D0002", dealer.username(), dealer.password());
        Reply again = Api.postJson(base + "/calculation", "admin", adminPassword(), "");

        assertEquals(200, all.status(), all.body());
        JsonNode list = parse(all.body());
        assertEquals(1, list.size(), all.body());
        assertEquals("D0001", list.get(0).get("dealerCode").asText());
        assertEquals(200, own.status(), own.body());
        JsonNode scorecard = parse(own.body());
        assertEquals("NOT_RATED", scorecard.get("status").asText());
        assertTrue(scorecard.get("total").isNull());
        assertTrue(scorecard.get("nationalRank").isNull());
        assertTrue(scorecard.get("regionalRank").isNull());
        assertEquals(10, scorecard.get("rebate").get("units").asInt());
        assertEquals(0, BigDecimal.ZERO.compareTo(scorecard.get("rebate").get("payoutRatio").decimalValue()));
        assertEquals(403, other.status(), other.body());
        assertEquals(409, again.status(), "a published year is frozen: " + again.body());
    }

    /** Imports the sample year as this class's own year, once. */
    private static synchronized void ensureSampleImported() {
        if (year == 0) {
            int fresh = TestYears.freshLeapYear();
            SampleYear.importInto(fresh);
            year = fresh;
        }
    }

    private static void calculateTheSampleYear() {
        ensureSampleImported();
        Reply reply = Api.postJson("/api/v1/years/" + year + "/calculation", "admin", adminPassword(), "");
        assertEquals(200, reply.status(), reply.body());
    }

    private static void compare(JsonNode e, JsonNode s, List<Executable> checks) {
        String code = e.get("dealerCode").asText();
        // the sample's year is the test's own year here
        checks.add(() -> assertEquals(SampleYear.YEAR, e.get("year").asInt(), code + " expected year"));
        checks.add(() -> assertEquals(year, s.get("year").asInt(), code + " year"));
        checks.add(() -> assertEquals(e.get("region").asText(), s.get("region").asText(), code + " region"));
        checks.add(() -> assertEquals(e.get("status").asText(), s.get("status").asText(), code + " status"));
        for (String c : COMPONENTS) {
            checks.add(() -> assertNumber(e.get("components").get(c), s.get("components").get(c), code + " " + c));
        }
        for (String field : List.of("coverage", "total", "assessmentPoints", "nationalRank", "regionalRank",
                "socImprovement")) {
            checks.add(() -> assertNumber(e.get(field), s.get(field), code + " " + field));
        }
        checks.add(() -> assertEquals(e.get("socBonus").asBoolean(), s.get("socBonus").booleanValue(),
                code + " socBonus"));
        for (String field : REBATE_FIELDS) {
            checks.add(() -> assertNumber(e.get("rebate").get(field), s.get("rebate").get(field),
                    code + " rebate " + field));
        }
    }

    /** {@code null} is a missing value; numbers compare by value (21600.0 = 21600.00). */
    private static void assertNumber(JsonNode expected, JsonNode actual, String what) {
        if (expected == null || expected.isNull()) {
            assertTrue(actual != null && actual.isNull(), what + ": expected null, got " + actual);
            return;
        }
        assertTrue(actual != null && actual.isNumber(), what + ": expected " + expected + ", got " + actual);
        BigDecimal want = expected.decimalValue();
        BigDecimal got = actual.decimalValue();
        assertEquals(0, want.compareTo(got), what + ": expected " + want + ", got " + got);
    }

    /** Scores, ratios and amounts are written with their two decimals, as the contract shows. */
    private static void assertNumbersHaveTwoDecimals(String body) {
        Matcher number = Pattern.compile("\"(SSI_MAP|CS_MAP|SOC_CENTRAL|SOC_SPOT|JDP_SSI|JDP_CSI|TRAINING|CSC|CRISIS"
                + "|total|assessmentPoints|socImprovement|base|payoutRatio|cs|socBonus|adjustments|rebate)\":"
                + "(-?[0-9][0-9.Ee+-]*)").matcher(body);
        int seen = 0;
        while (number.find()) {
            seen++;
            assertTrue(number.group(2).matches("-?[0-9]+\\.[0-9]{2}"), number.group(1) + ": " + number.group(2));
        }
        assertTrue(seen > 61 * 10, "numbers checked: " + seen);
    }
}
