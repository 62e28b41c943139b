package com.dealercs.it.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.Scorecards;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A year's scheme through the API, on years of its own: an administrator changes the checklists and
 * weights of an OPEN year without inspections, and the imports and the calculation use the changed
 * scheme at once; every change is audited; it is refused, with the reason, once the year has an
 * inspection or is approved; weights not summing to 10 and maxima not summing to 15 are named; a
 * year started from the previous year's scheme has a copy of it. Other roles read it or get 403.
 */
class SchemeIT extends DeployedApplication {

    private static final String INSPECTION_HEADER = "year,quarter,dealer_code,map,inspection_date,inspector,checkpoint_code,result\n";

    private static String path(int year) {
        return "/api/v1/years/" + year + "/scheme";
    }

    private static void createYear(int year) {
        Reply created = Api.postJson("/api/v1/years", "admin", adminPassword(), Map.of("year", year));
        assertEquals(201, created.status(), created.body());
    }

    private static ObjectNode scheme(int year) {
        Reply reply = Api.get(path(year), "admin", adminPassword());
        assertEquals(200, reply.status(), reply.body());
        return (ObjectNode) reply.json();
    }

    /** What a PUT sends: the scheme's checklists and components, and a reason. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> change(JsonNode scheme, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checklists", Api.JSON.convertValue(scheme.get("checklists"), List.class));
        body.put("components", Api.JSON.convertValue(scheme.get("components"), List.class));
        body.put("reason", reason);
        return body;
    }

    private static ObjectNode checklist(JsonNode scheme, String map) {
        for (JsonNode checklist : scheme.get("checklists")) {
            if (map.equals(checklist.get("map").asText())) {
                return (ObjectNode) checklist;
            }
        }
        throw new AssertionError("No checklist " + map + ": " + scheme);
    }

    private static ObjectNode item(JsonNode scheme, String map, String code) {
        for (JsonNode item : checklist(scheme, map).get("items")) {
            if (code.equals(item.get("code").asText())) {
                return (ObjectNode) item;
            }
        }
        throw new AssertionError("No item " + code + " in " + map);
    }

    private static ArrayNode factors(JsonNode scheme, String component) {
        for (JsonNode c : scheme.get("components")) {
            if (component.equals(c.get("component").asText())) {
                return (ArrayNode) c.get("factors");
            }
        }
        throw new AssertionError("No component " + component + ": " + scheme);
    }

    private static List<String> fields(Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("details").forEach(detail -> fields.add(detail.get("field").asText()));
        return fields;
    }

    private static BigDecimal component(JsonNode scorecard, String component) {
        JsonNode value = scorecard.get("components").get(component);
        assertNotNull(value, scorecard.toString());
        return value.decimalValue();
    }

    private static JsonNode importInspections(String csv) {
        return Api.importFile("inspections", "text/csv", (INSPECTION_HEADER + csv).getBytes(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> audit(int year, String action) {
        Reply audit = Api.get("/api/v1/audit?subject=year:" + year + "&action=" + action + "&limit=200", "admin",
                adminPassword());
        assertEquals(200, audit.status(), audit.body());
        List<JsonNode> entries = new ArrayList<>();
        audit.json().forEach(entries::add);
        return entries;
    }

    @Test
    void aChangedChecklistIsWhatTheImportsAndTheCalculationUseAndEveryChangeIsAudited() {
        Imports.dealers("SCH01,方案测试一汽车销售服务有限公司,方案测试区,上海,上海,2020-01-01,ACTIVE");
        int year = TestYears.fresh();
        createYear(year);
        ObjectNode scheme = scheme(year);
        assertTrue(scheme.get("editable").asBoolean(), scheme.toString());
        assertTrue(scheme.get("refusal").isNull(), scheme.toString());
        assertEquals(0, scheme.get("inspections").asInt());
        assertEquals(0, checklist(scheme, "CS_MAP").get("maxSum").decimalValue().compareTo(BigDecimal.valueOf(15)));

        // CS-MAP: CS-HW 3 → 5, CS-PROC 5 → 3 (still 15 in all)
        item(scheme, "CS_MAP", "CS-HW").put("itemMax", 5);
        item(scheme, "CS_MAP", "CS-PROC").put("itemMax", 3);
        // SSI-MAP: SSI-TARGET (2) goes, SSI-STAFF 2 → 1, a new item SSI-NEW (3) with a new checkpoint and
        // SSI-ENV-09 moved into it from SSI-ENV; SSI-ENV renamed in English
        ArrayNode ssiItems = (ArrayNode) checklist(scheme, "SSI_MAP").get("items");
        ObjectNode env = item(scheme, "SSI_MAP", "SSI-ENV");
        env.put("nameEn", "Showroom, inside and out");
        ArrayNode envCheckpoints = (ArrayNode) env.get("checkpoints");
        JsonNode moved = envCheckpoints.remove(envCheckpoints.size() - 1);
        assertEquals("SSI-ENV-09", moved.get("code").asText());
        item(scheme, "SSI_MAP", "SSI-STAFF").put("itemMax", 1);
        for (int i = 0; i < ssiItems.size(); i++) {
            if ("SSI-TARGET".equals(ssiItems.get(i).get("code").asText())) {
                ssiItems.remove(i);
            }
        }
        ObjectNode added = ssiItems.insertObject(0);
        added.put("code", "SSI-NEW").put("nameZh", "新媒体营销").put("nameEn", "New media marketing").put("itemMax", 3);
        added.putArray("checkpoints").add(Api.JSON.createObjectNode().put("code", "SSI-NEW-01")
                .put("nameZh", "直播看车").put("nameEn", "Live-stream showroom")).add(moved);

        Reply changed = Api.putJson(path(year), "admin", adminPassword(), change(scheme, "HQ notice " + year + "/3"));

        assertEquals(200, changed.status(), changed.body());
        JsonNode after = changed.json();
        assertEquals("SSI-NEW", checklist(after, "SSI_MAP").get("items").get(0).get("code").asText(), "the order given");
        assertEquals("[SSI-NEW-01, SSI-ENV-09]", item(after, "SSI_MAP", "SSI-NEW").get("checkpoints")
                .findValuesAsText("code").toString());
        assertEquals(8, item(after, "SSI_MAP", "SSI-ENV").get("checkpoints").size());
        assertEquals("Showroom, inside and out", item(after, "SSI_MAP", "SSI-ENV").get("nameEn").asText());
        assertFalse(checklist(after, "SSI_MAP").get("items").findValuesAsText("code").contains("SSI-TARGET"));
        assertEquals(0, item(after, "CS_MAP", "CS-HW").get("itemMax").decimalValue().compareTo(BigDecimal.valueOf(5)));
        assertEquals(after, scheme(year), "kept as answered");

        // the imports know the new checkpoints and no longer the removed ones
        JsonNode removedCode = importInspections(year + ",1,SCH01,SSI_MAP," + year + "-02-10,李娜,SSI-TARGET-01,PASS\n");
        assertEquals("FAILED", removedCode.get("status").asText(), removedCode.toString());
        assertTrue(removedCode.get("errors").get(0).get("message").asText().contains("SSI-TARGET-01"), removedCode.toString());
        Imports.completed("inspections", INSPECTION_HEADER
                + year + ",1,SCH01,SSI_MAP," + year + "-02-11,李娜,SSI-NEW-01,PASS\n"
                + year + ",1,SCH01,SSI_MAP," + year + "-02-11,李娜,SSI-ENV-09,FAIL\n"
                + year + ",1,SCH01,CS_MAP," + year + "-02-12,李娜,CS-HW-01,FAIL\n"
                + year + ",1,SCH01,CS_MAP," + year + "-02-12,李娜,CS-HW-02,PASS\n"
                + year + ",1,SCH01,CS_MAP," + year + "-02-12,李娜,CS-PROC-01,PASS\n");

        // the calculation takes the new maxima: SSI-NEW (3) 1 of 2 → 15 × 1.5 / 3 = 7.50 (SSI-ENV-09 counts in
        // SSI-NEW now); CS-HW (5) 1 of 2, CS-PROC (3) 1 of 1 → 15 × 5.5 / 8 = 10.3125 → 10.31
        // (the default maxima 3 and 5 would give 15 × 6.5 / 8 = 12.19)
        Scorecards.calculate(year);
        JsonNode scorecard = Scorecards.one(year, "SCH01");
        assertEquals(0, component(scorecard, "SSI_MAP").compareTo(new BigDecimal("7.50")), scorecard.toString());
        assertEquals(0, component(scorecard, "CS_MAP").compareTo(new BigDecimal("10.31")), scorecard.toString());

        // every change audited: before, after, why
        List<JsonNode> entries = audit(year, "SCHEME_CHANGED");
        Map<String, JsonNode> byAfter = new LinkedHashMap<>();
        Map<String, JsonNode> byBefore = new LinkedHashMap<>();
        for (JsonNode entry : entries) {
            assertEquals("HQ notice " + year + "/3", entry.get("reason").asText(), entry.toString());
            assertEquals("admin", entry.get("actor").asText());
            byAfter.put(entry.get("after").asText(null), entry);
            byBefore.put(entry.get("before").asText(null), entry);
        }
        JsonNode hardware = item(after, "CS_MAP", "CS-HW");
        String hardwareNames = hardware.get("nameZh").asText() + " / " + hardware.get("nameEn").asText();
        JsonNode maxChanged = entryWithAfterStarting(entries, "CS_MAP CS-HW:");
        assertEquals("CS_MAP CS-HW: " + hardwareNames + ", max 3", maxChanged.get("before").asText());
        assertEquals("CS_MAP CS-HW: " + hardwareNames + ", max 5", maxChanged.get("after").asText());
        assertTrue(byAfter.containsKey("SSI_MAP SSI-NEW: 新媒体营销 / New media marketing, max 3"), byAfter.keySet().toString());
        assertTrue(byAfter.containsKey("SSI_MAP SSI-NEW SSI-NEW-01: 直播看车 / Live-stream showroom"), byAfter.keySet().toString());
        assertTrue(byBefore.keySet().stream().anyMatch(b -> b != null && b.startsWith("SSI_MAP SSI-TARGET: ")),
                byBefore.keySet().toString());
        assertTrue(byBefore.keySet().stream().anyMatch(b -> b != null && b.startsWith("SSI_MAP SSI-ENV SSI-ENV-09: ")),
                "moved out of SSI-ENV: " + byBefore.keySet());
        assertTrue(byAfter.keySet().stream().anyMatch(a -> a != null && a.startsWith("SSI_MAP SSI-NEW SSI-ENV-09: ")),
                "into SSI-NEW: " + byAfter.keySet());
        assertTrue(byAfter.keySet().stream().anyMatch(a -> a != null && a.startsWith("SSI_MAP order: SSI-NEW [SSI-NEW-01 SSI-ENV-09], SSI-ENV [")),
                byAfter.keySet().toString());

        // now the year has inspections: read-only, with the reason, and a change is refused
        JsonNode fixed = scheme(year);
        assertFalse(fixed.get("editable").asBoolean());
        assertEquals(2, fixed.get("inspections").asInt(), fixed.toString());
        assertTrue(fixed.get("refusal").asText().contains("inspection"), fixed.toString());
        Reply refused = Api.putJson(path(year), "admin", adminPassword(), change(fixed, "too late"));
        assertEquals(409, refused.status(), refused.body());
        Api.assertJsonError(refused);
        assertTrue(refused.json().get("error").asText().contains("2 inspection(s)"), refused.body());
        Reply chinese = Api.putJson(path(year), "admin", adminPassword(), change(fixed, "too late"), "zh-CN");
        assertTrue(chinese.json().get("error").asText().contains("巡检"), chinese.body());
        assertEquals(after.get("checklists"), scheme(year).get("checklists"), "nothing changed");
    }

    private static JsonNode entryWithAfterStarting(List<JsonNode> entries, String start) {
        return entries.stream().filter(e -> e.get("after").asText("").startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("No entry after " + start + ": " + entries));
    }

    @Test
    void anApprovedYearsSchemeIsReadOnlyWithTheReason() {
        Imports.dealers("SCH02,方案测试二汽车销售服务有限公司,方案测试区,上海,上海,2020-01-01,ACTIVE");
        int year = TestYears.fresh();
        createYear(year);
        Imports.volumes(year, "SCH02", 10);
        Scorecards.calculate(year);
        Reply approved = Api.postJson("/api/v1/years/" + year + "/approval", "admin", adminPassword(), "");
        assertEquals(200, approved.status(), approved.body());

        JsonNode scheme = scheme(year);

        assertFalse(scheme.get("editable").asBoolean());
        assertEquals(0, scheme.get("inspections").asInt(), "no inspection: refused for the lock alone");
        assertTrue(scheme.get("refusal").asText().matches("(?s).*(is approved|已审批).*"), scheme.toString());
        Map<String, Object> body = change(scheme, "after the approval");
        Reply refused = Api.putJson(path(year), "admin", adminPassword(), body);
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().get("error").asText().matches("(?s).*(is approved|已审批).*"), refused.body());
        assertEquals(0, audit(year, "SCHEME_CHANGED").size());

        // reopened, it may change again (it still has no inspection)
        Reply reopened = Api.postJson("/api/v1/years/" + year + "/reopening", "admin", adminPassword(),
                Map.of("reason", "scheme correction"));
        assertEquals(200, reopened.status(), reopened.body());
        factors(scheme, "JDP_CSI").forEach(f -> ((ObjectNode) f).put("nameEn", f.get("nameEn").asText() + " (2)"));
        Reply changed = Api.putJson(path(year), "admin", adminPassword(), change(scheme, "after the reopening"));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(5, audit(year, "SCHEME_CHANGED").size(), "one entry a renamed factor");
    }

    @Test
    void weightsNotSummingTo10AndMaximaNotSummingTo15AreNamedAndNothingChanges() {
        int year = TestYears.fresh();
        createYear(year);
        ObjectNode scheme = scheme(year);
        JsonNode before = scheme.deepCopy();
        // JDP_SSI: 1 2 1 2 2 2 → the first 1 → 2: 11
        ((ObjectNode) factors(scheme, "JDP_SSI").get(0)).put("weight", 2);
        // CS_MAP: CS-QUAL 4 → 5: 16
        item(scheme, "CS_MAP", "CS-QUAL").put("itemMax", 5);
        // CSC: a weight of 0
        ((ObjectNode) factors(scheme, "CSC").get(1)).put("weight", 0);

        Reply wrong = Api.putJson(path(year), "admin", adminPassword(), change(scheme, ""));

        assertEquals(400, wrong.status(), wrong.body());
        Api.assertJsonError(wrong);
        assertEquals(List.of("reason", "checklists[2].items", "components[1].factors", "components[3].factors[2].weight"),
                fields(wrong), wrong.body());
        String jdp = wrong.json().get("details").get(2).get("message").asText();
        assertTrue(jdp.contains("JDP_SSI") && jdp.contains("11") && jdp.contains("10"), jdp);
        Reply chinese = Api.putJson(path(year), "admin", adminPassword(), change(scheme, "x"), "zh-CN");
        assertEquals(400, chinese.status(), chinese.body());
        assertTrue(chinese.json().get("details").get(0).get("message").asText().contains("满分之和为 16"), chinese.body());
        assertEquals(before, scheme(year), "nothing changed");

        // a factor's code cannot change: the imports name it
        ObjectNode renamed = before.deepCopy();
        ((ObjectNode) factors(renamed, "JDP_CSI").get(0)).put("code", "SERVICE_START");
        Reply unknown = Api.putJson(path(year), "admin", adminPassword(), change(renamed, "rename"));
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals(List.of("components[2].factors[1].code", "components[2].factors"), fields(unknown), unknown.body());

        // right sums with other weights are taken: 1.5 + 1.5 + 1 + 2 + 2 + 2 = 10
        ObjectNode reweighed = before.deepCopy();
        ((ObjectNode) factors(reweighed, "JDP_SSI").get(0)).put("weight", new BigDecimal("1.5"));
        ((ObjectNode) factors(reweighed, "JDP_SSI").get(1)).put("weight", new BigDecimal("1.5"));
        Reply taken = Api.putJson(path(year), "admin", adminPassword(), change(reweighed, "J.D. Power 2.0"));
        assertEquals(200, taken.status(), taken.body());
        assertEquals(0, factors(taken.json(), "JDP_SSI").get(1).get("weight").decimalValue()
                .compareTo(new BigDecimal("1.5")));
        assertEquals(2, audit(year, "SCHEME_CHANGED").size(), "two weights changed");
    }

    @Test
    void aNewYearStartsFromThePreviousYearsScheme() {
        int previous = -1;
        int year = -1;
        for (int attempt = 0; attempt < 10 && year != previous + 1; attempt++) {
            year = TestYears.fresh();
            previous = TestYears.fresh();
        }
        assertEquals(previous + 1, year, "two consecutive free years");
        createYear(previous);
        ObjectNode scheme = scheme(previous);
        item(scheme, "CS_MAP", "CS-HW").put("nameEn", "Hardware and facilities").put("itemMax", 4);
        item(scheme, "CS_MAP", "CS-QUAL").put("itemMax", 3);
        ((ObjectNode) factors(scheme, "JDP_CSI").get(4)).put("weight", 2);
        ((ObjectNode) factors(scheme, "JDP_CSI").get(2)).put("weight", 2);
        Reply changed = Api.putJson(path(previous), "admin", adminPassword(), change(scheme, "the new standard"));
        assertEquals(200, changed.status(), changed.body());

        Reply created = Api.postJson("/api/v1/years", "admin", adminPassword(),
                Map.of("year", year, "schemeFromPreviousYear", true));

        assertEquals(201, created.status(), created.body());
        JsonNode copy = scheme(year);
        assertEquals(changed.json().get("checklists"), copy.get("checklists"));
        assertEquals(changed.json().get("components"), copy.get("components"));
        assertTrue(copy.get("editable").asBoolean());
        assertEquals("Hardware and facilities", item(copy, "CS_MAP", "CS-HW").get("nameEn").asText());
        JsonNode yearCreated = audit(year, "YEAR_CREATED").get(0);
        assertTrue(yearCreated.get("after").asText().endsWith(", scheme of " + previous), yearCreated.toString());

        // a copy is the year's own: changing it leaves the previous year's as it is
        item((ObjectNode) copy, "CS_MAP", "CS-HW").put("nameZh", "硬件");
        assertEquals(200, Api.putJson(path(year), "admin", adminPassword(), change(copy, "own")).status());
        assertEquals(changed.json(), scheme(previous));

        // a year that exists, or one without a previous year, is refused
        assertEquals(409, Api.postJson("/api/v1/years", "admin", adminPassword(),
                Map.of("year", year, "schemeFromPreviousYear", true)).status(), "exists");
        int lonely = TestYears.unknown();
        Reply noPrevious = Api.postJson("/api/v1/years", "admin", adminPassword(),
                Map.of("year", lonely, "schemeFromPreviousYear", true));
        assertEquals(409, noPrevious.status(), noPrevious.body());
        assertTrue(noPrevious.json().get("error").asText().contains(String.valueOf(lonely - 1)), noPrevious.body());
        assertEquals(404, Api.get(path(lonely), "admin", adminPassword()).status(), "not created");
    }

    @Test
    void hqReadsTheSchemeOnlyAnAdministratorChangesItDealersNeither() {
        Imports.dealers("SCH03,方案测试三汽车销售服务有限公司,方案测试区,上海,上海,2020-01-01,ACTIVE");
        int year = TestYears.fresh();
        createYear(year);
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        Account executive = Api.createAccount("EXECUTIVE", null);
        Account dealer = Api.createAccount("DEALER", "SCH03");
        ObjectNode scheme = scheme(year);

        assertEquals(200, Api.get(path(year), supervisor.username(), supervisor.password()).status());
        assertEquals(200, Api.get(path(year), executive.username(), executive.password()).status());
        assertEquals(403, Api.get(path(year), dealer.username(), dealer.password()).status());
        for (Account account : List.of(supervisor, executive, dealer)) {
            Reply refused = Api.putJson(path(year), account.username(), account.password(), change(scheme, "mine"));
            assertEquals(403, refused.status(), account.role() + ": " + refused.body());
        }
        assertEquals(404, Api.get(path(TestYears.unknown()), "admin", adminPassword()).status());
        assertEquals(0, audit(year, "SCHEME_CHANGED").size());
    }
}
