package com.dealercs.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.PdfText;
import com.dealercs.it.support.PortalBrowser;
import com.dealercs.it.support.SampleYear;
import com.dealercs.it.support.Scorecards;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The Reports page in a real browser: an executive downloads the sample year's ranking, rebates,
 * weak points and one dealer's scorecard as PDFs (read back with pdftotext: the API's figures, the
 * draft watermark while the year is open); a dealer downloads its own scorecard PDF from its
 * scorecard page once the year is published, and nothing else. Screenshots in both languages at
 * 1366 px, and the dealer's page at 390 px.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsPageBrowserIT extends DeployedApplication {

    private static final String FORM = "reportsForm:";
    private static int sampleYear;

    private PortalBrowser browser;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = PortalBrowser.open();
        prepareYear();
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        PortalBrowser.closeAfter(browser, "last-", test);
    }

    @Test
    @Order(1)
    void anExecutiveDownloadsTheFourReportsOfAnOpenYearFromTheReportsPage() {
        Account executive = Api.createAccount("EXECUTIVE", null);
        browser.signIn(executive);
        browser.waitFor(By.cssSelector("a[href$='/hq/reports.xhtml']")).click();
        browser.waitFor(By.id("pageTitle"));
        assertTrue(browser.driver.getCurrentUrl().contains("/hq/reports.xhtml"), browser.driver.getCurrentUrl());

        browser.get("/hq/reports.xhtml?year=" + sampleYear);
        assertEquals("OPEN", browser.waitFor(By.id("yearState")).getAttribute("data-state"));
        assertTrue(browser.text(By.id("draftNote")).contains("草稿"), "the page says the reports are drafts");
        browser.screenshot("reports-executive");

        List<JsonNode> scorecards = scorecards();
        JsonNode first = scorecards.get(0);

        browser.waitFor(By.id(FORM + "ranking")).click();
        String ranking = PdfText.squeezed(browser.awaitDownload("ranking-" + sampleYear + ".pdf", 120));
        assertTrue(ranking.contains("草稿"), "the draft watermark on an open year's ranking");
        assertTrue(ranking.contains(first.get("dealerName").asText().replaceAll("\\s+", "")),
                "the first dealer's Chinese name in the ranking");
        for (JsonNode card : rated(scorecards)) {
            assertTrue(ranking.contains(card.get("total").decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()),
                    card.get("dealerCode").asText() + "'s total in the ranking");
        }

        browser.waitFor(By.id(FORM + "rebates")).click();
        String rebates = PdfText.squeezed(browser.awaitDownload("rebates-" + sampleYear + ".pdf", 120));
        assertTrue(rebates.contains(first.get("dealerCode").asText()), "the rebates list the dealers");

        browser.waitFor(By.id(FORM + "weakPoints")).click();
        String weakPoints = PdfText.squeezed(browser.awaitDownload("weak-points-" + sampleYear + ".pdf", 120));
        JsonNode weakest = Api.get("/api/v1/years/" + sampleYear + "/weak-points", executive.username(),
                executive.password()).json().get("checkpoints").get(0);
        assertTrue(weakPoints.contains(weakest.get("checkpointCode").asText()), "the weakest checkpoint in the report");

        String dealer = first.get("dealerCode").asText();
        browser.choose(FORM + "dealer", dealer + " · " + first.get("dealerName").asText());
        browser.waitFor(By.id(FORM + "scorecard")).click();
        String scorecard = PdfText.squeezed(browser.awaitDownload("scorecard-" + sampleYear + "-" + dealer + ".pdf", 120));
        assertTrue(scorecard.contains(first.get("total").decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()), "its total");
        assertTrue(scorecard.contains(first.get("dealerName").asText().replaceAll("\\s+", "")), "its name");

        browser.switchToEnglish();
        browser.waitForText(By.id("pageTitle"), "Reports", 20);
        assertTrue(browser.text(By.id("draftNote")).contains("DRAFT"));
        browser.screenshot("reports-executive-en");
    }

    @Test
    @Order(2)
    void aDealerDownloadsItsOwnScorecardPdfOnceTheYearIsPublishedAndNoReportOfTheNetwork() {
        publish();
        JsonNode own = scorecards().get(1);
        String code = own.get("dealerCode").asText();
        Account dealer = Api.createAccount("DEALER", code);

        browser.signIn(dealer);
        browser.get("/dealer/scorecard.xhtml?year=" + sampleYear);
        browser.waitFor(By.id("myCard"));
        browser.screenshot("reports-dealer-scorecard");
        browser.waitFor(By.id("myForm:downloadPdf")).click();
        String pdf = PdfText.squeezed(browser.awaitDownload("scorecard-" + sampleYear + "-" + code + ".pdf", 120));
        assertTrue(pdf.contains(code), "its own code");
        assertTrue(pdf.contains(own.get("total").decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()), "its own total");
        assertFalse(pdf.contains("草稿"), "a published year's scorecard is no draft");
        for (JsonNode other : scorecards()) {
            if (!other.get("dealerCode").asText().equals(code)) {
                assertFalse(pdf.contains(other.get("dealerName").asText().replaceAll("\\s+", "")),
                        "no other dealer's name: " + other.get("dealerCode").asText());
            }
        }

        // the network's reports are not the dealer's: the page answers 403
        browser.get("/hq/reports.xhtml?year=" + sampleYear);
        assertFalse(browser.driver.getPageSource().contains(FORM + "ranking"), "no Reports page for a dealer");

        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.get("/dealer/scorecard.xhtml?year=" + sampleYear);
        browser.waitFor(By.id("myForm:downloadPdf"));
        browser.screenshot("reports-dealer-scorecard-390");
    }

    // ------------------------------------------------------------------ data

    private static List<JsonNode> scorecards() {
        return Scorecards.list(sampleYear);
    }

    private static List<JsonNode> rated(List<JsonNode> scorecards) {
        return scorecards.stream().filter(s -> "RATED".equals(s.get("status").asText())).toList();
    }

    private static void publish() {
        if (!"PUBLISHED".equals(Scorecards.stateInDatabase(sampleYear))) {
            Scorecards.approveAndPublish(sampleYear);
        }
    }

    /** The sample year's files as a fresh (leap) year of this class's own, calculated. */
    private static void prepareYear() {
        sampleYear = SampleYear.sharedBy(ReportsPageBrowserIT.class, true);
    }
}
