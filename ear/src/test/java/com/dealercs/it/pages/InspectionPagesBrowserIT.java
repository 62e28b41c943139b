package com.dealercs.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.PortalBrowser;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Inspections entered in the browser (issue 10): a supervisor creates a CS-MAP inspection on the
 * work list, marks every checkpoint on the entry page (the points shown are those of scoring.md §1.1,
 * computed here from the marks and the year's checklist in the database), the autosave keeps the
 * marks across a reload, a failed checkpoint without a comment is refused beside it, the author sees
 * no approve button, another supervisor approves, and the dealer sees it at once on its own page
 * (390 px) and nothing of a draft or of another dealer. Two browsers saving one inspection: one clear
 * conflict message, and the other person's result kept. At 1366 px and at 768 px without sideways
 * scrolling; screenshots in Chinese and English.
 */
class InspectionPagesBrowserIT extends DeployedApplication {

    private static final String FIRST_DEALER = "IPB01";
    private static final String SECOND_DEALER = "IPB02";
    private static final String FIRST_NAME = "巡检页面测试一汽车销售服务有限公司";
    private static final String SECOND_NAME = "巡检页面测试二汽车销售服务有限公司";
    private static int year;

    @BeforeAll
    static void prepare() {
        year = TestYears.fresh();
        assertEquals(201, Api.postJson("/api/v1/years", "admin", adminPassword(), Map.of("year", year)).status());
        Imports.dealers(FIRST_DEALER + "," + FIRST_NAME + ",巡检页面测试区,浙江,杭州,2019-01-01,ACTIVE",
                SECOND_DEALER + "," + SECOND_NAME + ",巡检页面测试区,浙江,宁波,2019-01-01,ACTIVE");
    }

    @Test
    void aSupervisorEntersAFullCsMapInspectionAnotherApprovesItAndTheDealerSeesIt() throws IOException {
        Account author = Api.createAccount("SUPERVISOR", null);
        Account approver = Api.createAccount("SUPERVISOR", null);
        Account dealer = Api.createAccount("DEALER", FIRST_DEALER);
        Map<String, List<String>> checklist = checklist("CS_MAP");
        Map<String, BigDecimal> maxima = itemMaxima("CS_MAP");
        Map<String, String> marks = marks(checklist);
        List<String> failed = marks.entrySet().stream().filter(e -> "FAIL".equals(e.getValue())).map(Map.Entry::getKey).toList();
        assertTrue(failed.size() >= 2, "the test fails a few checkpoints: " + marks);
        long id;

        try (PortalBrowser browser = PortalBrowser.open()) {
            browser.signIn(author);
            browser.get("/hq/inspections.xhtml?year=" + year);
            browser.waitFor(By.id("listForm:tabs:inspections"));
            noSidewaysScroll(browser, "the work list at 1366 px");
            browser.screenshot("inspections-list");

            // a new inspection: a date outside the year is refused beside the date field
            fillNew(browser, FIRST_DEALER, 2, (year - 1) + "-05-14", "王敏");
            assertEquals(Integer.toString(year), browser.driver.findElement(By.id("newForm:year_input")).getAttribute("value"),
                    "the list's year");
            clickJs(browser, browser.waitFor(By.id("newForm:create")));
            String refusal = browser.waitForText(By.id("newForm:dateMessage"), Integer.toString(year), 30);
            assertTrue(refusal.contains((year - 1) + "-05-14"), refusal);
            browser.screenshot("inspections-new-refused");

            typeDate(browser, year + "-05-14");
            create(browser);
            id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertEquals("DRAFT", browser.waitFor(By.id("inspectionStatus")).getAttribute("data-status"));
            assertEquals(Integer.toString(total(checklist)), unanswered(browser), "nothing answered yet");
            assertEquals(List.copyOf(marks.keySet()), browser.driver.findElements(By.cssSelector(".insp-checkpoint"))
                    .stream().map(e -> e.getAttribute("data-code")).toList(), "every checkpoint of the checklist, in order");
            assertTrue(browser.text(By.id("inspectionDealer")).contains(FIRST_NAME));

            // the first item only: the points follow after the autosave
            String firstItem = checklist.keySet().iterator().next();
            for (String code : checklist.get(firstItem)) {
                mark(browser, code, marks.get(code));
            }
            awaitSaved(browser);
            Map<String, String> soFar = new LinkedHashMap<>();
            checklist.get(firstItem).forEach(code -> soFar.put(code, marks.get(code)));
            assertEquals(Integer.toString(total(checklist) - soFar.size()), unanswered(browser));
            assertPoints(browser, expectedScore(checklist, maxima, soFar));

            // every other checkpoint; comments on the failed ones but the last
            for (Map.Entry<String, String> entry : marks.entrySet()) {
                if (!soFar.containsKey(entry.getKey())) {
                    mark(browser, entry.getKey(), entry.getValue());
                }
            }
            for (String code : failed.subList(0, failed.size() - 1)) {
                comment(browser, code, "现场发现问题 " + code);
            }
            awaitSaved(browser);
            assertEquals("0", unanswered(browser));
            BigDecimal expected = expectedScore(checklist, maxima, marks);
            assertPoints(browser, expected);
            browser.scrollTo(By.cssSelector(".insp-checkpoint[data-code='" + failed.get(failed.size() - 1) + "']"));
            browser.screenshot("inspection-entry");

            // a reload shows what the autosave kept
            browser.driver.navigate().refresh();
            browser.waitFor(By.id("inspectionStatus"));
            for (Map.Entry<String, String> entry : marks.entrySet()) {
                assertEquals(entry.getValue(), result(browser, entry.getKey()),
                        "kept after a reload: " + entry.getKey());
            }
            assertEquals("现场发现问题 " + failed.get(0),
                    row(browser, failed.get(0)).findElement(By.cssSelector("textarea.insp-comment")).getAttribute("value"));
            assertPoints(browser, expected);

            // at 768 px (a tablet): no sideways scrolling, big buttons
            browser.driver.manage().window().setSize(new Dimension(768, 1024));
            browser.driver.navigate().refresh();
            browser.waitFor(By.id("inspectionStatus"));
            noSidewaysScroll(browser, "the entry page at 768 px");
            WebElement button = row(browser, failed.get(0)).findElement(By.cssSelector(".insp-mark[data-result='PASS']"));
            assertTrue(button.getSize().getHeight() >= 44 && button.getSize().getWidth() >= 44, "a touch target: " + button.getSize());
            browser.screenshot("inspection-entry-768");
            browser.get("/hq/inspections.xhtml?year=" + year);
            browser.waitFor(By.id("listForm:tabs:inspections"));
            noSidewaysScroll(browser, "the work list at 768 px");
            browser.screenshot("inspections-list-768");
            browser.driver.manage().window().setSize(new Dimension(1366, 900));

            // submitting: the failed checkpoint without a comment is refused beside it
            browser.get("/hq/inspection.xhtml?id=" + id);
            browser.waitFor(By.id("inspectionForm:submit")).click();
            String missing = failed.get(failed.size() - 1);
            String problem = browser.patiently(30).until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector(".insp-checkpoint[data-code='" + missing + "'] .insp-problem"));
                return found.isEmpty() ? null : found.get(0).getText();
            });
            assertTrue(problem.contains(missing), problem);
            assertEquals(1, browser.driver.findElements(By.cssSelector(".insp-problem")).size(), "only that checkpoint");
            assertEquals("DRAFT", browser.waitFor(By.id("inspectionStatus")).getAttribute("data-status"));
            browser.scrollTo(By.cssSelector(".insp-checkpoint[data-code='" + missing + "']"));
            browser.screenshot("inspection-submit-refused");

            comment(browser, missing, "灯箱损坏");
            browser.waitFor(By.id("inspectionForm:submit")).click();
            browser.patiently(30).until(d -> "SUBMITTED".equals(d.findElement(By.id("inspectionStatus")).getAttribute("data-status")));
            assertTrue(browser.driver.findElements(By.id("inspectionForm:approve")).isEmpty(), "the author is never offered approval");
            browser.waitFor(By.id("waitingForOther"));
            assertTrue(browser.driver.findElements(By.cssSelector(".insp-mark")).isEmpty(), "read-only once submitted");
            browser.screenshot("inspection-submitted-author");
            browser.switchToEnglish();
            browser.waitFor(By.id("inspectionStatus"));
            assertTrue(browser.driver.getCurrentUrl().contains("id=" + id), "the same inspection in English");
            browser.screenshot("inspection-submitted-author-en");

            // another supervisor finds it waiting for approval and approves it
            browser.signIn(approver);
            browser.get("/hq/inspections.xhtml?year=" + year);
            browser.waitFor(By.id("listForm:tabs")).findElement(By.xpath(".//a[contains(@href, 'awaitingTab')]")).click();
            browser.waitFor(By.cssSelector("[id='listForm:tabs:awaiting'] span[data-id='" + id + "']"));
            browser.screenshot("inspections-awaiting");
            browser.get("/hq/inspection.xhtml?id=" + id);
            assertPoints(browser, expected);
            browser.waitFor(By.id("inspectionForm:approve")).click();
            browser.patiently(30).until(d -> "APPROVED".equals(d.findElement(By.id("inspectionStatus")).getAttribute("data-status")));
            assertTrue(browser.text(By.id("inspectionApprovedBy")).contains(approver.username()));
            browser.waitFor(By.id("inspectionForm:reopen"));
            browser.screenshot("inspection-approved");

            // the dealer sees it at once, on a phone
            browser.signIn(dealer);
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.get("/dealer/inspections.xhtml?year=" + year);
            browser.waitFor(By.cssSelector("#dealerInspections li[data-id='" + id + "']"));
            noSidewaysScroll(browser, "the dealer's list at 390 px");
            browser.screenshot("inspection-dealer-list-390");
            browser.driver.findElement(By.cssSelector("#dealerInspections li[data-id='" + id + "'] a")).click();
            WebElement detail = browser.waitFor(By.id("inspectionDetail"));
            assertEquals(Long.toString(id), detail.getAttribute("data-id"));
            assertEquals(0, new BigDecimal(browser.waitFor(By.id("detailScore")).getAttribute("data-score")).compareTo(expected),
                    "the dealer sees the rule's points");
            List<String> shownFailed = browser.driver.findElements(By.cssSelector("#detailFailed li"))
                    .stream().map(e -> e.getAttribute("data-code")).toList();
            assertEquals(failed, shownFailed, "every failed checkpoint, in checklist order");
            assertTrue(browser.text(By.id("detailFailed")).contains("灯箱损坏"), "with its comment");
            noSidewaysScroll(browser, "the dealer's detail at 390 px");
            browser.screenshot("inspection-dealer-detail-390");
            browser.switchToEnglish();
            browser.waitFor(By.id("inspectionDetail"));
            noSidewaysScroll(browser, "the dealer's detail at 390 px in English");
            browser.screenshot("inspection-dealer-detail-390-en");

            // executives read the work list and the inspection, and change nothing
            Account executive = Api.createAccount("EXECUTIVE", null);
            browser.driver.manage().window().setSize(new Dimension(1366, 900));
            browser.signIn(executive);
            browser.get("/hq/inspections.xhtml?year=" + year);
            browser.waitFor(By.cssSelector("[id='listForm:tabs:inspections'] span[data-id='" + id + "']"));
            assertTrue(browser.driver.findElements(By.id("listForm:newInspection")).isEmpty(), "no new inspection for executives");
            browser.switchToEnglish();
            browser.waitFor(By.id("listForm:tabs:inspections"));
            browser.screenshot("inspections-list-en");
            browser.get("/hq/inspection.xhtml?id=" + id);
            browser.waitFor(By.id("inspectionStatus"));
            assertTrue(browser.driver.findElements(By.id("inspectionForm:reopen")).isEmpty()
                    && browser.driver.findElements(By.id("inspectionForm:approve")).isEmpty(), "executives only read");
            browser.screenshot("inspection-approved-en");
        }
    }

    @Test
    void twoBrowsersSavingOneInspectionGiveOneClearConflictAndLoseNothingOfTheOther() throws IOException {
        Account first = Api.createAccount("SUPERVISOR", null);
        Account second = Api.createAccount("SUPERVISOR", null);
        Account otherDealer = Api.createAccount("DEALER", FIRST_DEALER);
        Account ownDealer = Api.createAccount("DEALER", SECOND_DEALER);
        List<String> codes = checklist("CS_MAP").values().stream().flatMap(List::stream).toList();
        String one = codes.get(0);
        String two = codes.get(1);

        try (PortalBrowser a = PortalBrowser.open(); PortalBrowser b = PortalBrowser.open()) {
            for (PortalBrowser browser : List.of(a, b)) {
                browser.driver.manage().window().setSize(new Dimension(768, 1024));
            }
            a.signIn(first);
            a.get("/hq/inspections.xhtml?year=" + year);
            fillNew(a, SECOND_DEALER, 3, year + "-08-20", "李强");
            a.screenshot("inspections-new-768");
            create(a);
            long id = Long.parseLong(a.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            b.signIn(second);
            b.get("/hq/inspection.xhtml?id=" + id);
            b.waitFor(By.id("inspectionStatus"));

            // the first saves a PASS; the second, still on the version it read, a FAIL on the same checkpoint
            mark(a, one, "PASS");
            awaitSaved(a);
            mark(b, one, "FAIL");
            mark(b, two, "NA");
            WebElement conflict = b.waitFor(By.id("inspectionForm:conflict"));
            assertEquals(1, b.driver.findElements(By.cssSelector(".insp-conflict")).size(), "one message");
            assertTrue(conflict.getText().contains(one), "it names what changed: " + conflict.getText());
            assertTrue(conflict.getText().contains(first.username()), "and who saved: " + conflict.getText());
            assertFalse(conflict.getText().contains("UTC"), "on the page's clock: " + conflict.getText());
            b.patiently(30).until(d -> "PASS".equals(d.findElement(By.cssSelector(".insp-checkpoint[data-code='" + one + "']"))
                    .getAttribute("data-result")));
            assertTrue(row(b, one).findElement(By.cssSelector(".insp-yours")).getText().contains("不合格"),
                    "the second's own entry stays on screen beside it");
            assertEquals("failed", b.waitFor(By.id("saveState")).getAttribute("data-state"));
            noSidewaysScroll(b, "the conflict at 768 px");
            b.scrollTo(By.id("inspectionForm:conflict"));
            b.screenshot("inspection-conflict-768");

            // nothing of the first's result was lost
            a.driver.navigate().refresh();
            a.waitFor(By.id("inspectionStatus"));
            assertEquals("PASS", result(a, one));
            assertEquals("", result(a, two), "the refused save changed nothing");

            // the second goes on from the current version
            mark(b, two, "NA");
            awaitSaved(b);
            a.driver.navigate().refresh();
            a.waitFor(By.id("inspectionStatus"));
            assertEquals("PASS", result(a, one));
            assertEquals("NA", result(a, two));
            b.switchToEnglish();
            b.waitFor(By.id("inspectionStatus"));
            b.screenshot("inspection-entry-768-en");

            // a dealer never sees this draft: neither the dealer it concerns, nor another one
            for (Account dealer : List.of(ownDealer, otherDealer)) {
                a.signIn(dealer);
                a.driver.manage().window().setSize(new Dimension(390, 844));
                a.get("/dealer/inspections.xhtml?id=" + id);
                a.waitFor(By.id("dealerProblem"));
                assertTrue(a.driver.findElements(By.id("inspectionDetail")).isEmpty(), "no detail for " + dealer.dealerCode());
                assertFalse(a.driver.getPageSource().contains("李强"), "nothing of the draft for " + dealer.dealerCode());
                assertTrue(a.driver.findElements(By.cssSelector("#dealerInspections li[data-id='" + id + "']")).isEmpty());
                noSidewaysScroll(a, "the dealer's refusal at 390 px");
            }
            a.screenshot("inspection-dealer-foreign-390");
        }
    }

    // ------------------------------------------------------------------ the rule, computed here

    /** The year's checklist from the database: item code → its checkpoint codes, in the scheme's order. */
    private static Map<String, List<String>> checklist(String map) {
        Map<String, List<String>> items = new LinkedHashMap<>();
        for (Map<String, Object> row : TestDatabase.rows("select i.item_code, c.checkpoint_code from checkpoint c "
                + "join checklist_item i on i.id = c.item_id join evaluation_year y on y.id = c.year_id "
                + "where y.eval_year = ? and i.map = ? order by i.sort_order, c.sort_order", year, map)) {
            items.computeIfAbsent((String) value(row, "item_code"), k -> new ArrayList<>())
                    .add((String) value(row, "checkpoint_code"));
        }
        assertFalse(items.isEmpty(), "the year's " + map + " checklist");
        return items;
    }

    private static Map<String, BigDecimal> itemMaxima(String map) {
        Map<String, BigDecimal> maxima = new LinkedHashMap<>();
        for (Map<String, Object> row : TestDatabase.rows("select i.item_code, i.item_max from checklist_item i "
                + "join evaluation_year y on y.id = i.year_id where y.eval_year = ? and i.map = ?", year, map)) {
            maxima.put((String) value(row, "item_code"), new BigDecimal(value(row, "item_max").toString()));
        }
        return maxima;
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }

    /** A full inspection: mostly PASS, some FAIL, some N/A, and one item entirely N/A (it does not apply). */
    private static Map<String, String> marks(Map<String, List<String>> checklist) {
        Map<String, String> marks = new LinkedHashMap<>();
        int index = 0;
        String lastItem = List.copyOf(checklist.keySet()).get(checklist.size() - 1);
        for (Map.Entry<String, List<String>> item : checklist.entrySet()) {
            for (String code : item.getValue()) {
                String mark = item.getKey().equals(lastItem) ? "NA" : index % 5 == 1 ? "FAIL" : index % 7 == 3 ? "NA" : "PASS";
                marks.put(code, mark);
                index++;
            }
        }
        return marks;
    }

    private static int total(Map<String, List<String>> checklist) {
        return checklist.values().stream().mapToInt(List::size).sum();
    }

    /** scoring.md §1.1: earned = Σ item_max × p / (p + f), possible = Σ item_max over applicable items, points = 15 × earned / possible. */
    private static BigDecimal expectedScore(Map<String, List<String>> checklist, Map<String, BigDecimal> maxima,
                                            Map<String, String> marks) {
        MathContext precise = MathContext.DECIMAL128;
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        for (Map.Entry<String, List<String>> item : checklist.entrySet()) {
            long pass = item.getValue().stream().filter(c -> "PASS".equals(marks.get(c))).count();
            long fail = item.getValue().stream().filter(c -> "FAIL".equals(marks.get(c))).count();
            if (pass + fail == 0) {
                continue;
            }
            BigDecimal max = maxima.get(item.getKey());
            earned = earned.add(max.multiply(BigDecimal.valueOf(pass)).divide(BigDecimal.valueOf(pass + fail), precise));
            possible = possible.add(max);
        }
        return new BigDecimal(15).multiply(earned).divide(possible, precise).setScale(2, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------ the page

    private static WebElement row(PortalBrowser browser, String code) {
        return browser.waitFor(By.cssSelector(".insp-checkpoint[data-code='" + code + "']"));
    }

    private static String result(PortalBrowser browser, String code) {
        String result = row(browser, code).getAttribute("data-result");
        return result == null ? "" : result;
    }

    /**
     * A photo taken on the tablet lands beside its checkpoint: chosen in the page's file input (the
     * camera button), uploaded at once, shown as a thumbnail the browser can decode, served by the
     * portal under the inspection's reading rules; a text file named like a photo is refused with a
     * message and nothing is added.
     */
    @Test
    void aPhotoChosenOnTheEntryPageShowsBesideItsCheckpoint() throws IOException {
        Account author = Api.createAccount("SUPERVISOR", null);
        var created = Api.postJson("/api/v1/inspections", author.username(), author.password(), Map.of(
                "dealerCode", SECOND_DEALER, "year", year, "quarter", 3, "map", "SSI_MAP",
                "inspectionDate", year + "-08-20", "inspector", "王敏"));
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        String code = created.json().get("items").get(0).get("checkpoints").get(0).get("code").asText();

        BufferedImage image = new BufferedImage(640, 480,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(40, 120, 200));
        graphics.fillRect(0, 0, 640, 480);
        graphics.dispose();
        Path photo = Files.createTempFile("showroom-", ".jpg");
        ImageIO.write(image, "jpeg", photo.toFile());
        Path notAPhoto = Files.createTempFile("not-a-photo-", ".jpg");
        Files.writeString(notAPhoto, "this is text, not a JPEG");

        try (PortalBrowser browser = PortalBrowser.open()) {
            browser.signIn(author);
            browser.get("/hq/inspection.xhtml?id=" + id);
            browser.waitFor(By.id("inspectionStatus"));
            By input = By.cssSelector(".insp-checkpoint[data-code='" + code + "'] input[type='file']");
            By thumbnails = By.cssSelector(".insp-checkpoint[data-code='" + code + "'] img.insp-thumb");
            assertTrue(browser.driver.findElements(thumbnails).isEmpty(), "no photo yet");

            By refusal = By.cssSelector("#inspectionForm\\:messages .ui-messages-error");
            browser.patiently(30).until(d -> d.findElement(input)).sendKeys(notAPhoto.toAbsolutePath().toString());
            String refused = browser.patiently(30).until(d -> d.findElements(refusal).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null));
            assertTrue(refused.contains("JPEG") && refused.contains("PNG"), "the photo rule is named: " + refused);
            assertTrue(browser.driver.findElements(thumbnails).isEmpty(), "a text file is no photo");
            browser.screenshot("inspection-photo-refused");

            browser.patiently(30).until(d -> d.findElement(input)).sendKeys(photo.toAbsolutePath().toString());
            WebElement thumbnail = browser.patiently(30).until(d -> {
                var shown = d.findElements(thumbnails);
                if (!shown.isEmpty()) {
                    return shown.get(0);
                }
                var errors = d.findElements(refusal);
                assertTrue(errors.isEmpty() || errors.get(0).getText().equals(refused),
                        "a JPEG is a photo, not: " + (errors.isEmpty() ? "" : errors.get(0).getText()));
                return null;
            });
            browser.patiently(30).until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : 0;", thumbnail)).intValue() > 0);
            long width = ((Number) ((JavascriptExecutor) browser.driver).executeScript(
                    "return arguments[0].naturalWidth;", thumbnail)).longValue();
            assertTrue(width > 0 && width <= 640, "a decodable thumbnail: " + width);
            browser.scrollTo(By.cssSelector(".insp-checkpoint[data-code='" + code + "']"));
            browser.screenshot("inspection-photo");

            var kept = photosOf(id, code, author);
            assertEquals(1, kept.size(), "one photo kept: " + kept);
            assertEquals("image/jpeg", kept.get(0).get("contentType").asText());

            // a draft with a photo renders again (a reload on the tablet) and the photo can be taken back
            browser.get("/hq/inspection.xhtml?id=" + id);
            browser.waitFor(By.id("inspectionStatus"));
            assertEquals(1, browser.driver.findElements(thumbnails).size(), "the photo is still beside its checkpoint");
            WebElement remove = browser.driver.findElement(By.cssSelector(".insp-checkpoint[data-code='" + code
                    + "'] .insp-photo-remove"));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", remove);
            remove.click();
            browser.patiently(30).until(d -> d.findElements(thumbnails).isEmpty());
        }
        assertEquals(0, photosOf(id, code, author).size(), "the photo taken back is gone");
    }

    private static JsonNode photosOf(long id, String code, Account user) {
        var inspection = Api.get("/api/v1/inspections/" + id, user.username(), user.password());
        for (var item : inspection.json().get("items")) {
            for (var checkpoint : item.get("checkpoints")) {
                if (checkpoint.get("code").asText().equals(code)) {
                    return checkpoint.get("photos");
                }
            }
        }
        throw new AssertionError("no checkpoint " + code + " in " + inspection.body());
    }

    private static void mark(PortalBrowser browser, String code, String result) {
        WebElement button = row(browser, code).findElement(By.cssSelector(".insp-mark[data-result='" + result + "']"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        assertEquals(result, result(browser, code));
    }

    private static void comment(PortalBrowser browser, String code, String text) {
        WebElement area = row(browser, code).findElement(By.cssSelector("textarea.insp-comment"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", area);
        area.clear();
        area.sendKeys(text);
    }

    /** Waits until the autosave has brought every change to the server. */
    private static void awaitSaved(PortalBrowser browser) {
        browser.patiently(60).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.InspectionEntry.pending() && document.getElementById('saveState').getAttribute('data-state') === 'saved';")));
    }

    private static String unanswered(PortalBrowser browser) {
        return browser.waitFor(By.id("inspectionForm:unanswered")).getAttribute("data-unanswered");
    }

    private static void assertPoints(PortalBrowser browser, BigDecimal expected) {
        String shown = browser.patiently(20).until(d -> {
            String score = d.findElement(By.id("inspectionForm:score")).getAttribute("data-score");
            return score == null || score.isEmpty() ? null : score;
        });
        assertEquals(0, new BigDecimal(shown).compareTo(expected), "shown " + shown + ", the rule gives " + expected);
        assertTrue(browser.text(By.id("inspectionForm:score")).startsWith(expected.toPlainString()),
                browser.text(By.id("inspectionForm:score")));
    }

    /** Opens the new-inspection dialog and fills it in (the year is the list's). */
    private static void fillNew(PortalBrowser browser, String dealer, int quarter, String date, String inspector) {
        browser.waitFor(By.id("listForm:newInspection")).click();
        browser.waitFor(By.id("newForm:dealer_input"));
        browser.type("newForm:inspector", inspector);
        browser.type("newForm:dealer_input", dealer);
        browser.driver.findElement(By.id("newForm:dealer_input")).sendKeys(Keys.ESCAPE);
        clickJs(browser, browser.waitFor(By.xpath("//*[@id='newForm:map']//*[normalize-space(text())='CS-MAP']")));
        chooseQuarter(browser, quarter);
        typeDate(browser, date);
        assertEquals(inspector, browser.driver.findElement(By.id("newForm:inspector")).getAttribute("value"));
        assertEquals(dealer, browser.driver.findElement(By.id("newForm:dealer_input")).getAttribute("value"));
    }

    /** Replaces the date picker's text. */
    private static void typeDate(PortalBrowser browser, String date) {
        WebElement input = browser.waitFor(By.id("newForm:date_input"));
        // typed keys may reach the open calendar instead: the text is set as a user's paste would
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, date);
        assertEquals(date, input.getAttribute("value"));
    }

    /** Creates the inspection of the filled-in dialog and waits for its entry page. */
    private static void create(PortalBrowser browser) {
        clickJs(browser, browser.waitFor(By.id("newForm:create")));
        try {
            browser.patiently(30).until(d -> d.getCurrentUrl().contains("/hq/inspection.xhtml?id="));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.savePageSource("inspections-create-failed");
            throw new AssertionError("not created: " + browser.driver.findElement(By.id("newForm:newPanel")).getText(), e);
        }
    }

    private static void chooseQuarter(PortalBrowser browser, int quarter) {
        browser.choose("newForm:quarter", "Q" + quarter);
    }

    private static void clickJs(PortalBrowser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", element);
    }

    private static void noSidewaysScroll(PortalBrowser browser, String where) {
        Object fits = ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        Object widths = ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth + ' > ' + window.innerWidth;");
        assertEquals(Boolean.TRUE, fits, "no sideways scrolling on " + where + ": " + widths);
    }
}
