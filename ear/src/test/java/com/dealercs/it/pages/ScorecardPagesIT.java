package com.dealercs.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.dealercs.it.support.Scorecards.list;
import static com.dealercs.it.support.Scorecards.one;
import static com.dealercs.it.support.Scorecards.stateInDatabase;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.PortalBrowser;
import com.dealercs.it.support.SampleYear;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The scorecard pages in a real browser, on years of their own: one is the sample year (its files
 * with the year rewritten), the other has volumes only. HQ staff calculate and read the ranking
 * (filter, numbers, one dealer's detail); an executive approves and publishes; a calculation of an
 * approved year is refused with a clear message; a dealer sees its own published scorecard with
 * ranks, rebate, quarters and failed checkpoints; an unpublished year says so. Screenshots in Chinese
 * and English land in cs.screenshots. (Who may open which page, and a dealer's page whatever the
 * address says, are checked over HTTP: security.PageAccessIT.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScorecardPagesIT extends DeployedApplication {

    /** The sample year's files as a year of this class's own; and one with volumes only. */
    private static int sampleYear;
    private static int openYear;
    private static final Pattern SCORE = Pattern.compile("—|-?[0-9]+\\.[0-9]{2}");
    private static final Pattern MONEY = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}");
    private static final String FORM = "scorecardsForm:";
    /**
     * Ranking columns (issue 11: code and name pinned first, the essentials next, the components on
     * demand): code, name, national rank, regional rank, total, status, rebate, region, coverage,
     * SOC bonus, 9 components (hidden until shown), assessment points, SOC improvement.
     */
    private static final int COL_CODE = 0;
    private static final int COL_NATIONAL_RANK = 2;
    private static final int COL_REGION = 7;
    private static final int COL_TOTAL = 4;
    private static final int COL_FIRST_COMPONENT = 10;
    private static final int COL_REBATE = 6;

    private PortalBrowser browser;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = PortalBrowser.open();
        prepareYears();
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        PortalBrowser.closeAfter(browser, "last-", test);
    }

    @Test
    @Order(1)
    void hqStaffCalculateTheYearAndReadTheRankingAndADealersDetail() {
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        browser.signIn(supervisor);
        browser.waitFor(By.id("openScorecards")).click();
        browser.waitFor(By.id("pageTitle"));
        assertTrue(browser.driver.getCurrentUrl().contains("/hq/scorecards.xhtml"), browser.driver.getCurrentUrl());

        browser.get("/hq/scorecards.xhtml?year=" + sampleYear);
        assertEquals("OPEN", state());
        browser.clickConfirmed(FORM + "calculate", FORM + "confirmYes");
        String done = browser.waitForText(By.id(FORM + "messages"), sampleYear + " 年度计算完成", 180);
        assertTrue(done.contains("参评"), done);
        assertEquals(supervisor.username(), browser.text(By.id("runBy")).strip());
        assertFalse(browser.text(By.id("runAt")).contains("尚未"), "the run's time is shown");

        List<JsonNode> api = list(sampleYear);
        List<WebElement> rows = rankingRows();
        assertEquals(Math.min(25, api.size()), rows.size(), "the first page of the ranking");
        List<WebElement> first = cells(rows.get(0));
        assertEquals("1", first.get(COL_NATIONAL_RANK).getText().strip());
        assertEquals(api.get(0).get("dealerCode").asText(), first.get(COL_CODE).getText().strip());
        for (WebElement row : rows) {
            assertNumbersWellFormed(cells(row));
        }
        browser.screenshot("scorecards-hq");
        browser.scrollTo(By.id(FORM + "ranking"));
        browser.screenshot("scorecards-hq-ranking");
        browser.scrollRight("[id='" + FORM + "ranking'] .ui-datatable-tablewrapper");
        browser.screenshot("scorecards-hq-ranking-right");

        // the ranking in Excel
        browser.scrollTo(By.id(FORM + "export"));
        browser.waitFor(By.id(FORM + "export")).click();
        String workbook = xlsxText(browser.awaitDownload(".xlsx", 60));
        for (JsonNode scorecard : api) {
            assertTrue(workbook.contains(scorecard.get("dealerCode").asText()), scorecard.get("dealerCode").asText());
        }
        assertTrue(workbook.contains("经销商代码") && workbook.contains("CS 返利（元）"), "headers in the workbook");

        // D0001 in its region: the filter, the row, the detail
        JsonNode d0001 = one(sampleYear, "D0001");
        String region = d0001.get("region").asText();
        browser.choose(FORM + "region", region);
        browser.patiently(20).until(d -> rankingRows().size() == api.stream()
                .filter(s -> s.get("region").asText().equals(region)).count());
        for (WebElement row : rankingRows()) {
            assertEquals(region, cells(row).get(COL_REGION).getText().strip());
        }
        WebElement row = rankingRow("D0001");
        assertEquals(score(d0001.get("total")), cells(row).get(COL_TOTAL).getText().strip());
        assertEquals(money(d0001.get("rebate").get("rebate")), cells(row).get(COL_REBATE).getText().strip());
        browser.screenshot("scorecards-hq-region");

        openDetail("D0001");
        assertDetail(d0001);
        browser.screenshot("scorecards-detail");
        browser.scrollTo(By.id("cardQuarters"));
        browser.screenshot("scorecards-detail-quarters");

        browser.driver.findElement(By.cssSelector("[id='" + FORM + "detailDialog'] .ui-dialog-titlebar-close")).click();
        browser.patiently(20).until(d -> d.findElements(By.id(FORM + "detailDialog")).isEmpty()
                || !d.findElement(By.id(FORM + "detailDialog")).isDisplayed());

        browser.switchToEnglish();
        browser.get("/hq/scorecards.xhtml?year=" + sampleYear);
        browser.waitForText(By.id("pageTitle"), "Scorecards", 20);
        assertTrue(browser.text(By.id(FORM + "ranking")).contains("National rank"));
        for (WebElement r : rankingRows()) {
            assertNumbersWellFormed(cells(r));
        }
        browser.screenshot("scorecards-hq-en");
        // in English the region has its English name, in the column as in the filter
        String englishRegion = browser.driver.findElements(By.cssSelector("[id='" + FORM + "region_input'] option"))
                .stream().filter(o -> region.equals(o.getAttribute("value"))).findFirst()
                .map(o -> o.getAttribute("textContent").strip()).orElse("");
        assertTrue(!englishRegion.isEmpty() && englishRegion.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN), "the region in English: " + englishRegion);
        browser.choose(FORM + "region", englishRegion);
        browser.patiently(20).until(d -> !rankingRows().isEmpty()
                && cells(rankingRows().get(0)).get(COL_REGION).getText().strip().equals(englishRegion));
        openDetail("D0001");
        assertDetail(d0001);
        assertTrue(browser.text(By.id(FORM + "detailDialog")).contains("Quarterly results"));
        browser.screenshot("scorecards-detail-en");
    }

    @Test
    @Order(2)
    void anExecutiveApprovesAndPublishesTheYear() {
        ensureCalculated(sampleYear);
        Account executive = Api.createAccount("EXECUTIVE", null);

        browser.signIn(executive);
        browser.waitFor(By.id("openScorecards")).click();
        browser.waitFor(By.id("pageTitle"));
        browser.get("/hq/scorecards.xhtml?year=" + sampleYear);
        assertEquals("OPEN", state());
        assertTrue(browser.driver.findElements(By.id(FORM + "calculate")).isEmpty(), "executives do not calculate");
        assertTrue(browser.driver.findElements(By.id(FORM + "reopen")).isEmpty(), "nor reopen");

        browser.clickConfirmed(FORM + "approve", FORM + "confirmYes");
        browser.patiently(60).until(d -> "APPROVED".equals(state()));
        assertTrue(browser.text(By.id(FORM + "messages")).contains("已审批"));
        browser.screenshot("scorecards-approved");

        browser.clickConfirmed(FORM + "publish", FORM + "confirmYes");
        browser.patiently(60).until(d -> "PUBLISHED".equals(state()));
        assertTrue(browser.text(By.id(FORM + "messages")).contains("已发布"));
        assertFalse(browser.waitFor(By.id(FORM + "publish")).isEnabled(), "published once");
        browser.screenshot("scorecards-published");
        assertEquals("PUBLISHED", stateInDatabase(sampleYear));
    }

    @Test
    @Order(3)
    void calculatingAYearApprovedMeanwhileIsRefusedWithAClearMessageAndReopeningNeedsAReason() {
        ensureOpenYear();
        Reply calculation = Api.postJson("/api/v1/years/" + openYear + "/calculation", "admin", adminPassword(), "");
        assertEquals(200, calculation.status(), calculation.body());
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        Account executive = Api.createAccount("EXECUTIVE", null);
        browser.signIn(supervisor);
        browser.get("/hq/scorecards.xhtml?year=" + openYear);
        assertEquals("OPEN", state());

        Reply approval = Api.postJson("/api/v1/years/" + openYear + "/approval", executive.username(),
                executive.password(), "");
        assertEquals(200, approval.status(), approval.body());
        browser.clickConfirmed(FORM + "calculate", FORM + "confirmYes");

        String refusal = browser.waitForText(By.id(FORM + "messages"), "冻结", 60);
        // the state in words, never its code (issue 11)
        assertTrue(refusal.contains(Integer.toString(openYear)) && refusal.contains("已审批") && !refusal.contains("APPROVED"),
                refusal);
        browser.patiently(20).until(d -> "APPROVED".equals(state()));
        assertFalse(browser.waitFor(By.id(FORM + "calculate")).isEnabled(), "no calculation of an approved year");
        browser.screenshot("scorecards-refused");

        // an administrator reopens it, with a reason
        browser.signIn(new Account("admin", adminPassword(), "ADMIN", null));
        browser.get("/hq/scorecards.xhtml?year=" + openYear);
        browser.waitFor(By.id(FORM + "reopen")).click();
        browser.waitFor(By.id(FORM + "reopenReason"));
        browser.clickConfirmed(FORM + "confirmReopen", FORM + "confirmYes");
        browser.waitForText(By.id(FORM + "messages"), "请填写重新开放该年度的原因", 30);
        assertEquals("APPROVED", state());
        browser.screenshot("scorecards-reopen-reason");
        browser.waitFor(By.id(FORM + "reopenReason")).sendKeys("客服中心回访数据需更正");
        browser.clickConfirmed(FORM + "confirmReopen", FORM + "confirmYes");
        browser.patiently(30).until(d -> "OPEN".equals(state()));
        assertEquals("OPEN", stateInDatabase(openYear));
    }

    @Test
    @Order(4)
    void aDealerSeesItsOwnPublishedScorecardWithFailedCheckpointsAndNothingElse() {
        ensurePublished(sampleYear);
        ensureOpenYear();
        JsonNode own = one(sampleYear, "D0001");
        List<JsonNode> all = list(sampleYear);
        long rated = all.stream().filter(s -> "RATED".equals(s.get("status").asText())).count();
        long ratedInRegion = all.stream().filter(s -> "RATED".equals(s.get("status").asText())
                && s.get("region").asText().equals(own.get("region").asText())).count();
        String otherName = one(sampleYear, "D0002").get("dealerName").asText();
        Account dealer = Api.createAccount("DEALER", "D0001");

        browser.signIn(dealer);
        browser.waitFor(By.id("openScorecard")).click();
        browser.waitFor(By.id("pageTitle"));
        assertTrue(browser.driver.getCurrentUrl().contains("/dealer/scorecard.xhtml"), browser.driver.getCurrentUrl());
        browser.get("/dealer/scorecard.xhtml?year=" + sampleYear);

        String identity = browser.text(By.id("myDealer"));
        assertTrue(identity.contains("D0001") && identity.contains(own.get("dealerName").asText()), identity);
        assertEquals(score(own.get("total")), browser.text(By.id("cardTotal")).strip());
        assertEquals(own.get("nationalRank").asInt() + " / " + rated, squeeze(browser.text(By.id("cardNationalRank"))));
        assertEquals(own.get("regionalRank").asInt() + " / " + ratedInRegion,
                squeeze(browser.text(By.id("cardRegionalRank"))));
        assertRebateAndQuarters(own);

        List<Map<String, Object>> failed = TestDatabase.rows("select c.checkpoint_code, c.name_zh, c.name_en"
                + " from checkpoint_result r join inspection i on i.id = r.inspection_id"
                + " join checkpoint c on c.id = r.checkpoint_id join dealer d on d.id = i.dealer_id"
                + " join evaluation_year y on y.id = i.year_id where y.eval_year = ? and d.dealer_code = 'D0001'"
                + " and r.result = 'FAIL' and i.status = 'APPROVED'"
                + " order by i.inspection_date, i.map, c.sort_order, c.checkpoint_code", sampleYear);
        assertFalse(failed.isEmpty(), "the sample's D0001 failed checkpoints");
        // every failed checkpoint once, under its checklist item in "what to fix first" (the page's only list of them)
        assertEquals(Integer.toString(failed.size()), browser.text(By.id("myForm:failedCount")).strip());
        List<WebElement> failures = browser.driver.findElements(By.cssSelector("#fixFirst li[data-code]"));
        assertEquals(failed.size(), failures.size());
        assertEquals(failed.stream().map(f -> (String) f.get("checkpoint_code")).sorted().toList(),
                failures.stream().map(f -> f.getAttribute("data-code")).sorted().toList());
        WebElement firstFailed = browser.driver.findElement(By.cssSelector(
                "#fixFirst li[data-code='" + failed.get(0).get("checkpoint_code") + "']"));
        assertTrue(firstFailed.getText().contains((String) failed.get(0).get("name_zh")), firstFailed.getText());
        for (WebElement failure : failures) {
            assertTrue(failure.getText().matches("(?s).*第 [1-4] 季度 · " + sampleYear + "-\\d\\d-\\d\\d.*"),
                    failure.getText());
        }
        browser.screenshot("dealer-scorecard");
        browser.scrollTo(By.id("cardQuarters"));
        browser.screenshot("dealer-scorecard-quarters");
        browser.scrollTo(By.id("fixFirst"));
        browser.screenshot("dealer-scorecard-failed");

        // HQ's pages: the 403 page, as a dealer sees it
        browser.get("/hq/scorecards.xhtml?year=" + sampleYear);
        browser.waitForText(By.tagName("body"), "无权访问", 20);
        assertFalse(browser.driver.getPageSource().contains(otherName));
        browser.screenshot("dealer-hq-forbidden");

        // a year not published yet
        browser.get("/dealer/scorecard.xhtml?year=" + openYear);
        String notPublished = browser.text(By.id("notPublished"));
        assertTrue(notPublished.contains(openYear + " 年度的评分卡尚未发布"), notPublished);
        assertTrue(browser.driver.findElements(By.id("myCard")).isEmpty());
        browser.screenshot("dealer-not-published");

        // in English
        browser.get("/dealer/scorecard.xhtml?year=" + sampleYear);
        browser.switchToEnglish();
        browser.get("/dealer/scorecard.xhtml?year=" + sampleYear);
        browser.waitForText(By.id("pageTitle"), "My scorecard", 20);
        assertEquals(score(own.get("total")), browser.text(By.id("cardTotal")).strip());
        String firstFailedEn = browser.driver.findElement(By.cssSelector(
                "#fixFirst li[data-code='" + failed.get(0).get("checkpoint_code") + "']")).getText();
        assertTrue(firstFailedEn.contains((String) failed.get(0).get("name_en")) && firstFailedEn.matches("(?s).*Q[1-4] · .*"),
                firstFailedEn);
        assertRebateAndQuarters(own);
        browser.screenshot("dealer-scorecard-en");
        browser.scrollTo(By.id("fixFirst"));
        browser.screenshot("dealer-scorecard-failed-en");
        browser.get("/dealer/scorecard.xhtml?year=" + openYear);
        assertTrue(browser.text(By.id("notPublished")).contains("has not been published yet"));
        browser.screenshot("dealer-not-published-en");
    }

    // ------------------------------------------------------------------ page helpers

    private String state() {
        return browser.patiently(30).until(d -> d.findElement(By.id("yearState")).getAttribute("data-state"));
    }

    private List<WebElement> rankingRows() {
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("[id='" + FORM + "ranking_data'] > tr"));
        return rows.stream().filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message")).toList();
    }

    private WebElement rankingRow(String dealerCode) {
        return browser.patiently(20).until(d -> d.findElement(By.xpath("//tbody[@id='" + FORM + "ranking_data']"
                + "/tr[td//a[normalize-space(text())='" + dealerCode + "']]")));
    }

    private static List<WebElement> cells(WebElement row) {
        return row.findElements(By.xpath("./td"));
    }

    private void openDetail(String dealerCode) {
        rankingRow(dealerCode).findElement(By.xpath(".//a")).click();
        browser.patiently(30).until(d -> d.findElement(By.id(FORM + "detailDialog")).isDisplayed()
                && d.findElement(By.id("cardTotal")).isDisplayed());
    }

    private void assertDetail(JsonNode scorecard) {
        assertEquals(score(scorecard.get("total")), browser.text(By.id("cardTotal")).strip());
        String national = squeeze(browser.text(By.id("cardNationalRank")));
        assertTrue(national.startsWith(scorecard.get("nationalRank").asInt() + " / "), national);
        assertRebateAndQuarters(scorecard);
    }

    private void assertRebateAndQuarters(JsonNode scorecard) {
        JsonNode rebate = scorecard.get("rebate");
        assertEquals(Integer.toString(rebate.get("units").asInt()), part("units").replace(",", ""));
        for (String amount : List.of("base", "cs", "socBonus", "adjustments", "rebate")) {
            assertEquals(money(rebate.get(amount)), part(amount), amount);
        }
        assertEquals(score(rebate.get("payoutRatio")), part("payoutRatio"));
        List<WebElement> quarters = browser.driver.findElements(By.cssSelector("#cardQuarters tbody tr"));
        assertEquals(4, quarters.size());
        for (int q = 0; q < 4; q++) {
            JsonNode quarter = scorecard.get("quarters").get(q);
            List<WebElement> cells = cells(quarters.get(q));
            assertEquals(score(quarter.get("total")), cells.get(5).getText().strip(), "Q" + (q + 1) + " total");
            assertEquals(score(quarter.get("components").get("SSI_MAP")), cells.get(1).getText().strip());
        }
        for (String component : List.of("SSI_MAP", "CS_MAP", "SOC_CENTRAL", "CRISIS")) {
            String shown = browser.driver.findElement(By.cssSelector("#cardComponents tr[data-component='" + component
                    + "'] td:last-child")).getText().strip();
            assertEquals(score(scorecard.get("components").get(component)), shown, component);
        }
    }

    private String part(String name) {
        return browser.driver.findElement(By.cssSelector("#cardRebate td[data-part='" + name + "']")).getText().strip();
    }

    private static void assertNumbersWellFormed(List<WebElement> cells) {
        for (int c = COL_FIRST_COMPONENT; c < COL_FIRST_COMPONENT + 9; c++) {
            // the components are hidden until the column toggler shows them: their text, shown or not
            String text = cells.get(c).getAttribute("textContent").strip();
            assertTrue(SCORE.matcher(text).matches(), "component " + c + ": " + text);
        }
        String total = cells.get(COL_TOTAL).getText().strip();
        assertTrue(SCORE.matcher(total).matches(), total);
        String rebate = cells.get(COL_REBATE).getText().strip();
        assertTrue(MONEY.matcher(rebate).matches(), "money with separators: " + rebate);
    }

    /** The text of every part of an XLSX file (shared strings, sheets): enough to find what it holds. */
    private static String xlsxText(Path file) {
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xml")) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new AssertionError("Not an XLSX file: " + file, e);
        }
        assertTrue(text.length() > 0, "an XLSX file: " + file);
        return text.toString();
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String score(JsonNode value) {
        return value == null || value.isNull() ? "—" : value.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String money(JsonNode value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value.decimalValue().setScale(2, RoundingMode.HALF_UP));
    }

    // ------------------------------------------------------------------ data

    /** The years of this class, once: the sample year's files as a fresh (leap) year's, and a fresh one. */
    private static synchronized void prepareYears() {
        if (sampleYear != 0) {
            return;
        }
        int sample = TestYears.freshLeapYear();
        SampleYear.importInto(sample);
        openYear = TestYears.fresh();
        sampleYear = sample;
    }

    private static void ensureOpenYear() {
        if (TestDatabase.count("select count(*) from evaluation_year where eval_year = ?", openYear) == 0) {
            Imports.volumes(openYear, "D0001", 10, "D0002", 20);
        }
    }

    private static void ensureCalculated(int year) {
        if (TestDatabase.count("select count(*) from calculation_run r join evaluation_year y on y.id = r.year_id"
                + " where y.eval_year = ?", year) == 0) {
            Reply reply = Api.postJson("/api/v1/years/" + year + "/calculation", "admin", adminPassword(), "");
            assertEquals(200, reply.status(), reply.body());
        }
    }

    private static void ensurePublished(int year) {
        ensureCalculated(year);
        if ("OPEN".equals(stateInDatabase(year))) {
            Reply approval = Api.postJson("/api/v1/years/" + year + "/approval", "admin", adminPassword(), "");
            assertEquals(200, approval.status(), approval.body());
        }
        if ("APPROVED".equals(stateInDatabase(year))) {
            Reply publication = Api.postJson("/api/v1/years/" + year + "/publication", "admin", adminPassword(), "");
            assertEquals(200, publication.status(), publication.body());
        }
        assertEquals("PUBLISHED", stateInDatabase(year));
    }
}
