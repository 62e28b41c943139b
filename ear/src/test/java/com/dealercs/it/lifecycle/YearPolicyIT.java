package com.dealercs.it.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A year's policy (scoring.md §5) through the API, on years of its own (TestYears): an
 * administrator creates a year with the defaults and changes its policy with a reason; every wrong
 * value is named; the change is audited, outdates the latest calculation, and is refused once the
 * year is approved. Other roles read it or get 403.
 */
class YearPolicyIT extends DeployedApplication {

    private static Map<String, Object> policy(String minCoverage, List<Map<String, Object>> tiers, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("missingPolicy", "RENORMALIZE");
        body.put("minCoverage", minCoverage);
        body.put("jdpMinSample", 30);
        body.put("cscMinResponses", 5);
        body.put("socBonusTopN", 10);
        body.put("socBonusAmount", "30000.00");
        body.put("rebatePerUnit", "4000.00");
        body.put("csShare", "0.15");
        body.put("overallWeight", "0.15");
        body.put("payoutTiers", tiers);
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private static Map<String, Object> tier(String threshold, String ratio) {
        return Map.of("threshold", threshold, "ratio", ratio);
    }

    private static List<String> fields(Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("details").forEach(detail -> fields.add(detail.get("field").asText()));
        return fields;
    }

    @Test
    void anAdministratorCreatesAYearWithTheDefaultPolicyOnlyOnce() {
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        int year = TestYears.fresh();

        Reply created = Api.postJson("/api/v1/years", "admin", adminPassword(), Map.of("year", year));

        assertEquals(201, created.status(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/years/" + year + "/policy"));
        JsonNode policy = created.json();
        assertEquals("OPEN", policy.get("state").asText());
        assertTrue(policy.get("editable").asBoolean());
        assertEquals(0, policy.get("minCoverage").decimalValue().compareTo(new java.math.BigDecimal("60")));
        assertEquals(5, policy.get("payoutTiers").size());
        assertEquals(0, policy.get("payoutTiers").get(1).get("ratio").decimalValue()
                .compareTo(new java.math.BigDecimal("0.90")));
        assertEquals(409, Api.postJson("/api/v1/years", "admin", adminPassword(), Map.of("year", year)).status());
        assertEquals(400, Api.postJson("/api/v1/years", "admin", adminPassword(), Map.of("year", 1999)).status());
        assertEquals(403, Api.postJson("/api/v1/years", supervisor.username(), supervisor.password(),
                Map.of("year", TestYears.unknown())).status());
        Reply years = Api.get("/api/v1/years", supervisor.username(), supervisor.password());
        assertEquals(200, years.status());
        List<Integer> listed = new ArrayList<>();
        years.json().forEach(entry -> listed.add(entry.get("year").asInt()));
        assertTrue(listed.contains(year), years.body());
        List<Integer> newestFirst = new ArrayList<>(listed);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, listed, "newest first");
    }

    @Test
    void thePolicyChangesWithAReasonIsAuditedOutdatesTheCalculationAndFreezesWithTheYear() {
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        Account executive = Api.createAccount("EXECUTIVE", null);
        int year = TestYears.fresh();
        String path = "/api/v1/years/" + year + "/policy";
        assertEquals(201, Api.postJson("/api/v1/years", "admin", adminPassword(), Map.of("year", year)).status());
        // a dealer with data in the year, so that the year can be calculated
        Imports.dealers("P0001,政策测试一汽车销售服务有限公司,政策测试区,上海,上海,2020-01-01,ACTIVE");
        Imports.volumes(year, "P0001", 50);
        Account dealer = Api.createAccount("DEALER", "P0001");
        assertEquals(200, Api.get(path, executive.username(), executive.password()).status());
        assertEquals(200, Api.get(path, supervisor.username(), supervisor.password()).status());
        assertEquals(403, Api.get(path, dealer.username(), dealer.password()).status());

        // every wrong value named at once, nothing changed
        Reply wrong = Api.putJson(path, "admin", adminPassword(), policy("120",
                List.of(tier("90", "1.00"), tier("90", "0.90"), tier("70", "1.20")), null));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(List.of("reason", "minCoverage", "payoutTiers[2].threshold", "payoutTiers[3].ratio"),
                fields(wrong), wrong.body());
        assertEquals(0, Api.get(path, "admin", adminPassword()).json().get("minCoverage").decimalValue()
                .compareTo(new java.math.BigDecimal("60")));
        assertEquals(403, Api.putJson(path, supervisor.username(), supervisor.password(),
                policy("70", List.of(tier("0", "1")), "HQ")).status());

        // a change after the calculation outdates it for approval
        assertEquals(200, Api.postJson("/api/v1/years/" + year + "/calculation", "admin", adminPassword(), "").status());
        List<Map<String, Object>> tiers = List.of(tier("95", "1.00"), tier("85", "0.90"), tier("0", "0"));
        Reply changed = Api.putJson(path, "admin", adminPassword(), policy("70.00", tiers, "HQ decision " + year + "/7"));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(0, changed.json().get("minCoverage").decimalValue().compareTo(new java.math.BigDecimal("70")));
        assertEquals(3, changed.json().get("payoutTiers").size());
        Reply outdated = Api.postJson("/api/v1/years/" + year + "/approval", executive.username(), executive.password(), "");
        assertEquals(409, outdated.status(), outdated.body());

        // the audit trail: before, after, why
        Reply audit = Api.get("/api/v1/audit?subject=year:" + year, "admin", adminPassword());
        JsonNode entry = null;
        for (JsonNode e : audit.json()) {
            if ("POLICY_CHANGED".equals(e.get("action").asText())) {
                entry = e;
            }
        }
        assertTrue(entry != null, audit.body());
        assertEquals("minCoverage=60, payoutTiers=[90→1 80→0.9 70→0.75 60→0.5 0→0]", entry.get("before").asText());
        assertEquals("minCoverage=70, payoutTiers=[95→1 85→0.9 0→0]", entry.get("after").asText());
        assertEquals("HQ decision " + year + "/7", entry.get("reason").asText());
        assertEquals("admin", entry.get("actor").asText());
        // the address the change came from: this test's own client, on the loopback address
        assertTrue(java.util.Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1").contains(entry.path("address").asText()),
                "the change's address: " + entry);

        // approved: frozen
        assertEquals(200, Api.postJson("/api/v1/years/" + year + "/calculation", "admin", adminPassword(), "").status());
        Reply approved = Api.postJson("/api/v1/years/" + year + "/approval", executive.username(), executive.password(), "");
        assertEquals(200, approved.status(), approved.body());
        Reply frozen = Api.putJson(path, "admin", adminPassword(), policy("50", tiers, "too late"));
        assertEquals(409, frozen.status(), frozen.body());
        assertTrue(frozen.json().get("error").asText().matches("(?s).*(is approved|已审批).*"), frozen.body());
        JsonNode after = Api.get(path, "admin", adminPassword()).json();
        assertFalse(after.get("editable").asBoolean());
        assertEquals(0, after.get("minCoverage").decimalValue().compareTo(new java.math.BigDecimal("70")));
    }

    @Test
    void everyRuleNamesItsFieldInTheCallersLanguageAndOnlyAnAdministratorChanges() {
        int year = TestYears.fresh();
        String path = "/api/v1/years/" + year + "/policy";
        assertEquals(201, Api.postJson("/api/v1/years", "admin", adminPassword(), Map.of("year", year)).status());
        Imports.dealers("P0046,政策校验汽车销售服务有限公司,政策测试区,上海,上海,2020-01-01,ACTIVE");
        Account executive = Api.createAccount("EXECUTIVE", null);
        Account dealer = Api.createAccount("DEALER", "P0046");
        List<Map<String, Object>> defaults = List.of(tier("90", "1.00"), tier("80", "0.90"), tier("70", "0.75"),
                tier("60", "0.50"), tier("0", "0.00"));

        // every rule at once: each problem names its field
        Map<String, Object> wrong = policy("60", List.of(tier("90", "0.80"), tier("80", "0.90")), "试一下");
        wrong.put("missingPolicy", "SOMETIMES");
        wrong.put("jdpMinSample", -1);
        wrong.remove("cscMinResponses");
        wrong.put("socBonusAmount", "30000.005");
        wrong.put("csShare", "0");
        wrong.put("overallWeight", "1.5");
        Reply english = Api.putJson(path, "admin", adminPassword(), wrong, "en");
        assertEquals(400, english.status(), english.body());
        Map<String, String> en = details(english);
        assertEquals(java.util.Set.of("missingPolicy", "jdpMinSample", "cscMinResponses", "socBonusAmount", "csShare",
                "overallWeight", "payoutTiers[2].ratio"), en.keySet(), english.body());
        assertTrue(en.get("missingPolicy").contains("SOMETIMES"), english.body());
        assertTrue(en.get("jdpMinSample").contains("-1"), english.body());
        assertTrue(en.get("cscMinResponses").contains("required"), english.body());
        assertTrue(en.get("socBonusAmount").contains("30000.005") && en.get("socBonusAmount").contains("2"), english.body());
        assertTrue(en.get("overallWeight").contains("1.5"), english.body());
        assertTrue(en.get("payoutTiers[2].ratio").contains("Tier 2") && en.get("payoutTiers[2].ratio").contains("0.90"),
                english.body());
        Reply chinese = Api.putJson(path, "admin", adminPassword(), wrong, "zh-CN");
        assertEquals(400, chinese.status(), chinese.body());
        Map<String, String> zh = details(chinese);
        assertEquals(en.keySet(), zh.keySet());
        assertTrue(zh.get("payoutTiers[2].ratio").contains("第 2 档"), chinese.body());
        assertTrue(zh.get("cscMinResponses").contains("请填写"), chinese.body());

        Reply noTiers = Api.putJson(path, "admin", adminPassword(), policy("60", List.of(), "x"), "en");
        assertEquals(400, noTiers.status(), noTiers.body());
        assertEquals(List.of("payoutTiers"), fields(noTiers), noTiers.body());
        Reply empty = Api.putJson(path, "admin", adminPassword(), Map.of(), "en");
        assertEquals(400, empty.status(), empty.body());
        assertTrue(fields(empty).containsAll(List.of("reason", "missingPolicy", "minCoverage", "payoutTiers")),
                empty.body());

        // only an administrator changes; an unknown year is 404; a dealer does not even read
        Map<String, Object> valid = policy("60", defaults, "baseline");
        assertEquals(403, Api.putJson(path, executive.username(), executive.password(), valid).status());
        assertEquals(403, Api.putJson(path, dealer.username(), dealer.password(), valid).status());
        assertEquals(403, Api.get(path, dealer.username(), dealer.password()).status());
        String unknown = "/api/v1/years/" + TestYears.unknown() + "/policy";
        assertEquals(404, Api.putJson(unknown, "admin", adminPassword(), valid).status());
        assertEquals(404, Api.get(unknown, "admin", adminPassword()).status());

        // the same values again change and record nothing
        assertEquals(200, Api.putJson(path, "admin", adminPassword(), valid).status());
        String changes = "/api/v1/audit?subject=year:" + year + "&action=POLICY_CHANGED";
        int recorded = Api.get(changes, "admin", adminPassword()).json().size();
        Reply same = Api.putJson(path, "admin", adminPassword(), policy("60.00", defaults, "nothing new"));
        assertEquals(200, same.status(), same.body());
        assertEquals(recorded, Api.get(changes, "admin", adminPassword()).json().size(), "nothing recorded");
        Map<String, Object> moreBonuses = policy("60", defaults, "raised");
        moreBonuses.put("socBonusTopN", 12);
        Reply raised = Api.putJson(path, "admin", adminPassword(), moreBonuses);
        assertEquals(200, raised.status(), raised.body());
        JsonNode entries = Api.get(changes, "admin", adminPassword()).json();
        assertEquals(recorded + 1, entries.size(), entries.toString());
        assertEquals("socBonusTopN=10", entries.get(0).get("before").asText(), entries.toString());
        assertEquals("socBonusTopN=12", entries.get(0).get("after").asText(), entries.toString());
        assertEquals("raised", entries.get(0).get("reason").asText());
        assertEquals(200, Api.putJson(path, "admin", adminPassword(), valid).status(), "back to the defaults");
    }

    /** field → message of a 400's details. */
    /**
     * Finding of issue 12: {@code {"minCoverage": 1e999999999}} exhausted the heap, and a year of
     * 20 digits wrapped around to another int. Numbers are bounded before anything is done with
     * them: 400 naming the field, at once, and the server answers on.
     */
    @Test
    void numbersBeyondWhatTheirFieldsTakeAreRefusedBeforeAnyArithmetic() {
        int year = TestYears.fresh();
        assertEquals(201, Api.postJson("/api/v1/years", "admin", adminPassword(), Map.of("year", year)).status());
        String path = "/api/v1/years/" + year + "/policy";
        Map<String, Object> huge = policy("60", List.of(tier("0", "0.00")), "huge");
        huge.put("minCoverage", new java.math.BigDecimal("1e999999999"));
        long start = System.nanoTime();
        Reply refused = Api.putJson(path, "admin", adminPassword(), huge, "en");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(400, refused.status(), refused.body());
        Map<String, String> en = details(refused);
        assertEquals(java.util.Set.of("minCoverage"), en.keySet(), refused.body());
        assertTrue(en.get("minCoverage").contains("1E+999999999"), refused.body());
        assertTrue(seconds < 10, "refused at once, not after filling the heap: " + seconds + " s");
        Reply chinese = Api.putJson(path, "admin", adminPassword(), huge, "zh-CN");
        assertTrue(details(chinese).get("minCoverage").contains("不是该字段可接受的数字"), chinese.body());

        // a count that is not whole, and one beyond an int
        Map<String, Object> counts = policy("60", List.of(tier("0", "0.00")), "counts");
        counts.put("jdpMinSample", new java.math.BigDecimal("30.5"));
        Reply half = Api.putJson(path, "admin", adminPassword(), counts, "en");
        assertEquals(400, half.status(), half.body());
        assertEquals(java.util.Set.of("jdpMinSample"), details(half).keySet(), half.body());

        // 12345678901234567890 used to become the year -350287150
        for (Object wrong : List.of(new java.math.BigInteger("12345678901234567890"), new java.math.BigDecimal("2024.5"))) {
            Reply created = Api.postJson("/api/v1/years", "admin", adminPassword(), Map.of("year", wrong));
            assertEquals(400, created.status(), wrong + ": " + created.body());
            assertEquals(java.util.Set.of("year"), details(created).keySet(), created.body());
        }
        Reply years = Api.get("/api/v1/years", "admin", adminPassword());
        assertFalse(years.body().contains("-350287150"), years.body());
        assertEquals(200, Api.get(path, "admin", adminPassword()).status(), "the server answers on");
    }

    private static Map<String, String> details(Reply reply) {
        Map<String, String> details = new LinkedHashMap<>();
        reply.json().get("details").forEach(d -> details.put(d.get("field").asText(), d.get("message").asText()));
        return details;
    }
}
