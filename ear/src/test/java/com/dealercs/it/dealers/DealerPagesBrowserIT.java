package com.dealercs.it.dealers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.PortalBrowser;
import com.dealercs.it.support.Scorecards;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * HQ at work on the dealers, in a real browser at 1366 px: training scores, crisis-plan assessments
 * and rebate adjustments entered on their forms (a wrong value refused beside its field, a replaced
 * score asking why), found on the dealer's page and in the audit trail with who, before and after;
 * a dealer created, changed and closed; a locked year refusing every entry. (Who may open these
 * pages at all is checked over HTTP: security.PageAccessIT.)
 */
class DealerPagesBrowserIT extends DeployedApplication {

    @Test
    void hqEntersATrainingScoreACrisisAssessmentAndAnAdjustmentEachRefusalBesideItsField() throws IOException {
        int year = TestYears.fresh();
        createYear(year);
        Imports.dealers("E0001,录入测试一汽车销售服务有限公司,录入测试区,浙江,杭州,2018-06-01,ACTIVE");
        Imports.volumes(year, "E0001", 12);
        Scorecards.calculate(year);
        Account supervisor = Api.createAccount("SUPERVISOR", null);

        try (PortalBrowser browser = PortalBrowser.open()) {
            browser.signIn(supervisor);
            browser.get("/hq/entries.xhtml?dealer=E0001&year=" + year);
            browser.waitFor(By.id("trainingForm:save"));
            assertEquals("E0001", browser.driver.findElement(By.id("trainingForm:dealerCode")).getAttribute("value"));

            // a score above 10: refused beside the score, nothing else said against the other fields
            typeDate(browser, "trainingForm:sessionDate", year + "-03-01");
            browser.type("trainingForm:trainer", "王培训");
            browser.type("trainingForm:score", "10.5");
            browser.driver.findElement(By.id("trainingForm:save")).click();
            String beside = browser.patiently(30).until(d -> messageBeside(d.findElement(By.id("trainingForm:score"))));
            assertEquals("10.5 超出范围 0–10。", beside);
            assertEquals(1, browser.driver.findElements(By.cssSelector("[id='trainingForm'] .ui-message-error")).size(),
                    "only the score is wrong");
            browser.screenshot("entries-refused");

            browser.type("trainingForm:score", "8.5");
            browser.driver.findElement(By.id("trainingForm:save")).click();
            browser.waitForText(By.id("trainingForm:messages"), "已保存 E0001 " + year + "-03-01 的培训得分：8.50", 30);

            // the same day again with another score: a reason is asked for, beside its field
            browser.type("trainingForm:score", "9");
            typeDate(browser, "trainingForm:sessionDate", year + "-03-01");
            browser.driver.findElement(By.id("trainingForm:save")).click();
            String why = browser.patiently(30).until(d -> messageBeside(d.findElement(By.id("trainingForm:reason"))));
            assertEquals("将替换原有的 8.5：请填写原因。", why);
            browser.type("trainingForm:reason", "培训师复核更正");
            browser.driver.findElement(By.id("trainingForm:save")).click();
            browser.waitForText(By.id("trainingForm:messages"), "9.00（原为 8.50）", 30);

            typeDate(browser, "crisisForm:assessedOn", year + "-05-06");
            browser.type("crisisForm:score", "7");
            browser.driver.findElement(By.id("crisisForm:save")).click();
            browser.waitForText(By.id("crisisForm:messages"), "危机预案得分：7.00", 30);

            browser.type("adjustmentForm:amount", "-5000");
            browser.type("adjustmentForm:reason", "媒体负面报道");
            browser.driver.findElement(By.id("adjustmentForm:save")).click();
            browser.waitForText(By.id("adjustmentForm:messages"), "返利调整：-5000.00", 30);
            browser.screenshot("entries-saved");

            // the dealer's page shows them, and who changed what
            browser.get("/hq/dealer.xhtml?code=E0001&year=" + year);
            String training = browser.waitForText(By.id("dealerForm:trainingScores"), "9.00", 30);
            assertTrue(training.contains(year + "-03-01") && training.contains("王培训"), training);
            assertTrue(browser.text(By.id("dealerForm:crisisAssessments")).contains("7.00"));
            String adjustments = browser.text(By.id("dealerForm:adjustments"));
            assertTrue(adjustments.contains("-5,000.00") && adjustments.contains("媒体负面报道")
                    && adjustments.contains(supervisor.username()), adjustments);
            String history = browser.text(By.id("dealerForm:history"));
            // the trail's values and reasons in the page's words: no "training", no "entered on the portal"
            assertTrue(history.contains("E0001 驻店培训 " + year + "-03-01: 9 (王培训)")
                    && history.contains("E0001 驻店培训 " + year + "-03-01: 8.5 (王培训)")
                    && history.contains("门户录入：培训师复核更正"), history);
            assertFalse(history.contains("training") || history.contains("entered on the portal"), history);
            browser.scrollTo(By.id("dealerForm:trainingScores"));
            browser.screenshot("dealer-page");

            // in English: a refusal beside its field, then the dealer's page
            browser.get("/hq/entries.xhtml?dealer=E0001&year=" + year);
            browser.waitFor(By.id("crisisForm:save"));
            browser.switchToEnglish();
            browser.type("crisisForm:score", "7.125");
            typeDate(browser, "crisisForm:assessedOn", year + "-05-06");
            browser.driver.findElement(By.id("crisisForm:save")).click();
            assertEquals("7.125 has more than 2 decimals.", browser.patiently(30)
                    .until(d -> messageBeside(d.findElement(By.id("crisisForm:score")))));
            browser.screenshot("entries-en");
            browser.get("/hq/dealer.xhtml?code=E0001&year=" + year);
            String english = browser.waitForText(By.id("dealerForm:history"), "Value changed", 30);
            assertTrue(english.contains("Entered on the portal: 培训师复核更正"), english);
            browser.screenshot("dealer-page-en");
        }

        // the audit trail: who, before and after, why, as an import writes them; the year's data changed
        List<JsonNode> entries = audit(year);
        JsonNode replaced = entries.stream().filter(e -> "VALUE_CHANGED".equals(e.get("action").asText())
                && e.get("after").asText().contains(": 9 ")).findFirst().orElseThrow(() -> new AssertionError(entries));
        assertEquals(supervisor.username(), replaced.get("actor").asText());
        assertEquals("E0001 training " + year + "-03-01: 8.5 (王培训)", replaced.get("before").asText());
        assertEquals("entered on the portal: 培训师复核更正", replaced.get("reason").asText());
        JsonNode adjustment = entries.stream().filter(e -> "ADJUSTMENT_CHANGED".equals(e.get("action").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(entries));
        assertEquals("adjustment: E0001 -5000 媒体负面报道", adjustment.get("after").asText());
        assertEquals(4, entries.stream().filter(e -> List.of("VALUE_CHANGED", "ADJUSTMENT_CHANGED")
                .contains(e.get("action").asText())).count(), "training twice, crisis, adjustment: " + entries);
        Api.Reply outdated = Api.postJson("/api/v1/years/" + year + "/approval", "admin", adminPassword(), "");
        assertEquals(409, outdated.status(), "the entries changed the year's data after its calculation: "
                + outdated.body());
        assertTrue(outdated.json().get("error").asText().contains("changed after its latest calculation"),
                outdated.body());
    }

    @Test
    void hqCreatesChangesClosesAndReopensADealerEachStepAudited() throws IOException {
        int year = TestYears.fresh();
        createYear(year);
        Imports.dealers("K0001,网络测试一汽车销售服务有限公司,网络测试区,福建,厦门,2017-03-01,ACTIVE");
        String code = "KN" + year;
        Account supervisor = Api.createAccount("SUPERVISOR", null);

        try (PortalBrowser browser = PortalBrowser.open()) {
            browser.signIn(supervisor);
            browser.get("/hq/dealers.xhtml");
            browser.waitFor(By.id("dealersForm:dealers"));
            browser.screenshot("dealers");
            browser.driver.findElement(By.id("newDealer")).click();
            browser.waitFor(By.id("dealerForm:save"));

            // no name: refused beside the name
            browser.type("dealerForm:dealerCode", code.toLowerCase());
            browser.type("dealerForm:region_input", "网络测试区");
            browser.driver.findElement(By.id("dealerForm:region_input")).sendKeys(Keys.ESCAPE);
            browser.type("dealerForm:province", "福建");
            browser.type("dealerForm:city", "福州");
            typeDate(browser, "dealerForm:openedOn", "2021-09-15");
            browser.driver.findElement(By.id("dealerForm:save")).click();
            assertEquals("必须填写。", browser.patiently(30)
                    .until(d -> messageBeside(d.findElement(By.id("dealerForm:name")))));
            browser.screenshot("dealer-new-refused");

            browser.type("dealerForm:name", "网络测试新店汽车销售服务有限公司");
            browser.driver.findElement(By.id("dealerForm:save")).click();
            browser.waitForText(By.id("messages"), "经销商 " + code + " 已新建", 30);
            assertEquals(code, browser.text(By.id("dealerCode")));
            assertEquals("福州", browser.text(By.id("dealerCity")));

            // changed: another city, with a reason
            browser.driver.findElement(By.id("editDealer")).click();
            browser.waitFor(By.id("dealerForm:save"));
            assertEquals("true", browser.driver.findElement(By.id("dealerForm:dealerCode")).getAttribute("disabled"));
            browser.type("dealerForm:city", "泉州");
            browser.driver.findElement(By.id("dealerForm:save")).click();
            assertEquals("请填写原因。", browser.patiently(30)
                    .until(d -> messageBeside(d.findElement(By.id("dealerForm:reason")))));
            browser.type("dealerForm:reason", "迁址");
            browser.driver.findElement(By.id("dealerForm:save")).click();
            browser.waitForText(By.id("messages"), "经销商 " + code + " 已修改", 30);
            assertEquals("泉州", browser.text(By.id("dealerCity")));

            // closed: a reason again, then the dealer is CLOSED and its history says all three
            browser.driver.findElement(By.id("closeDealer")).click();
            browser.waitFor(By.id("closeForm:confirm")).click();
            assertEquals("请填写原因。", browser.patiently(30)
                    .until(d -> messageBeside(d.findElement(By.id("closeForm:reason")))));
            browser.screenshot("dealer-close");
            browser.type("closeForm:reason", "经营权转让");
            browser.driver.findElement(By.id("closeForm:confirm")).click();
            browser.waitForText(By.id("messages"), "经销商 " + code + " 已关闭", 30);
            assertEquals("已关闭", browser.text(By.id("dealerStatus")));
            assertTrue(browser.driver.findElements(By.id("closeDealer")).isEmpty(), "closed once");
            String history = browser.text(By.id("dealerForm:history"));
            assertTrue(history.contains("新建经销商") && history.contains("修改经销商") && history.contains("关闭经销商")
                    && history.contains("迁址") && history.contains("经营权转让"), history);
            assertTrue(history.contains(code + ": 网络测试新店汽车销售服务有限公司 网络测试区 福建 福州 2021-09-15 营业中")
                    && history.contains(code + ": 网络测试新店汽车销售服务有限公司 网络测试区 福建 泉州 2021-09-15 营业中"), history);
            assertFalse(history.contains("ACTIVE"), "the dealer's state in the page's words: " + history);
            browser.screenshot("dealer-closed");

            // closed by mistake: reopened with a reason, active again, the history says so
            browser.driver.findElement(By.id("reopenDealer")).click();
            browser.waitFor(By.id("reopenForm:confirm")).click();
            assertEquals("请填写原因。", browser.patiently(30)
                    .until(d -> messageBeside(d.findElement(By.id("reopenForm:reason")))));
            browser.type("reopenForm:reason", "误关闭");
            browser.driver.findElement(By.id("reopenForm:confirm")).click();
            browser.waitForText(By.id("messages"), "经销商 " + code + " 已重新启用", 30);
            assertEquals("营业中", browser.text(By.id("dealerStatus")));
            assertTrue(browser.driver.findElements(By.id("reopenDealer")).isEmpty(), "active once");
            String reopenedHistory = browser.text(By.id("dealerForm:history"));
            assertTrue(reopenedHistory.contains("重新启用经销商") && reopenedHistory.contains("误关闭"), reopenedHistory);
            // closed again for the list's filter below
            browser.driver.findElement(By.id("closeDealer")).click();
            browser.waitFor(By.id("closeForm:confirm"));
            browser.type("closeForm:reason", "经营权转让");
            browser.driver.findElement(By.id("closeForm:confirm")).click();
            browser.waitForText(By.id("messages"), "经销商 " + code + " 已关闭", 30);

            // the list: closed dealers of the region, searched by the new code
            browser.get("/hq/dealers.xhtml");
            browser.waitFor(By.id("dealersForm:dealers"));
            browser.choose("dealersForm:status", "已关闭");
            browser.type("dealersForm:text", code.toLowerCase());
            browser.driver.findElement(By.id("dealersForm:search")).click();
            browser.waitForText(By.id("dealersForm:dealerCount"), "1", 30);
            String table = browser.waitForText(By.id("dealersForm:dealers"), code, 30);
            assertFalse(table.contains("K0001"), table);
            browser.screenshot("dealers-filtered");
            browser.switchToEnglish();
            // the page comes back in English (a new view): the same filter again, so the closed dealer is on it
            browser.choose("dealersForm:status", "Closed");
            browser.type("dealersForm:text", code.toLowerCase());
            browser.driver.findElement(By.id("dealersForm:search")).click();
            browser.waitForText(By.id("dealersForm:dealers"), code, 30);
            browser.waitForText(By.id("dealersForm:dealers"), "Closed", 30);
            browser.screenshot("dealers-en");
        }

        List<JsonNode> trail = new ArrayList<>();
        Api.get("/api/v1/audit?subject=dealer:" + code, "admin", adminPassword()).json().forEach(trail::add);
        List<String> actions = new ArrayList<>();
        trail.forEach(e -> actions.add(e.get("action").asText()));
        assertEquals(List.of("DEALER_CLOSED", "DEALER_REOPENED", "DEALER_CLOSED", "DEALER_CHANGED", "DEALER_CREATED"),
                actions);
        assertEquals("误关闭", trail.get(1).get("reason").asText());
        assertEquals("CLOSED", trail.get(1).get("before").asText());
        assertEquals("ACTIVE", trail.get(1).get("after").asText());
        assertTrue(trail.stream().allMatch(e -> supervisor.username().equals(e.get("actor").asText())), trail.toString());
    }

    @Test
    void aLockedYearRefusesEveryEntryAndKeepsItsData() throws IOException {
        int year = TestYears.fresh();
        createYear(year);
        Imports.dealers("L0001,锁定测试一汽车销售服务有限公司,锁定测试区,湖北,武汉,2016-01-01,ACTIVE");
        Imports.volumes(year, "L0001", 30);
        assertEquals(200, Api.postJson("/api/v1/years/" + year + "/calculation", "admin", adminPassword(), "").status());
        assertEquals(200, Api.postJson("/api/v1/years/" + year + "/approval", "admin", adminPassword(), "").status());
        int entriesBefore = audit(year).size();

        try (PortalBrowser browser = PortalBrowser.open()) {
            browser.signIn(Api.admin());
            browser.get("/hq/entries.xhtml?dealer=L0001&year=" + year);
            browser.waitFor(By.id("trainingForm:save"));
            String locked = year + " 年度的状态为已审批：数据已冻结";

            typeDate(browser, "trainingForm:sessionDate", year + "-04-01");
            browser.type("trainingForm:trainer", "李培训");
            browser.type("trainingForm:score", "8");
            browser.driver.findElement(By.id("trainingForm:save")).click();
            browser.waitForText(By.id("trainingForm:messages"), locked, 30);

            typeDate(browser, "crisisForm:assessedOn", year + "-04-02");
            browser.type("crisisForm:score", "6");
            browser.driver.findElement(By.id("crisisForm:save")).click();
            browser.waitForText(By.id("crisisForm:messages"), locked, 30);

            browser.type("adjustmentForm:amount", "1000");
            browser.type("adjustmentForm:reason", "锁定年度的调整");
            browser.driver.findElement(By.id("adjustmentForm:save")).click();
            browser.waitForText(By.id("adjustmentForm:messages"), locked, 30);
            browser.screenshot("entries-locked-year");

            browser.get("/hq/dealer.xhtml?code=L0001&year=" + year);
            browser.waitFor(By.id("dealerForm:trainingScores"));
            assertFalse(browser.text(By.id("dealerForm:trainingScores")).contains("8.00"));
            assertFalse(browser.text(By.id("dealerForm:crisisAssessments")).contains("6.00"));
            assertFalse(browser.text(By.id("dealerForm:adjustments")).contains("1,000.00"));
            assertTrue(browser.text(By.id("dealerForm:scorecard")).contains("参评")
                    || browser.text(By.id("dealerForm:scorecard")).contains("未评"), "the approved run's scorecard");
            browser.screenshot("dealer-page-locked-year");
        }
        assertEquals(entriesBefore, audit(year).size(), "nothing entered, nothing audited");
        assertEquals("APPROVED", Scorecards.stateInDatabase(year));
    }

    private static void createYear(int year) {
        assertEquals(201, Api.postJson("/api/v1/years", "admin", adminPassword(), Map.of("year", year)).status());
    }

    private static List<JsonNode> audit(int year) {
        List<JsonNode> entries = new ArrayList<>();
        Api.get("/api/v1/audit?subject=year:" + year, "admin", adminPassword()).json().forEach(entries::add);
        return entries;
    }

    /** Types a date into a PrimeFaces date picker (its calendar opens by its button only, so none is in the way). */
    private static void typeDate(PortalBrowser browser, String id, String date) {
        browser.type(id + "_input", date);
        By calendar = By.id(id + "_panel");
        browser.patiently(10).until(d -> {
            List<WebElement> panels = d.findElements(calendar);
            if (panels.isEmpty() || !panels.get(0).isDisplayed()) {
                return true;
            }
            d.findElement(By.id(id + "_input")).sendKeys(Keys.ESCAPE);
            return false;
        });
    }

    /** The error message in the same field as the input, or null while there is none. */
    private static String messageBeside(WebElement input) {
        List<WebElement> messages = input.findElements(By.xpath(
                "./ancestor::div[contains(@class,'portal-field')][1]//*[contains(@class,'ui-message-error')]"));
        return messages.isEmpty() || messages.get(0).getText().isBlank() ? null : messages.get(0).getText();
    }
}
