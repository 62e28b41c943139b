package com.dealercs.it.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.SampleYear;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The weak points (达标率) of the sample year, imported as a year of this class's own, against
 * numbers this test counts itself from the sample's inspection file (ACTIVE dealers only, as its
 * dealer file says): every item and checkpoint's PASS, FAIL, rate and dealers failing, the order,
 * region and quarter narrowing, an unknown region, a wrong quarter, names in English, who may ask,
 * and the dealers that failed one checkpoint. A CLOSED dealer with a failed inspection in the year
 * proves that only ACTIVE dealers count.
 */
class WeakPointsIT extends DeployedApplication {

    private static final String CLOSED_DEALER = "WPCLOSED1";
    private static final List<String> FIELDS = List.of("year", "region", "quarter", "inspections", "items",
            "checkpoints");
    private static final List<String> ITEM_FIELDS = List.of("map", "itemCode", "name", "pass", "fail", "rate",
            "dealersFailing");
    private static final List<String> CHECKPOINT_FIELDS = List.of("map", "itemCode", "checkpointCode", "name", "pass",
            "fail", "rate", "dealersFailing");

    private static int year;

    // ------------------------------------------------------------------ what the sample's files say

    /** One row of the sample's inspections.csv. */
    private record Row(int quarter, String dealer, String map, String date, String checkpoint, String result) {

        String item() {
            return checkpoint.substring(0, checkpoint.lastIndexOf('-'));
        }

        String inspection() {
            return dealer + "/" + map + "/" + date;
        }
    }

    /** The expected compliance of one item or checkpoint. */
    private record Expected(String map, String itemCode, int pass, int fail, Set<String> failing) {

        BigDecimal rate() {
            return BigDecimal.valueOf(pass).divide(BigDecimal.valueOf((long) pass + fail), 4, RoundingMode.HALF_UP);
        }
    }

    private static Map<String, String[]> dealers() {
        Map<String, String[]> dealers = new HashMap<>();
        csv("dealers").forEach(f -> dealers.put(f[0], f));
        return dealers;
    }

    /** The rows of ACTIVE dealers, of the region and quarter when given. */
    private static List<Row> rows(String region, Integer quarter) {
        Map<String, String[]> dealers = dealers();
        List<Row> rows = new ArrayList<>();
        for (String[] f : csv("inspections")) {
            String[] dealer = dealers.get(f[2]);
            if (!"ACTIVE".equals(dealer[6]) || (region != null && !region.equals(dealer[2]))
                    || (quarter != null && quarter != Integer.parseInt(f[1]))) {
                continue;
            }
            rows.add(new Row(Integer.parseInt(f[1]), f[2], f[3], f[4], f[6], f[7]));
        }
        return rows;
    }

    private static Map<String, Expected> expected(List<Row> rows, boolean items) {
        Map<String, Expected> expected = new TreeMap<>();
        for (Row row : rows) {
            String code = items ? row.item() : row.checkpoint();
            Expected e = expected.computeIfAbsent(code, c -> new Expected(row.map(), row.item(), 0, 0, new HashSet<>()));
            if ("PASS".equals(row.result())) {
                expected.put(code, new Expected(e.map(), e.itemCode(), e.pass() + 1, e.fail(), e.failing()));
            } else if ("FAIL".equals(row.result())) {
                e.failing().add(row.dealer());
                expected.put(code, new Expected(e.map(), e.itemCode(), e.pass(), e.fail() + 1, e.failing()));
            }
        }
        expected.values().removeIf(e -> e.pass() + e.fail() == 0);
        return expected;
    }

    private static List<String[]> csv(String kind) {
        String text = new String(SampleYear.file(kind, SampleYear.YEAR), StandardCharsets.UTF_8);
        return text.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void theNetworksWeakPointsAreTheSamplesOwnCountsWeakestFirst() {
        Reply reply = weakPoints("");

        assertEquals(200, reply.status(), reply.body());
        JsonNode json = reply.json();
        assertEquals(FIELDS, names(json));
        assertEquals(year, json.get("year").asInt());
        assertTrue(json.get("region").isNull(), reply.body());
        assertTrue(json.get("quarter").isNull(), reply.body());
        assertMatches(rows(null, null), json);
    }

    @Test
    void aRegionAndAQuarterNarrowTheSet() {
        String region = "华北";
        Reply inRegion = weakPoints("?region=" + URLEncoder.encode(region, StandardCharsets.UTF_8));
        Reply inQuarter = weakPoints("?quarter=3");
        Reply both = weakPoints("?quarter=2&region=" + URLEncoder.encode("东北", StandardCharsets.UTF_8));

        assertEquals(200, inRegion.status(), inRegion.body());
        assertEquals(region, inRegion.json().get("region").asText());
        assertMatches(rows(region, null), inRegion.json());
        assertEquals(200, inQuarter.status(), inQuarter.body());
        assertEquals(3, inQuarter.json().get("quarter").asInt());
        assertMatches(rows(null, 3), inQuarter.json());
        assertEquals(200, both.status(), both.body());
        assertMatches(rows("东北", 2), both.json());
        // narrowing really narrows
        assertTrue(inRegion.json().get("inspections").asInt() < weakPoints("").json().get("inspections").asInt());
    }

    @Test
    void anUnknownRegionGivesEmptyLists() {
        Reply reply = weakPoints("?region=" + URLEncoder.encode("无此区域", StandardCharsets.UTF_8));

        assertEquals(200, reply.status(), reply.body());
        assertEquals(0, reply.json().get("inspections").asInt());
        assertEquals(0, reply.json().get("items").size());
        assertEquals(0, reply.json().get("checkpoints").size());
    }

    @Test
    void aWrongQuarterIsA400WithTheErrorShape() {
        for (String quarter : List.of("5", "0", "x")) {
            Reply reply = weakPoints("?quarter=" + quarter);
            assertEquals(400, reply.status(), quarter + ": " + reply.body());
            Api.assertJsonError(reply);
            assertEquals("quarter", reply.json().get("details").get(0).get("field").asText(), reply.body());
        }
        Reply chinese = Api.get("/api/v1/years/" + sampleYear() + "/weak-points?quarter=5", "admin", adminPassword(),
                "zh-CN");
        assertEquals(400, chinese.status());
        assertTrue(chinese.json().get("details").get(0).get("message").asText().contains("季度"), chinese.body());
        Reply english = Api.get("/api/v1/years/" + sampleYear() + "/weak-points?quarter=5", "admin", adminPassword(), "en");
        assertTrue(english.json().get("details").get(0).get("message").asText().contains("quarter"), english.body());
        Reply noYear = Api.get("/api/v1/years/" + TestYears.unknown() + "/weak-points", "admin", adminPassword());
        assertEquals(404, noYear.status(), noYear.body());
        Api.assertJsonError(noYear);
    }

    @Test
    void namesFollowAcceptLanguage() {
        JsonNode chinese = Api.get("/api/v1/years/" + sampleYear() + "/weak-points", "admin", adminPassword(), "zh-CN")
                .json();
        JsonNode english = Api.get("/api/v1/years/" + sampleYear() + "/weak-points", "admin", adminPassword(), "en")
                .json();

        Map<String, String> zh = namesByCode(chinese);
        Map<String, String> en = namesByCode(english);
        assertEquals("展厅外部环境", zh.get("SSI-ENV-01"));
        assertEquals("Showroom exterior", en.get("SSI-ENV-01"));
        assertEquals("展厅内外环境", zh.get("SSI-ENV"));
        assertEquals("Showroom environment", en.get("SSI-ENV"));
        assertEquals(zh.keySet(), en.keySet());
        for (String name : en.values()) {
            assertFalse(name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    name);
        }
    }

    @Test
    void hqStaffAndExecutivesMayAskDealersMayNotNorTheAnonymous() {
        String path = "/api/v1/years/" + sampleYear() + "/weak-points";
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        Account executive = Api.createAccount("EXECUTIVE", null);
        Account dealer = Api.createAccount("DEALER", "D0001");

        assertEquals(200, Api.get(path, supervisor.username(), supervisor.password()).status());
        assertEquals(200, Api.get(path, executive.username(), executive.password()).status());
        Reply forbidden = Api.get(path, dealer.username(), dealer.password());
        assertEquals(403, forbidden.status(), forbidden.body());
        Api.assertJsonError(forbidden);
        Reply dealers = Api.get(path + "/checkpoints/SSI-DRIVE-01/dealers", dealer.username(), dealer.password());
        assertEquals(403, dealers.status(), dealers.body());
        Reply anonymous = Api.get(path, null, null);
        assertEquals(401, anonymous.status(), anonymous.body());
        Api.assertJsonError(anonymous);
        assertEquals(401, Api.get(path + "/checkpoints/SSI-DRIVE-01/dealers", null, null).status());
    }

    @Test
    void theDealersThatFailedACheckpointMostFailuresFirst() {
        Map<String, String[]> dealers = dealers();
        Map<String, Expected> checkpoints = expected(rows(null, null), false);
        // the checkpoint with the most dealers failing: a long list to compare
        String checkpoint = checkpoints.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Expected> e) -> e.getValue().failing().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();

        Reply reply = Api.get("/api/v1/years/" + sampleYear() + "/weak-points/checkpoints/" + checkpoint + "/dealers",
                "admin", adminPassword());

        assertEquals(200, reply.status(), reply.body());
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Row row : rows(null, null)) {
            if (row.checkpoint().equals(checkpoint) && !"NA".equals(row.result())) {
                int[] c = counts.computeIfAbsent(row.dealer(), d -> new int[2]);
                c[1]++;
                if ("FAIL".equals(row.result())) {
                    c[0]++;
                }
            }
        }
        List<String> expectedOrder = counts.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        List<String> actualOrder = new ArrayList<>();
        List<Executable> checks = new ArrayList<>();
        for (JsonNode d : reply.json()) {
            String code = d.get("dealerCode").asText();
            actualOrder.add(code);
            assertEquals(List.of("dealerCode", "dealerName", "region", "fail", "marked"), names(d));
            int[] c = counts.getOrDefault(code, new int[2]);
            checks.add(() -> assertEquals(c[0], d.get("fail").asInt(), code + " fail"));
            checks.add(() -> assertEquals(c[1], d.get("marked").asInt(), code + " marked"));
            checks.add(() -> assertEquals(dealers.get(code)[1], d.get("dealerName").asText(), code + " name"));
            checks.add(() -> assertEquals(dealers.get(code)[2], d.get("region").asText(), code + " region"));
        }
        assertEquals(expectedOrder, actualOrder);
        assertAll(checks);
        assertEquals(checkpoints.get(checkpoint).failing().size(), actualOrder.size());

        // narrowed as the weak points are; the CLOSED dealer's FAIL never shows
        String region = dealers.get(expectedOrder.get(0))[2];
        Reply narrowed = Api.get("/api/v1/years/" + sampleYear() + "/weak-points/checkpoints/" + checkpoint
                + "/dealers?quarter=1&region=" + URLEncoder.encode(region, StandardCharsets.UTF_8), "admin", adminPassword());
        assertEquals(200, narrowed.status(), narrowed.body());
        Set<String> expectedNarrowed = rows(region, 1).stream()
                .filter(r -> r.checkpoint().equals(checkpoint) && "FAIL".equals(r.result())).map(Row::dealer)
                .collect(Collectors.toSet());
        Set<String> actualNarrowed = new HashSet<>();
        narrowed.json().forEach(d -> actualNarrowed.add(d.get("dealerCode").asText()));
        assertEquals(expectedNarrowed, actualNarrowed);
        Reply closed = Api.get("/api/v1/years/" + sampleYear() + "/weak-points/checkpoints/SSI-DRIVE-01/dealers",
                "admin", adminPassword());
        assertFalse(closed.body().contains(CLOSED_DEALER), closed.body());

        Reply unknown = Api.get("/api/v1/years/" + sampleYear() + "/weak-points/checkpoints/NO-SUCH-01/dealers",
                "admin", adminPassword());
        assertEquals(400, unknown.status(), unknown.body());
        Api.assertJsonError(unknown);
        Reply badQuarter = Api.get("/api/v1/years/" + sampleYear() + "/weak-points/checkpoints/" + checkpoint
                + "/dealers?quarter=9", "admin", adminPassword());
        assertEquals(400, badQuarter.status(), badQuarter.body());
    }

    // ------------------------------------------------------------------ helpers

    /** Compares the answer with the counts of the rows: every field of every item and checkpoint, and the order. */
    private static void assertMatches(List<Row> rows, JsonNode json) {
        Map<String, Expected> items = expected(rows, true);
        Map<String, Expected> checkpoints = expected(rows, false);
        List<Executable> checks = new ArrayList<>();
        assertEquals(rows.stream().map(Row::inspection).distinct().count(), json.get("inspections").asLong(),
                "inspections");
        assertEquals(ordered(items), codes(json.get("items"), "itemCode"), "items weakest first, then by code");
        assertEquals(ordered(checkpoints), codes(json.get("checkpoints"), "checkpointCode"),
                "checkpoints weakest first, then by code");
        for (JsonNode item : json.get("items")) {
            Expected e = items.get(item.get("itemCode").asText());
            checks.add(() -> assertEquals(ITEM_FIELDS, names(item)));
            compare(e, item, item.get("itemCode").asText(), checks);
        }
        for (JsonNode checkpoint : json.get("checkpoints")) {
            String code = checkpoint.get("checkpointCode").asText();
            Expected e = checkpoints.get(code);
            checks.add(() -> assertEquals(CHECKPOINT_FIELDS, names(checkpoint)));
            checks.add(() -> assertEquals(e.itemCode(), checkpoint.get("itemCode").asText(), code + " item"));
            compare(e, checkpoint, code, checks);
        }
        assertAll(checks);
    }

    private static void compare(Expected e, JsonNode actual, String code, List<Executable> checks) {
        checks.add(() -> assertEquals(e.map(), actual.get("map").asText(), code + " map"));
        checks.add(() -> assertEquals(e.pass(), actual.get("pass").asInt(), code + " pass"));
        checks.add(() -> assertEquals(e.fail(), actual.get("fail").asInt(), code + " fail"));
        checks.add(() -> assertEquals(e.rate(), actual.get("rate").decimalValue().setScale(4, RoundingMode.UNNECESSARY),
                code + " rate"));
        checks.add(() -> assertEquals(e.failing().size(), actual.get("dealersFailing").asInt(), code + " dealersFailing"));
        checks.add(() -> assertFalse(actual.get("name").asText().isBlank(), code + " name"));
    }

    private static List<String> ordered(Map<String, Expected> expected) {
        return expected.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Expected> e) -> e.getValue().rate())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    private static List<String> codes(JsonNode list, String field) {
        List<String> codes = new ArrayList<>();
        list.forEach(node -> codes.add(node.get(field).asText()));
        return codes;
    }

    private static Map<String, String> namesByCode(JsonNode json) {
        Map<String, String> names = new HashMap<>();
        json.get("items").forEach(i -> names.put(i.get("itemCode").asText(), i.get("name").asText()));
        json.get("checkpoints").forEach(c -> names.put(c.get("checkpointCode").asText(), c.get("name").asText()));
        return names;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Reply weakPoints(String query) {
        return Api.get("/api/v1/years/" + sampleYear() + "/weak-points" + query, "admin", adminPassword());
    }

    /**
     * The sample year as this class's own, once; plus a CLOSED dealer of 华北 that failed every
     * SSI-MAP checkpoint in the year, which must count nowhere.
     */
    private static synchronized int sampleYear() {
        if (year == 0) {
            int fresh = TestYears.freshLeapYear();
            SampleYear.importInto(fresh);
            Imports.dealers(CLOSED_DEALER + ",薄弱环节测试已关闭汽车销售服务有限公司,华北,河北,保定,2015-01-01,CLOSED");
            StringBuilder inspection = new StringBuilder("year,quarter,dealer_code,map,inspection_date,inspector,checkpoint_code,result\n");
            csv("inspections").stream().filter(f -> f[2].equals("D0001") && f[3].equals("SSI_MAP"))
                    .map(f -> f[4]).findFirst().ifPresent(date -> csv("inspections").stream()
                            .filter(f -> f[2].equals("D0001") && f[3].equals("SSI_MAP") && f[4].equals(date))
                            .forEach(f -> inspection.append(fresh).append(',').append(f[1]).append(',')
                                    .append(CLOSED_DEALER).append(",SSI_MAP,").append(date.replace(
                                            Integer.toString(SampleYear.YEAR), Integer.toString(fresh)))
                                    .append(",测试员,").append(f[6]).append(",FAIL\n")));
            Imports.completed("inspections", inspection.toString());
            year = fresh;
        }
        return year;
    }
}
