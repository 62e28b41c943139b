package com.dealercs.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.PortalBrowser;
import com.dealercs.it.support.SampleYear;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The weak-points page in a real browser on the sample year (a year of this class's own): HQ staff
 * reach it from the menu, read the weakest checkpoints as the API gives them (tables and chart),
 * narrow by region, click a checkpoint and see the dealers that failed it; the page in English.
 * Screenshots at 1366 px in both languages land in cs.screenshots.
 */
class WeakPointsPageIT extends DeployedApplication {

    private static final String FORM = "weakForm:";
    private static final String REGION = "华北";
    private static int year;

    private PortalBrowser browser;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = PortalBrowser.open();
        year = SampleYear.sharedBy(WeakPointsPageIT.class, false);
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        PortalBrowser.closeAfter(browser, "last-", test);
    }

    @Test
    void hqStaffReadTheWeakestCheckpointsNarrowByRegionAndSeeWhoFailedOne() {
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        JsonNode network = api("", "zh-CN");
        JsonNode region = api("?region=" + URLEncoder.encode(REGION, StandardCharsets.UTF_8), "zh-CN");
        browser.signIn(supervisor);

        // the menu leads there
        browser.waitFor(By.xpath("//a[contains(@href, 'weak-points.xhtml')]")).click();
        browser.waitFor(By.id("pageTitle"));
        assertTrue(browser.driver.getCurrentUrl().contains("/hq/weak-points.xhtml"), browser.driver.getCurrentUrl());

        browser.get("/hq/weak-points.xhtml?year=" + year);
        assertEquals("薄弱环节（达标率）", browser.text(By.id("pageTitle")).strip());
        awaitInspections(network.get("inspections").asInt());
        assertFirstRows(network);
        // the chart is drawn and also readable as a table of the same bars
        browser.waitFor(By.cssSelector("[id='" + FORM + "weakChart'] canvas"));
        List<WebElement> bars = browser.driver.findElements(By.cssSelector("[id='" + FORM + "chartTable_data'] > tr"));
        assertEquals(Math.min(10, network.get("checkpoints").size()), bars.size());
        // (the table is folded away until asked for: its text, not its rendering)
        assertTrue(bars.get(0).getAttribute("textContent")
                .contains(network.get("checkpoints").get(0).get("checkpointCode").asText()), bars.get(0).getAttribute("textContent"));
        assertEquals(network.get("items").size(),
                browser.driver.findElements(By.cssSelector("[id='" + FORM + "items_data'] > tr")).size());
        browser.screenshot("weak-points-zh");

        browser.choose(FORM + "region", REGION);
        awaitInspections(region.get("inspections").asInt());
        assertFirstRows(region);
        browser.screenshot("weak-points-region-zh");

        // the weakest checkpoint of the region: the dealers that failed it
        JsonNode weakest = region.get("checkpoints").get(0);
        String code = weakest.get("checkpointCode").asText();
        JsonNode failing = Api.get("/api/v1/years/" + year + "/weak-points/checkpoints/" + code + "/dealers?region="
                + URLEncoder.encode(REGION, StandardCharsets.UTF_8), "admin", adminPassword()).json();
        browser.waitFor(By.id(FORM + "checkpoints:0:open")).click();
        browser.waitFor(By.id(FORM + "dealersDialog"));
        browser.patiently(20).until(d -> d.findElements(By.cssSelector("[id='" + FORM + "dealers_data'] > tr")).size()
                == failing.size());
        List<WebElement> dealers = browser.driver.findElements(By.cssSelector("[id='" + FORM + "dealers_data'] > tr"));
        for (int i = 0; i < failing.size(); i++) {
            List<WebElement> cells = dealers.get(i).findElements(By.tagName("td"));
            assertEquals(failing.get(i).get("dealerCode").asText(), cells.get(0).getText().strip());
            assertEquals(failing.get(i).get("dealerName").asText(), cells.get(1).getText().strip());
            assertEquals(REGION, cells.get(2).getText().strip());
            assertEquals(failing.get(i).get("fail").asText(), cells.get(3).getText().strip());
        }
        assertTrue(browser.text(By.id(FORM + "dealersDialog")).contains(code));
        assertEquals(weakest.get("dealersFailing").asInt(), failing.size());
        browser.screenshot("weak-points-dealers-zh");
        browser.driver.findElement(By.cssSelector("[id='" + FORM + "dealersDialog'] .ui-dialog-titlebar-close")).click();
        browser.patiently(20).until(d -> d.findElements(By.id(FORM + "dealersDialog")).isEmpty()
                || !d.findElement(By.id(FORM + "dealersDialog")).isDisplayed());

        // in English: the scheme's English names
        browser.switchToEnglish();
        browser.get("/hq/weak-points.xhtml?year=" + year);
        assertEquals("Weak points", browser.text(By.id("pageTitle")).strip());
        JsonNode english = api("", "en");
        awaitInspections(english.get("inspections").asInt());
        List<WebElement> first = cells(checkpointRows().get(0));
        assertEquals(english.get("checkpoints").get(0).get("name").asText(), first.get(2).getText().strip());
        assertFalse(first.get(2).getText().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), first.get(2).getText());
        browser.screenshot("weak-points-en");
        browser.waitFor(By.id(FORM + "checkpoints:0:open")).click();
        browser.waitFor(By.id(FORM + "dealersDialog"));
        browser.patiently(20).until(d -> !d.findElements(By.cssSelector("[id='" + FORM + "dealers_data'] > tr")).isEmpty());
        browser.screenshot("weak-points-dealers-en");
    }

    /** The first rows of the checkpoints table are the API's, with the rate as a percentage. */
    private void assertFirstRows(JsonNode api) {
        List<WebElement> rows = checkpointRows();
        JsonNode checkpoints = api.get("checkpoints");
        assertEquals(Math.min(25, checkpoints.size()), rows.size(), "the first page of the checkpoints");
        for (int i = 0; i < Math.min(5, rows.size()); i++) {
            List<WebElement> cells = cells(rows.get(i));
            JsonNode c = checkpoints.get(i);
            assertEquals(c.get("checkpointCode").asText(), cells.get(1).getText().strip());
            assertEquals(c.get("name").asText(), cells.get(2).getText().strip());
            assertEquals(c.get("rate").decimalValue().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString()
                    + "%", cells.get(3).getText().strip());
            assertEquals(c.get("pass").asText(), cells.get(4).getText().strip().replace(",", ""));
            assertEquals(c.get("fail").asText(), cells.get(5).getText().strip().replace(",", ""));
            assertEquals(c.get("dealersFailing").asText(), cells.get(6).getText().strip());
        }
    }

    private void awaitInspections(int count) {
        browser.patiently(30).until(d -> {
            List<WebElement> found = d.findElements(By.id("inspectionCount"));
            return !found.isEmpty() && String.valueOf(count).equals(found.get(0).getAttribute("data-count"));
        });
    }

    private List<WebElement> checkpointRows() {
        return browser.driver.findElements(By.cssSelector("[id='" + FORM + "checkpoints_data'] > tr"));
    }

    private static List<WebElement> cells(WebElement row) {
        return row.findElements(By.tagName("td"));
    }

    private static JsonNode api(String query, String language) {
        return Api.get("/api/v1/years/" + year + "/weak-points" + query, "admin", adminPassword(), language).json();
    }
}
