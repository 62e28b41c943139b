package com.dealercs.it.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The year's life cycle (scoring.md §6) on a year of its own: approval only of an up-to-date
 * calculation, by executives and administrators; an approved year refuses imports and calculations;
 * publication shows dealers their own scorecard; only an administrator reopens, with a reason; and
 * every step is in the audit trail.
 */
class YearLifecycleIT extends DeployedApplication {

    private int year;
    private String base;

    @Test
    void aYearIsApprovedPublishedAndReopenedWithAnAuditTrail() {
        year = TestYears.fresh();
        base = "/api/v1/years/" + year;
        prepareTheYear();
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        Account executive = Api.createAccount("EXECUTIVE", null);
        Account dealer = Api.createAccount("DEALER", "L0001");

        // no calculation yet
        Reply uncalculated = post(base + "/approval", executive);
        assertEquals(409, uncalculated.status(), uncalculated.body());
        assertTrue(uncalculated.json().get("error").asText().contains("not been calculated"), uncalculated.body());

        // data changed after the calculation: refused until calculated again
        calculate(200);
        importVolumes(30);
        Reply outdated = post(base + "/approval", executive);
        assertEquals(409, outdated.status(), outdated.body());
        assertTrue(outdated.json().get("error").asText().contains("changed after its latest calculation"),
                outdated.body());
        calculate(200);

        // HQ staff do not approve
        assertEquals(403, post(base + "/approval", supervisor).status());
        assertEquals(403, post(base + "/publication", supervisor).status());

        // the executive approves: the year is frozen
        Reply approved = post(base + "/approval", executive);
        assertEquals(200, approved.status(), approved.body());
        assertEquals(year, approved.json().get("year").asInt());
        assertEquals("APPROVED", approved.json().get("state").asText());
        JsonNode refused = Api.importFile("volumes", "text/csv", volumes(40));
        assertEquals("FAILED", refused.get("status").asText(), refused.toString());
        assertTrue(refused.get("message").asText().contains("frozen"), refused.toString());
        assertEquals(30, TestDatabase.count("select v.units from purchase_volume v join evaluation_year y on "
                + "y.id = v.year_id join dealer d on d.id = v.dealer_id where y.eval_year = ? and d.dealer_code = 'L0001'",
                year), "the refused file changed nothing");
        Reply frozen = Api.postJson(base + "/calculation", "admin", adminPassword(), "");
        assertEquals(409, frozen.status(), frozen.body());
        assertEquals(409, post(base + "/approval", executive).status(), "approved already");
        assertEquals(403, Api.get(base + "/scorecards/L0001", dealer.username(), dealer.password()).status(),
                "not published yet");

        // publication: the dealer sees its own scorecard, and only its own
        Reply published = post(base + "/publication", executive);
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.json().get("state").asText());
        Reply own = Api.get(base + "/scorecards/L0001", dealer.username(), dealer.password());
        assertEquals(200, own.status(), own.body());
        assertEquals(30, own.json().get("rebate").get("units").asInt(), own.body());
        assertEquals(403, Api.get(base + "/scorecards/L0002", dealer.username(), dealer.password()).status());
        assertEquals(409, post(base + "/publication", executive).status(), "published already");

        // reopening: an administrator, with a reason
        Reply noReason = reopen("admin", adminPassword(), Map.of());
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.json().has("error"), noReason.body());
        Reply blankReason = reopen("admin", adminPassword(), Map.of("reason", "  "));
        assertEquals(400, blankReason.status(), blankReason.body());
        Reply byExecutive = reopen(executive.username(), executive.password(), Map.of("reason", "wrong volumes"));
        assertEquals(403, byExecutive.status(), byExecutive.body());
        Reply reopened = reopen("admin", adminPassword(), Map.of("reason", "L0002 的采购量有误"));
        assertEquals(200, reopened.status(), reopened.body());
        assertEquals("OPEN", reopened.json().get("state").asText());
        assertEquals(409, reopen("admin", adminPassword(), Map.of("reason", "again")).status(), "open already");
        assertEquals("COMPLETED", Api.importFile("volumes", "text/csv", volumes(50)).get("status").asText());

        // the audit trail, newest first
        Reply audit = Api.get("/api/v1/audit?subject=year:" + year, "admin", adminPassword());
        assertEquals(200, audit.status(), audit.body());
        List<String> actions = new ArrayList<>();
        List<JsonNode> entries = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        audit.json().forEach(e -> {
            if ("VALUE_CHANGED".equals(e.get("action").asText())) {
                changes.add(e.get("before").asText() + " → " + e.get("after").asText());   // each value an import changed
            } else {
                actions.add(e.get("action").asText());
                entries.add(e);
            }
        });
        assertEquals(List.of("IMPORTED", "YEAR_REOPENED", "YEAR_PUBLISHED", "YEAR_APPROVED", "CALCULATED",
                "IMPORTED", "CALCULATED"), actions.subList(0, 7), audit.body());
        assertTrue(changes.contains("L0001 units: 30 → L0001 units: 50"), changes.toString());
        JsonNode reopening = entries.get(1);
        assertEquals("admin", reopening.get("actor").asText());
        assertEquals("PUBLISHED", reopening.get("before").asText());
        assertEquals("OPEN", reopening.get("after").asText());
        assertEquals("L0002 的采购量有误", reopening.get("reason").asText());
        assertEquals("year:" + year, reopening.get("subject").asText());
        assertTrue(!reopening.get("at").asText().isBlank());
        JsonNode publication = entries.get(2);
        assertEquals(executive.username(), publication.get("actor").asText());
        assertEquals("APPROVED", publication.get("before").asText());
        assertEquals("PUBLISHED", publication.get("after").asText());
        JsonNode approval = entries.get(3);
        assertEquals(executive.username(), approval.get("actor").asText());
        assertEquals("OPEN", approval.get("before").asText());
        assertTrue(approval.get("after").asText().startsWith("APPROVED"), approval.toString());
        assertTrue(entries.get(4).get("after").asText().startsWith("run "), audit.body());
        assertTrue(entries.get(0).get("after").asText().contains("volumes"), audit.body());

        Reply byActor = Api.get("/api/v1/audit?actor=" + executive.username(), "admin", adminPassword());
        // the approval, the publication, and the reopening refused to the executive (a 403 is recorded too)
        List<String> executiveActions = new ArrayList<>();
        byActor.json().forEach(e -> executiveActions.add(e.get("action").asText()));
        assertEquals(List.of("ACCESS_DENIED", "YEAR_PUBLISHED", "YEAR_APPROVED"), executiveActions, byActor.body());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Reply byDates = Api.get("/api/v1/audit?subject=year:" + year + "&from=" + today + "&to=" + today,
                "admin", adminPassword());
        assertEquals(audit.json().size(), byDates.json().size(), byDates.body());
        Reply future = Api.get("/api/v1/audit?subject=year:" + year + "&from=2999-01-01", "admin", adminPassword());
        assertEquals("[]", future.body());
        assertEquals(400, Api.get("/api/v1/audit?from=yesterday", "admin", adminPassword()).status());
        assertEquals(403, Api.get("/api/v1/audit", executive.username(), executive.password()).status());
        assertEquals(403, Api.get("/api/v1/audit", supervisor.username(), supervisor.password()).status());
    }

    @Test
    void anUnknownYearCannotBeApproved() {
        Reply reply = Api.postJson("/api/v1/years/" + TestYears.unknown() + "/approval", "admin", adminPassword(), "");
        assertEquals(404, reply.status(), reply.body());
    }

    /** Dealers L0001 and L0002, and their volumes of the test's year (which comes into being with them). */
    private void prepareTheYear() {
        Imports.dealers("L0001,生命周期测试一店,生命周期测试区,四川,成都,2019-01-01,ACTIVE",
                "L0002,生命周期测试二店,生命周期测试区,四川,绵阳,2019-01-01,ACTIVE");
        importVolumes(20);
    }

    private void importVolumes(int units) {
        Imports.volumes(year, "L0001", units, "L0002", units + 1);
    }

    private byte[] volumes(int units) {
        return ("year,dealer_code,units\n" + year + ",L0001," + units + "\n" + year + ",L0002," + (units + 1) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void calculate(int status) {
        Reply reply = Api.postJson(base + "/calculation", "admin", adminPassword(), "");
        assertEquals(status, reply.status(), reply.body());
    }

    private static Reply post(String path, Account account) {
        return Api.postJson(path, account.username(), account.password(), "");
    }

    private Reply reopen(String username, String password, Map<String, ?> body) {
        return Api.postJson(base + "/reopening", username, password, body);
    }
}
