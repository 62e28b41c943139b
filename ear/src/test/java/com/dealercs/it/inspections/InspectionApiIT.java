package com.dealercs.it.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.Scorecards;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Inspections entered over the API (interfaces.md §2), every rule through HTTP: creating one, the
 * points of scoring.md §1.1 as results are saved, the conflict of two savers, submission's checks,
 * approval by another than the author, return and reopening with the corrections audited, the
 * locked year, what a dealer user may see, an import that meets an entered inspection, and that
 * only approved inspections count, exactly as imported ones do.
 *
 * <p>Its dealers are {@code IQ…}; each test works on inspection dates of its own in the class's
 * fresh year, or in a fresh year of its own (the calculation, the locked year).
 */
class InspectionApiIT extends DeployedApplication {

    private static final String BASE = "/api/v1/inspections";
    private static final String CS_MAP = "CS_MAP";
    private static final String SSI_MAP = "SSI_MAP";

    private static int year;
    private static Account author;
    private static Account approver;

    /** The class's year, its dealers IQ001–IQ006 and two HQ supervisors, made once. */
    private static synchronized int year() {
        if (year == 0) {
            Imports.dealers("IQ001,巡检接口测试一店,巡检接口测试区,四川,成都,2019-01-01,ACTIVE",
                    "IQ002,巡检接口测试二店,巡检接口测试区,四川,绵阳,2019-01-01,ACTIVE",
                    "IQ003,巡检接口测试三店,巡检接口测试区,四川,德阳,2019-01-01,ACTIVE",
                    "IQ004,巡检接口测试四店,巡检接口测试区,四川,乐山,2019-01-01,ACTIVE",
                    "IQ005,巡检接口测试五店,巡检接口测试区,四川,宜宾,2019-01-01,ACTIVE",
                    "IQ006,巡检接口测试六店,巡检接口测试区,四川,南充,2019-01-01,ACTIVE",
                    "IQ009,巡检接口测试关闭店,巡检接口测试区,四川,南充,2019-01-01,CLOSED");
            author = Api.createAccount("SUPERVISOR", null);
            approver = Api.createAccount("SUPERVISOR", null);
            int fresh = TestYears.fresh();
            Imports.volumes(fresh, "IQ001", 10);
            year = fresh;
        }
        return year;
    }

    // ------------------------------------------------------------------ creating

    @Test
    void aSupervisorStartsADraftAndTheSameKeyTwiceIsAConflict() {
        int y = year();
        Reply created = create(author, "IQ001", y, 1, CS_MAP, y + "-01-10", "王敏");

        assertEquals(201, created.status(), created.body());
        JsonNode view = created.json();
        long id = view.get("id").asLong();
        assertEquals(DeployedApplication.baseUrl() + BASE + "/" + id,
                created.headers().firstValue("Location").orElse(null));
        assertEquals("IQ001", view.get("dealerCode").asText());
        assertEquals(y, view.get("year").asInt());
        assertEquals(1, view.get("quarter").asInt());
        assertEquals(CS_MAP, view.get("map").asText());
        assertEquals(y + "-01-10", view.get("inspectionDate").asText());
        assertEquals("王敏", view.get("inspector").asText());
        assertEquals("DRAFT", view.get("status").asText());
        assertEquals("ENTERED", view.get("source").asText());
        assertEquals(author.username(), view.get("author").asText());
        assertTrue(view.get("version").isIntegralNumber(), view.toString());
        assertTrue(view.get("points").isNull(), "no points while nothing is answered: " + view);
        assertEquals(29, view.get("unanswered").asInt(), "the CS-MAP checklist has 29 checkpoints");
        assertEquals(List.of("CS-HW", "CS-STAFF", "CS-PROC", "CS-QUAL"), itemCodes(view));
        JsonNode first = view.get("items").get(0).get("checkpoints").get(0);
        assertEquals("CS-HW-01", first.get("code").asText());
        assertEquals("Service reception desk", first.get("name").asText(), "names follow Accept-Language (en)");
        assertTrue(first.get("result").isNull());

        Reply read = Api.get(BASE + "/" + id, author.username(), author.password(), "zh-CN");
        assertEquals(200, read.status(), read.body());
        assertEquals("前台", read.json().get("items").get(0).get("checkpoints").get(0).get("name").asText());
        assertEquals(view.get("version").asLong(), read.json().get("version").asLong());

        Reply again = create(approver, "IQ001", y, 2, CS_MAP, y + "-01-10", "李娜");
        assertEquals(409, again.status(), again.body());
        Api.assertJsonError(again);
        assertTrue(again.json().get("error").asText().contains("IQ001"), again.body());
        Reply otherMap = create(author, "IQ001", y, 1, SSI_MAP, y + "-01-10", "王敏");
        assertEquals(201, otherMap.status(), "the SSI-MAP of the same day is another inspection: " + otherMap.body());
    }

    @Test
    void aWrongNewInspectionIsRefusedFieldByField() {
        int y = year();
        Map<String, Object> wrong = new LinkedHashMap<>();
        wrong.put("dealerCode", "IQ001");
        wrong.put("year", y);
        wrong.put("quarter", 5);
        wrong.put("map", "XX_MAP");
        wrong.put("inspectionDate", (y + 1) + "-01-01");
        wrong.put("inspector", " ");
        Reply reply = Api.postJson(BASE, author.username(), author.password(), wrong);

        assertEquals(400, reply.status(), reply.body());
        Api.assertJsonError(reply);
        assertEquals(Set.of("quarter", "map", "inspectionDate", "inspector"), fields(reply), reply.body());

        assertEquals(Set.of("dealerCode"), fields(create(author, "IQ999", y, 1, CS_MAP, y + "-01-11", "王敏")));
        assertEquals(Set.of("dealerCode"), fields(create(author, "IQ009", y, 1, CS_MAP, y + "-01-11", "王敏")),
                "a closed dealer gets no new inspection");
        assertEquals(Set.of("inspectionDate"), fields(create(author, "IQ001", y, 1, CS_MAP, "11 Jan", "王敏")));
        Reply empty = Api.postJson(BASE, author.username(), author.password(), "{}");
        assertEquals(400, empty.status(), empty.body());
        assertEquals(Set.of("dealerCode", "year", "quarter", "map", "inspectionDate", "inspector"), fields(empty));
        Reply notJson = Api.postJson(BASE, author.username(), author.password(), "{\"year\": ");
        assertEquals(400, notJson.status(), notJson.body());
        Api.assertJsonError(notJson);
    }

    @Test
    void onlyHqStaffAndAdministratorsEnterInspectionsAndExecutivesRead() {
        int y = year();
        Account executive = Api.createAccount("EXECUTIVE", null);
        Account dealer = Api.createAccount("DEALER", "IQ001");

        assertEquals(403, create(executive, "IQ001", y, 1, CS_MAP, y + "-01-12", "王敏").status());
        assertEquals(403, create(dealer, "IQ001", y, 1, CS_MAP, y + "-01-12", "王敏").status());
        Reply byAdmin = create(Api.admin(), "IQ001", y, 1, CS_MAP, y + "-01-12", "王敏");
        assertEquals(201, byAdmin.status(), byAdmin.body());
        long id = byAdmin.json().get("id").asLong();

        Reply list = Api.get(BASE + "?year=" + y + "&dealerCode=IQ001", executive.username(), executive.password());
        assertEquals(200, list.status(), list.body());
        assertTrue(ids(list.json()).contains(id), list.body());
        assertFalse(list.json().get(0).has("items"), "a list entry has every field but items: " + list.body());
        assertEquals(200, Api.get(BASE + "/" + id, executive.username(), executive.password()).status());
        assertEquals(403, save(executive, id, byAdmin.json().get("version").asLong(),
                result("CS-HW-01", "PASS", null)).status());
        assertEquals(403, Api.postJson(BASE + "/" + id + "/submission", executive.username(), executive.password(), "")
                .status());
        assertEquals(403, Api.get(BASE + "/awaiting-approval", executive.username(), executive.password()).status());
        assertEquals(403, Api.get(BASE + "/to-do?year=" + y + "&quarter=1", dealer.username(), dealer.password())
                .status());
        assertEquals(401, Api.get(BASE, null, null).status());
        assertEquals(404, Api.get(BASE + "/999999999", "admin", adminPassword()).status());
        Reply badQuarter = Api.get(BASE + "?quarter=first", "admin", adminPassword());
        assertEquals(400, badQuarter.status(), badQuarter.body());
        assertEquals(Set.of("quarter"), fields(badQuarter));
        assertEquals(400, Api.get(BASE + "?status=DONE", "admin", adminPassword()).status());
        assertEquals(400, Api.get(BASE + "?map=X", "admin", adminPassword()).status());
    }

    // ------------------------------------------------------------------ results and points

    @Test
    void savedResultsGiveThePointsOfTheRuleAndANewVersion() {
        int y = year();
        JsonNode draft = created(author, "IQ002", y, 1, CS_MAP, y + "-02-03");
        long id = draft.get("id").asLong();

        // CS-HW (max 3): 2 PASS, 1 FAIL → earned 3 × 2/3 = 2, possible 3, points 15 × 2 / 3 = 10
        Reply first = save(author, id, draft.get("version").asLong(), result("CS-HW-01", "PASS", null),
                result("CS-HW-02", "PASS", null), result("CS-HW-03", "FAIL", "前台无人"));
        assertEquals(200, first.status(), first.body());
        JsonNode saved = Scorecards.parse(first.body());
        assertDecimal("2", saved.get("points").get("earned"));
        assertDecimal("3", saved.get("points").get("possible"));
        assertDecimal("10.00", saved.get("points").get("score"));
        assertTrue(first.body().contains("\"score\":10.00"), "two places for display: " + first.body());
        assertDecimal("2", saved.get("items").get(0).get("earned"));
        assertDecimal("3", saved.get("items").get(0).get("possible"));
        assertDecimal("0", saved.get("items").get(1).get("possible"), "an item without PASS or FAIL does not apply");
        assertEquals(26, saved.get("unanswered").asInt());
        assertTrue(saved.get("version").asLong() > draft.get("version").asLong(), "a save is a new version");
        assertEquals("前台无人", saved.get("items").get(0).get("checkpoints").get(2).get("comment").asText());
        assertEquals(author.username(), saved.get("savedBy").asText());

        // scoring.md §1.1's illustration: CS-HW 10 PASS 1 FAIL, CS-STAFF 3 PASS, CS-PROC 9 PASS 2 FAIL,
        // CS-QUAL all NA → earned 3 × 10/11 + 3 + 5 × 9/11 = 9.8181…, possible 11, points 13.3884… → 13.39
        Reply second = save(author, id, saved.get("version").asLong(), illustration().toArray(Map[]::new));
        assertEquals(200, second.status(), second.body());
        JsonNode points = Scorecards.parse(second.body()).get("points");
        assertDecimal("9.82", points.get("earned"));
        assertDecimal("11", points.get("possible"));
        assertDecimal("13.39", points.get("score"));
        JsonNode items = Scorecards.parse(second.body()).get("items");
        assertDecimal("2.73", items.get(0).get("earned"));
        assertDecimal("3", items.get(1).get("earned"));
        assertDecimal("4.09", items.get(2).get("earned"));
        assertDecimal("0", items.get(3).get("earned"));
        assertEquals(0, second.json().get("unanswered").asInt());

        // a result taken away (null) is unanswered again; a code not on the checklist changes nothing
        Reply cleared = save(author, id, second.json().get("version").asLong(), result("CS-QUAL-01", null, null));
        assertEquals(200, cleared.status(), cleared.body());
        assertEquals(1, cleared.json().get("unanswered").asInt());
        Reply unknown = save(author, id, cleared.json().get("version").asLong(), result("CS-HW-01", "FAIL", "x"),
                result("SSI-ENV-01", "PASS", null));
        assertEquals(400, unknown.status(), unknown.body());
        Api.assertJsonError(unknown);
        assertEquals(Set.of("results[1].checkpointCode"), fields(unknown));
        Reply badResult = save(author, id, cleared.json().get("version").asLong(), result("CS-HW-01", "GOOD", null));
        assertEquals(400, badResult.status(), badResult.body());
        assertEquals(Set.of("results[0].result"), fields(badResult));
        Reply noVersion = Api.putJson(BASE + "/" + id + "/results", author.username(), author.password(),
                Map.of("results", List.of()));
        assertEquals(400, noVersion.status(), noVersion.body());
        JsonNode now = read(author, id);
        assertEquals("PASS", checkpoint(now, "CS-HW-01").get("result").asText(), "a refused save changed nothing");
        assertEquals(cleared.json().get("version").asLong(), now.get("version").asLong());
    }

    @Test
    void theSecondOfTwoSaversGetsAConflictNamingWhatChangedAndTheFirstResultIsKept() {
        int y = year();
        JsonNode draft = created(author, "IQ002", y, 1, CS_MAP, y + "-02-10");
        long id = draft.get("id").asLong();
        long version = draft.get("version").asLong();

        Reply first = save(author, id, version, result("CS-HW-01", "PASS", null), result("CS-HW-02", "FAIL", "脏"));
        assertEquals(200, first.status(), first.body());
        Reply second = save(approver, id, version, result("CS-HW-01", "FAIL", "灯坏了"),
                result("CS-HW-02", "FAIL", "脏"), result("CS-HW-03", "PASS", null));

        assertEquals(409, second.status(), second.body());
        Api.assertJsonError(second);
        String error = second.json().get("error").asText();
        assertTrue(error.contains(author.username()), "names who saved meanwhile: " + error);
        assertTrue(error.contains("version " + first.json().get("version").asLong()), error);
        // CS-HW-01 now differs from what the second saver sent; CS-HW-02 is the same; CS-HW-03 was never saved
        List<String> details = new ArrayList<>();
        second.json().get("details").forEach(d -> details.add(d.get("field").asText() + ": "
                + d.get("message").asText()));
        assertEquals(List.of("CS-HW-01: CS-HW-01 now holds PASS ", "CS-HW-03: CS-HW-03 now holds — "), details,
                second.body());

        JsonNode kept = read(author, id);
        assertEquals("PASS", checkpoint(kept, "CS-HW-01").get("result").asText(), "the first saver's result is kept");
        assertTrue(checkpoint(kept, "CS-HW-03").get("result").isNull());
        assertEquals(first.json().get("version").asLong(), kept.get("version").asLong());

        Reply retried = save(approver, id, kept.get("version").asLong(), result("CS-HW-03", "PASS", null));
        assertEquals(200, retried.status(), "with the current version it saves: " + retried.body());
        assertEquals(approver.username(), retried.json().get("savedBy").asText());
    }

    // ------------------------------------------------------------------ the workflow

    @Test
    void aDraftIsSubmittedOnlyCompleteWithCommentedFailsAndSomethingApplicable() {
        int y = year();
        JsonNode draft = created(author, "IQ003", y, 1, CS_MAP, y + "-03-03");
        long id = draft.get("id").asLong();
        List<Map<String, Object>> all = illustration();
        List<Map<String, Object>> allButTwo = all.subList(0, all.size() - 2);
        JsonNode partly = ok(save(author, id, draft.get("version").asLong(), allButTwo.toArray(Map[]::new)));

        Reply unanswered = submit(author, id);
        assertEquals(400, unanswered.status(), unanswered.body());
        Api.assertJsonError(unanswered);
        assertEquals(Set.of("CS-QUAL-03", "CS-QUAL-04"), fields(unanswered));

        JsonNode complete = ok(save(author, id, partly.get("version").asLong(), result("CS-QUAL-03", "NA", null),
                result("CS-QUAL-04", "NA", null), result("CS-HW-11", "FAIL", " ")));
        Reply uncommented = submit(author, id);
        assertEquals(400, uncommented.status(), uncommented.body());
        assertEquals(Set.of("CS-HW-11"), fields(uncommented));
        assertTrue(uncommented.json().get("details").get(0).get("message").asText().contains("comment"),
                uncommented.body());

        ok(save(author, id, complete.get("version").asLong(), result("CS-HW-11", "FAIL", "投影仪坏了")));
        Reply submitted = submit(author, id);
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().get("status").asText());
        Reply changeAfter = save(author, id, submitted.json().get("version").asLong(), result("CS-HW-01", "FAIL", "x"));
        assertEquals(409, changeAfter.status(), "only a draft changes: " + changeAfter.body());
        assertEquals(409, submit(author, id).status(), "submitted already");

        // every checkpoint NA: nothing to score
        JsonNode na = created(author, "IQ003", y, 1, CS_MAP, y + "-03-04");
        List<Map<String, Object>> allNa = new ArrayList<>();
        for (String code : checkpointCodes(na)) {
            allNa.add(result(code, "NA", null));
        }
        JsonNode saved = ok(save(author, na.get("id").asLong(), na.get("version").asLong(),
                allNa.toArray(Map[]::new)));
        assertTrue(saved.get("points").isNull(), saved.toString());
        Reply nothing = submit(author, na.get("id").asLong());
        assertEquals(400, nothing.status(), nothing.body());
        assertEquals(Set.of("results"), fields(nothing));
        assertTrue(nothing.json().get("details").get(0).get("message").asText().contains("N/A"), nothing.body());
    }

    @Test
    void theAuthorNeverApprovesAnotherDoesAndAReturnKeepsItsReason() {
        int y = year();
        long id = submitted(author, "IQ004", y, 2, y + "-04-03");

        Reply own = approve(author, id);
        assertEquals(403, own.status(), own.body());
        Api.assertJsonError(own);
        assertEquals(403, returnIt(author, id, "自己退回").status(), "nor returns it to themselves");
        assertEquals("SUBMITTED", read(approver, id).get("status").asText());

        Reply awaiting = Api.get(BASE + "/awaiting-approval", approver.username(), approver.password());
        assertEquals(200, awaiting.status(), awaiting.body());
        assertTrue(ids(awaiting.json()).contains(id), awaiting.body());
        Reply mine = Api.get(BASE + "/awaiting-approval", author.username(), author.password());
        assertFalse(ids(mine.json()).contains(id), "the author's own is not waiting for the author: " + mine.body());

        Reply noReason = returnIt(approver, id, " ");
        assertEquals(400, noReason.status(), noReason.body());
        Reply returned = returnIt(approver, id, "CS-HW-11 的说明不清楚");
        assertEquals(200, returned.status(), returned.body());
        assertEquals("DRAFT", returned.json().get("status").asText());
        assertEquals("CS-HW-11 的说明不清楚", returned.json().get("returnReason").asText());
        assertEquals(409, approve(approver, id).status(), "a draft is not approved");

        Reply again = submit(author, id);
        assertEquals(200, again.status(), again.body());
        Reply approved = approve(approver, id);
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().get("status").asText());
        assertEquals(approver.username(), approved.json().get("approvedBy").asText());
        assertFalse(approved.json().get("approvedAt").isNull());
        assertTrue(approved.json().get("returnReason").isNull(), "an approval clears the old return reason");
        assertEquals(409, approve(approver, id).status(), "approved already");
        assertEquals(409, save(author, id, approved.json().get("version").asLong(), result("CS-HW-01", "FAIL", "x"))
                .status(), "an approved inspection is read-only");
    }

    @Test
    void aReopenedInspectionIsCorrectedWithEachChangeAuditedBeforeAndAfter() {
        int y = year();
        long id = submitted(author, "IQ004", y, 2, y + "-05-06");
        ok(approve(approver, id));

        assertEquals(400, reopen(author, id, "").status(), "a reason is required");
        Reply reopened = reopen(author, id, "CS-HW-01 记错了");
        assertEquals(200, reopened.status(), reopened.body());
        assertEquals("DRAFT", reopened.json().get("status").asText());
        assertEquals("CS-HW-01 记错了", reopened.json().get("reopenReason").asText());
        assertEquals(409, reopen(author, id, "again").status(), "only an approved one is reopened");

        JsonNode corrected = ok(save(author, id, reopened.json().get("version").asLong(),
                result("CS-HW-01", "FAIL", "前台积灰"), result("CS-HW-02", "PASS", null)));
        assertEquals("FAIL", checkpoint(corrected, "CS-HW-01").get("result").asText());
        ok(submit(author, id));
        ok(approve(approver, id));

        Reply audit = Api.get("/api/v1/audit?subject=inspection:" + id, "admin", adminPassword());
        assertEquals(200, audit.status(), audit.body());
        List<String> actions = new ArrayList<>();
        List<JsonNode> corrections = new ArrayList<>();
        audit.json().forEach(e -> {
            actions.add(e.get("action").asText());
            if ("INSPECTION_CORRECTED".equals(e.get("action").asText())) {
                corrections.add(e);
            }
        });
        assertTrue(actions.containsAll(List.of("INSPECTION_CREATED", "INSPECTION_SUBMITTED", "INSPECTION_APPROVED",
                "INSPECTION_REOPENED", "INSPECTION_CORRECTED")), actions.toString());
        // CS-HW-02 was PASS already: only CS-HW-01 changed
        assertEquals(1, corrections.size(), audit.body());
        JsonNode correction = corrections.get(0);
        assertEquals("CS-HW-01=PASS", correction.get("before").asText());
        assertEquals("CS-HW-01=FAIL \"前台积灰\"", correction.get("after").asText());
        assertEquals("CS-HW-01 记错了", correction.get("reason").asText());
        assertEquals(author.username(), correction.get("actor").asText());
        assertEquals("inspection:" + id, correction.get("subject").asText());
    }

    // ------------------------------------------------------------------ what a dealer sees

    @Test
    void aDealerUserSeesItsOwnApprovedInspectionsOnlyNeverADraftNorAnotherDealers() {
        int y = year();
        Account dealer = Api.createAccount("DEALER", "IQ005");
        long draft = created(author, "IQ005", y, 3, CS_MAP, y + "-07-01").get("id").asLong();
        long submitted = submitted(author, "IQ005", y, 3, y + "-07-02");
        long approved = submitted(author, "IQ005", y, 3, y + "-07-03");
        ok(approve(approver, approved));
        long othersApproved = submitted(author, "IQ006", y, 3, y + "-07-03");
        ok(approve(approver, othersApproved));

        Reply own = Api.get(BASE + "?year=" + y, dealer.username(), dealer.password());
        assertEquals(200, own.status(), own.body());
        assertEquals(List.of(approved), ids(own.json()), own.body());
        assertTrue(own.json().get(0).get("author").isNull(), "no HQ user's name for the dealer: " + own.body());
        assertEquals("[]", Api.get(BASE + "?year=" + y + "&status=DRAFT", dealer.username(), dealer.password()).body());
        assertEquals("[]", Api.get(BASE + "?year=" + y + "&status=SUBMITTED", dealer.username(), dealer.password())
                .body());
        assertEquals("[]", Api.get(BASE + "?year=" + y + "&dealerCode=IQ006", dealer.username(), dealer.password())
                .body());
        assertEquals(List.of(approved), ids(Api.get(BASE + "?year=" + y + "&dealerCode=IQ005&status=APPROVED",
                dealer.username(), dealer.password()).json()));

        for (long forbidden : List.of(draft, submitted, othersApproved)) {
            Reply reply = Api.get(BASE + "/" + forbidden, dealer.username(), dealer.password());
            assertEquals(403, reply.status(), forbidden + ": " + reply.body());
            Api.assertJsonError(reply);
        }
        Reply mine = Api.get(BASE + "/" + approved, dealer.username(), dealer.password(), "zh-CN");
        assertEquals(200, mine.status(), mine.body());
        assertEquals("APPROVED", mine.json().get("status").asText());
        assertTrue(mine.json().get("author").isNull() && mine.json().get("approvedBy").isNull(), mine.body());
        assertEquals("投影仪坏了", checkpoint(mine.json(), "CS-HW-11").get("comment").asText(),
                "the dealer reads its failed checkpoints with their comments");

        // and none of the HQ users' doors open to it
        assertEquals(403, save(dealer, draft, 0, result("CS-HW-01", "PASS", null)).status());
        assertEquals(403, submit(dealer, draft).status());
        assertEquals(403, approve(dealer, submitted).status());
        assertEquals(403, reopen(dealer, approved, "x").status());
        assertEquals(403, Api.get(BASE + "/awaiting-approval", dealer.username(), dealer.password()).status());
    }

    @Test
    void theToDoListNamesTheDealersWithoutAnApprovedInspectionOfEachChecklist() {
        int y = year();
        long approvedCs = submitted(author, "IQ006", y, 4, y + "-10-02");
        ok(approve(approver, approvedCs));
        long draftSsi = created(author, "IQ006", y, 4, SSI_MAP, y + "-10-03").get("id").asLong();

        Reply toDo = Api.get(BASE + "/to-do?year=" + y + "&quarter=4", approver.username(), approver.password());
        assertEquals(200, toDo.status(), toDo.body());
        Map<String, JsonNode> byDealer = new HashMap<>();
        toDo.json().forEach(d -> byDealer.put(d.get("dealerCode").asText(), d));
        JsonNode iq006 = byDealer.get("IQ006");
        assertEquals(List.of(SSI_MAP), texts(iq006.get("missingMaps")), toDo.body());
        assertEquals(List.of(draftSsi), ids(iq006.get("underWay")));
        assertEquals(List.of(SSI_MAP, CS_MAP), texts(byDealer.get("IQ003").get("missingMaps")));
        assertFalse(byDealer.containsKey("IQ009"), "a closed dealer is not to do");
        assertEquals(400, Api.get(BASE + "/to-do?year=" + y, "admin", adminPassword()).status());
        assertEquals(400, Api.get(BASE + "/to-do?year=" + y + "&quarter=5", "admin", adminPassword()).status());
    }

    // ------------------------------------------------------------------ imports

    @Test
    void anImportNeverOverwritesAnEnteredInspection() {
        int y = year();
        JsonNode entered = created(author, "IQ001", y, 2, CS_MAP, y + "-06-01");
        long id = entered.get("id").asLong();
        JsonNode saved = ok(save(author, id, entered.get("version").asLong(), result("CS-HW-01", "PASS", null)));

        StringBuilder csv = new StringBuilder("year,quarter,dealer_code,map,inspection_date,inspector,checkpoint_code,"
                + "result,comment\n");
        csv.append(y).append(",2,IQ001,CS_MAP,").append(y).append("-06-01,导入者,CS-HW-01,FAIL,导入的\n");
        for (String code : checkpointCodes(entered)) {
            csv.append(y).append(",2,IQ002,CS_MAP,").append(y).append("-06-01,导入者,").append(code).append(",PASS,\n");
        }
        JsonNode result = Imports.completed("inspections", csv.toString());

        assertEquals(1, result.get("rejected").asInt(), result.toString());
        JsonNode error = result.get("errors").get(0);
        assertEquals(2, error.get("line").asInt(), result.toString());
        assertTrue(error.get("message").asText().contains("entered"), result.toString());
        assertTrue(error.get("message").asText().contains("IQ001"), result.toString());
        JsonNode after = read(author, id);
        assertEquals("DRAFT", after.get("status").asText());
        assertEquals("ENTERED", after.get("source").asText());
        assertEquals("PASS", checkpoint(after, "CS-HW-01").get("result").asText(), "untouched by the import");
        assertEquals(saved.get("version").asLong(), after.get("version").asLong());
        assertEquals("王敏", after.get("inspector").asText());

        // the other dealer's inspection of the file came in, approved, as IMPORTED, and is not reopened
        Reply imported = Api.get(BASE + "?year=" + y + "&dealerCode=IQ002&quarter=2", "admin", adminPassword());
        JsonNode importedOne = null;
        for (JsonNode i : imported.json()) {
            if ((y + "-06-01").equals(i.get("inspectionDate").asText())) {
                importedOne = i;
            }
        }
        assertTrue(importedOne != null, imported.body());
        assertEquals("IMPORTED", importedOne.get("source").asText());
        assertEquals("APPROVED", importedOne.get("status").asText());
        assertTrue(importedOne.get("author").isNull());
        assertEquals(409, reopen(author, importedOne.get("id").asLong(), "x").status(),
                "an imported inspection is corrected by importing it again");
        Reply clash = create(author, "IQ002", y, 2, CS_MAP, y + "-06-01", "王敏");
        assertEquals(409, clash.status(), "nor is an imported one entered over: " + clash.body());
    }

    // ------------------------------------------------------------------ the locked year

    @Test
    void anApprovedYearRefusesNewInspectionsSavesAndApprovals() {
        int locked = TestYears.fresh();
        Imports.volumes(locked, "IQ001", 10, "IQ002", 10);
        JsonNode draft = created(author, "IQ001", locked, 1, CS_MAP, locked + "-01-20");
        long submitted = submitted(author, "IQ002", locked, 1, locked + "-01-21");
        Scorecards.calculate(locked);
        Reply approval = Api.postJson("/api/v1/years/" + locked + "/approval", "admin", adminPassword(), "");
        assertEquals(200, approval.status(), approval.body());

        Reply create = create(author, "IQ001", locked, 1, SSI_MAP, locked + "-01-22", "王敏");
        assertEquals(409, create.status(), create.body());
        Api.assertJsonError(create);
        assertTrue(create.json().get("error").asText().matches("(?s).*(is approved|已审批).*"), create.body());
        Reply save = save(author, draft.get("id").asLong(), draft.get("version").asLong(),
                result("CS-HW-01", "PASS", null));
        assertEquals(409, save.status(), save.body());
        assertTrue(save.json().get("error").asText().contains(String.valueOf(locked)), save.body());
        Reply approve = approve(approver, submitted);
        assertEquals(409, approve.status(), approve.body());
        assertEquals(409, returnIt(approver, submitted, "x").status());
        assertEquals(409, submit(author, draft.get("id").asLong()).status());
        assertEquals("SUBMITTED", read(approver, submitted).get("status").asText());
        assertTrue(checkpoint(read(author, draft.get("id").asLong()), "CS-HW-01").get("result").isNull());
    }

    // ------------------------------------------------------------------ scoring

    @Test
    void onlyApprovedInspectionsCountAndEnteredGivesTheSameScorecardAsImported() {
        int y = TestYears.fresh();
        // IQ001 gets its inspections entered, IQ002 the same imported; otherwise the same data, rated (coverage 60)
        Imports.volumes(y, "IQ001", 40, "IQ002", 40);
        Imports.completed("soc", "year,dealer_code,kind,visit_date,score\n" + y + ",IQ001,FINAL," + y + "-10-10,81.11\n"
                + y + ",IQ002,FINAL," + y + "-10-10,81.11\n");
        Imports.completed("crisis", "year,dealer_code,assessed_on,score\n" + y + ",IQ001," + y + "-03-18,6.89\n"
                + y + ",IQ002," + y + "-03-18,6.89\n");
        Imports.completed("training", "year,dealer_code,session_date,trainer,score\n" + y + ",IQ001," + y
                + "-09-03,TAS-吴,7.86\n" + y + ",IQ002," + y + "-09-03,TAS-吴,7.86\n");

        StringBuilder csv = new StringBuilder("year,quarter,dealer_code,map,inspection_date,inspector,checkpoint_code,"
                + "result,comment\n");
        List<Long> entered = new ArrayList<>();
        String[][] visits = {{"1", CS_MAP, "-02-14"}, {"1", SSI_MAP, "-02-15"}, {"3", CS_MAP, "-08-20"}};
        int seed = 0;
        for (String[] visit : visits) {
            int quarter = Integer.parseInt(visit[0]);
            String date = y + visit[2];
            JsonNode draft = created(author, "IQ001", y, quarter, visit[1], date);
            List<Map<String, Object>> results = varied(draft, seed++);
            ok(save(author, draft.get("id").asLong(), draft.get("version").asLong(), results.toArray(Map[]::new)));
            ok(submit(author, draft.get("id").asLong()));
            entered.add(draft.get("id").asLong());
            for (Map<String, Object> r : results) {
                csv.append(y).append(',').append(quarter).append(",IQ002,").append(visit[1]).append(',').append(date)
                        .append(",王敏,").append(r.get("checkpointCode")).append(',').append(r.get("result"))
                        .append(',').append(r.get("comment") == null ? "" : r.get("comment")).append('\n');
            }
        }
        JsonNode imported = Imports.completed("inspections", csv.toString());
        assertEquals(0, imported.get("rejected").asInt(), imported.toString());
        // and a draft of IQ001, all PASS, that never counts
        JsonNode draft = created(author, "IQ001", y, 2, CS_MAP, y + "-05-05");
        List<Map<String, Object>> allPass = new ArrayList<>();
        checkpointCodes(draft).forEach(code -> allPass.add(result(code, "PASS", null)));
        ok(save(author, draft.get("id").asLong(), draft.get("version").asLong(), allPass.toArray(Map[]::new)));

        // submitted ones and drafts do not count
        Scorecards.calculate(y);
        JsonNode before = Scorecards.one(y, "IQ001");
        assertTrue(before.get("components").get(SSI_MAP).isNull(), before.toString());
        assertTrue(before.get("components").get(CS_MAP).isNull(), before.toString());
        assertFalse(Scorecards.one(y, "IQ002").get("components").get(CS_MAP).isNull());

        // approved, they count exactly as the imported ones
        List<JsonNode> views = new ArrayList<>();
        for (long id : entered) {
            Reply approved = approve(approver, id);
            assertEquals(200, approved.status(), approved.body());
            views.add(Scorecards.parse(approved.body()));
        }
        Scorecards.calculate(y);
        JsonNode byEntry = Scorecards.one(y, "IQ001");
        JsonNode byImport = Scorecards.one(y, "IQ002");
        assertEquals(byImport.get("components"), byEntry.get("components"));
        assertTrue(byEntry.get("total").isNumber(), byEntry.toString());
        assertEquals("RATED", byEntry.get("status").asText(), byEntry.toString());
        assertEquals(byImport.get("total"), byEntry.get("total"));
        assertEquals(byImport.get("coverage"), byEntry.get("coverage"));
        assertEquals(byImport.get("rebate"), byEntry.get("rebate"));
        // one SSI-MAP inspection in the year: the component is its points; CS-MAP: the mean of two quarters
        assertDecimal(views.get(1).get("points").get("score").decimalValue().toPlainString(),
                byEntry.get("components").get(SSI_MAP));
        assertFalse(byEntry.get("components").get(CS_MAP).isNull());
    }

    // ------------------------------------------------------------------ helpers

    /** scoring.md §1.1's illustration on the CS-MAP checklist. */
    private static List<Map<String, Object>> illustration() {
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            results.add(i == 11 ? result(code("CS-HW", i), "FAIL", "投影仪坏了") : result(code("CS-HW", i), "PASS", null));
        }
        for (int i = 1; i <= 3; i++) {
            results.add(result(code("CS-STAFF", i), "PASS", null));
        }
        for (int i = 1; i <= 11; i++) {
            results.add(i >= 10 ? result(code("CS-PROC", i), "FAIL", "流程缺失 " + i)
                    : result(code("CS-PROC", i), "PASS", null));
        }
        for (int i = 1; i <= 4; i++) {
            results.add(result(code("CS-QUAL", i), "NA", null));
        }
        return results;
    }

    /** Every checkpoint of the draft's checklist marked by a pattern of its own: some FAIL, some NA, one item all NA. */
    private static List<Map<String, Object>> varied(JsonNode draft, int seed) {
        List<Map<String, Object>> results = new ArrayList<>();
        int itemNo = 0;
        for (JsonNode item : draft.get("items")) {
            int k = 0;
            boolean allNa = itemNo == 1;
            for (JsonNode c : item.get("checkpoints")) {
                String code = c.get("code").asText();
                int turn = (k + seed + itemNo) % 4;
                if (allNa || turn == 3) {
                    results.add(result(code, "NA", null));
                } else if (turn == 1) {
                    results.add(result(code, "FAIL", "未达标 " + code));
                } else {
                    results.add(result(code, "PASS", null));
                }
                k++;
            }
            itemNo++;
        }
        return results;
    }

    private static String code(String item, int i) {
        return item + "-" + (i < 10 ? "0" : "") + i;
    }

    private static Map<String, Object> result(String code, String result, String comment) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("checkpointCode", code);
        entry.put("result", result);
        entry.put("comment", comment);
        return entry;
    }

    private static Reply create(Account account, String dealerCode, int year, int quarter, String map, String date,
                                String inspector) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dealerCode", dealerCode);
        body.put("year", year);
        body.put("quarter", quarter);
        body.put("map", map);
        body.put("inspectionDate", date);
        body.put("inspector", inspector);
        return Api.postJson(BASE, account.username(), account.password(), body);
    }

    private static JsonNode created(Account account, String dealerCode, int year, int quarter, String map,
                                    String date) {
        Reply reply = create(account, dealerCode, year, quarter, map, date, "王敏");
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** A CS-MAP inspection as scoring.md's illustration, entered and submitted by the account. */
    private static long submitted(Account account, String dealerCode, int year, int quarter, String date) {
        JsonNode draft = created(account, dealerCode, year, quarter, CS_MAP, date);
        long id = draft.get("id").asLong();
        ok(save(account, id, draft.get("version").asLong(), illustration().toArray(Map[]::new)));
        ok(submit(account, id));
        return id;
    }

    @SafeVarargs
    private static Reply save(Account account, long id, long version, Map<String, Object>... results) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("results", List.of(results));
        return Api.putJson(BASE + "/" + id + "/results", account.username(), account.password(), body);
    }

    private static Reply submit(Account account, long id) {
        return Api.postJson(BASE + "/" + id + "/submission", account.username(), account.password(), "");
    }

    private static Reply approve(Account account, long id) {
        return Api.postJson(BASE + "/" + id + "/approval", account.username(), account.password(), "");
    }

    private static Reply returnIt(Account account, long id, String reason) {
        return Api.postJson(BASE + "/" + id + "/return", account.username(), account.password(),
                Map.of("reason", reason));
    }

    private static Reply reopen(Account account, long id, String reason) {
        return Api.postJson(BASE + "/" + id + "/reopening", account.username(), account.password(),
                Map.of("reason", reason));
    }

    private static JsonNode read(Account account, long id) {
        Reply reply = Api.get(BASE + "/" + id, account.username(), account.password());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonNode ok(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonNode checkpoint(JsonNode view, String code) {
        for (JsonNode item : view.get("items")) {
            for (JsonNode c : item.get("checkpoints")) {
                if (code.equals(c.get("code").asText())) {
                    return c;
                }
            }
        }
        throw new AssertionError("No checkpoint " + code + " in " + view);
    }

    private static List<String> checkpointCodes(JsonNode view) {
        List<String> codes = new ArrayList<>();
        view.get("items").forEach(item -> item.get("checkpoints").forEach(c -> codes.add(c.get("code").asText())));
        return codes;
    }

    private static List<String> itemCodes(JsonNode view) {
        List<String> codes = new ArrayList<>();
        view.get("items").forEach(item -> codes.add(item.get("itemCode").asText()));
        return codes;
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    /** The fields the error's details name. */
    private static Set<String> fields(Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        Set<String> fields = new TreeSet<>();
        reply.json().get("details").forEach(d -> fields.add(d.get("field").asText()));
        return new HashSet<>(fields);
    }

    private static void assertDecimal(String expected, JsonNode actual) {
        assertDecimal(expected, actual, "");
    }

    private static void assertDecimal(String expected, JsonNode actual, String message) {
        assertTrue(actual != null && actual.isNumber(), message + " not a number: " + actual);
        assertEquals(0, new BigDecimal(expected).compareTo(actual.decimalValue()),
                message + " expected " + expected + " but was " + actual);
    }
}
