package com.dealercs.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.DealerPortalData;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.PortalBrowser;
import com.dealercs.it.support.Scorecards;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dealer's portal as a dealer meets it, on a 390 px phone and a 1366 px laptop, in Chinese and
 * English: its home with its latest figures, its scorecard of the newest published year with data
 * (not a later, empty one), the quarterly trend drawn, what to fix first in the order of the points
 * lost, its position in the network; no page scrolls sideways; and addresses naming another dealer
 * (?dealer=, ?code=, another dealer's inspection id) show nothing of it. Screenshots of every page
 * at both sizes in both languages land in cs.screenshots (dealer-portal-*).
 */
class DealerPortalBrowserIT extends DeployedApplication {

    private static final List<String> FIX_ORDER = List.of("CS-HW", "SSI-ENV", "SSI-STAFF");
    private static final String OTHER_NAME = "门户测试二汽车销售服务有限公司";

    private PortalBrowser browser;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = PortalBrowser.open();
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        PortalBrowser.closeAfter(browser, "last-dealer-portal-", test);
    }

    @Test
    void aDealerReadsItsOwnPortalOnAPhoneAndALaptopInBothLanguages() {
        DealerPortalData.Years years = DealerPortalData.years();
        JsonNode own = Scorecards.one(years.published(), DealerPortalData.OWN);
        Account dealer = DealerPortalData.dealer();
        browser.signIn(dealer);
        for (String language : List.of("zh", "en")) {
            if ("en".equals(language)) {
                browser.get("/dealer/scorecard.xhtml");
                browser.switchToEnglish();
            }
            for (int width : List.of(390, 1366)) {
                browser.driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
                String size = width + "-" + language;

                browser.get("/dealer/index.xhtml");
                assertEquals("zh".equals(language) ? "经销商首页" : "Dealer home", browser.text(By.id("homeTitle")).strip(),
                        "the home's own title, not the HQ dealer page's");
                assertEquals(Integer.toString(years.published()),
                        browser.waitFor(By.id("homeLatest")).getAttribute("data-year"),
                        "the home's year: the newest published one with data, not the later empty one");
                assertEquals(score(own.get("total")), browser.text(By.id("homeTotal")).strip());
                assertTrue(squeeze(browser.text(By.id("homeNationalRank"))).startsWith(own.get("nationalRank").asInt() + " / "),
                        browser.text(By.id("homeNationalRank")));
                assertEquals("7", browser.text(By.id("homeFailed")).strip(), "1 + 4 + 2 failed checkpoints");
                assertEquals(Long.toString(DealerPortalData.photoInspection()),
                        browser.waitFor(By.id("homeInspection")).getAttribute("data-id"), "the newest approved inspection");
                assertFitsTheScreen(width, "home");
                browser.screenshot("dealer-portal-home-" + size);

                browser.get("/dealer/scorecard.xhtml");
                assertEquals(Integer.toString(years.published()), chosenYear(), "the newest published year with data");
                String identity = browser.text(By.id("myDealer"));
                assertTrue(identity.contains(DealerPortalData.OWN) && identity.contains(DealerPortalData.OWN_NAME), identity);
                assertEquals(score(own.get("total")), browser.text(By.id("cardTotal")).strip());
                assertTrue(browser.text(By.id("cardCoverage")).contains("60"), browser.text(By.id("cardCoverage")));
                assertEquals(FIX_ORDER, fixOrder());
                assertEquals("3.75", browser.driver.findElement(By.cssSelector("#fixFirst .my-fix-item"))
                        .getAttribute("data-lost"));
                WebElement photo = browser.waitFor(By.cssSelector("#fixFirst [data-code='CS-HW-01'] img.insp-thumb"));
                assertTrue(photo.getAttribute("src").contains("/inspection-photos/" + DealerPortalData.photoInspection() + "/"),
                        photo.getAttribute("src"));
                js("arguments[0].scrollIntoView({block: 'center'});", photo); // a lazy image loads when seen
                browser.patiently(20).until(d -> (Boolean) js("return arguments[0].complete && arguments[0].naturalWidth > 0;",
                        photo));
                assertTrue(browser.text(By.id("fixFirst")).contains("前台台面破损，需更换"));
                assertEquals(score(own.get("total")), browser.text(By.id("positionOwn")).strip());
                assertFalse(browser.driver.getPageSource().contains(OTHER_NAME), "no other dealer on the page");
                assertFalse(browser.driver.getPageSource().contains("P1102"), "no other dealer's code on the page");
                browser.patiently(30).until(d -> drawn("trendChart"));
                browser.patiently(30).until(d -> drawn("positionChart"));
                // the page holds no PrimeFaces component: the frame keeps its look from the layout's styles
                assertEquals("none", js("return getComputedStyle(document.querySelector('#mainMenu li.ui-menuitem')).listStyleType;"),
                        "no bullets in the menu");
                assertEquals("none", js("return getComputedStyle(document.querySelector('#mainMenu a')).textDecorationLine;"),
                        "menu links not underlined");
                // the PDF button's icon lies in its padding, beside the text, not over it
                String padding = (String) js("return getComputedStyle(document.getElementById('myForm:downloadPdf')).paddingLeft;");
                assertTrue(Double.parseDouble(padding.replace("px", "")) >= 28, "the PDF button's left padding: " + padding);
                assertFitsTheScreen(width, "scorecard");
                browser.screenshot("dealer-portal-scorecard-" + size);
                for (String section : List.of("cardComponents", "cardQuarters", "myTrend", "fixFirst", "myPosition",
                        "myHistory")) {
                    browser.scrollTo(By.id(section));
                    browser.screenshot("dealer-portal-scorecard-" + section.replace("myForm:", "") + "-" + size);
                }

                // a year not published yet: the dealer's name too, not only its code
                browser.get("/dealer/scorecard.xhtml?year=" + years.open());
                String unpublished = browser.text(By.id("myDealer"));
                assertTrue(unpublished.contains(DealerPortalData.OWN) && unpublished.contains(DealerPortalData.OWN_NAME),
                        unpublished);
                assertTrue(browser.driver.findElements(By.id("myCard")).isEmpty());
                assertFitsTheScreen(width, "not published");
                browser.screenshot("dealer-portal-not-published-" + size);

                // the year select goes to the chosen year's own address, its scorecard whole
                new Select(browser.driver.findElement(By.id("year")))
                        .selectByVisibleText(years.published() + " · " + ("zh".equals(language) ? "已发布" : "published"));
                browser.patiently(20).until(d -> d.getCurrentUrl().endsWith("/dealer/scorecard.xhtml?year=" + years.published())
                        && !d.findElements(By.id("myCard")).isEmpty());
                assertEquals(Integer.toString(years.published()), chosenYear());
                assertEquals(score(own.get("total")), browser.text(By.id("cardTotal")).strip());
                assertEquals(FIX_ORDER, fixOrder());

                browser.get("/dealer/inspections.xhtml?year=" + years.published());
                browser.waitFor(By.id("pageTitle"));
                assertFitsTheScreen(width, "inspections");
                browser.screenshot("dealer-portal-inspections-" + size);
                browser.get("/dealer/inspections.xhtml?year=" + years.published() + "&id="
                        + DealerPortalData.photoInspection());
                browser.waitFor(By.id("inspectionDetail"));
                assertFitsTheScreen(width, "an inspection");
                browser.screenshot("dealer-portal-inspection-" + size);
            }
        }
    }

    @Test
    void addressesNamingAnotherDealerShowNothingOfIt() {
        DealerPortalData.Years years = DealerPortalData.years();
        browser.signIn(DealerPortalData.dealer());
        for (String address : List.of("/dealer/scorecard.xhtml?dealer=P1102", "/dealer/scorecard.xhtml?code=P1102",
                "/dealer/scorecard.xhtml?year=" + years.published() + "&dealer=P1102",
                "/dealer/scorecard.xhtml?year=" + years.published() + "&dealerCode=P1102&code=P1102",
                "/dealer/index.xhtml?dealer=P1102",
                "/dealer/inspections.xhtml?year=" + years.published() + "&dealer=P1102")) {
            browser.get(address);
            browser.waitFor(By.tagName("h1"));
            String page = browser.driver.getPageSource();
            assertFalse(page.contains(OTHER_NAME), address);
            assertFalse(page.contains("P1102"), address);
            if (address.startsWith("/dealer/scorecard.xhtml")) {
                assertTrue(browser.text(By.id("myDealer")).contains(DealerPortalData.OWN), address);
            }
        }
        // another dealer's inspection, by its id
        browser.get("/dealer/inspections.xhtml?year=" + years.published() + "&id=" + DealerPortalData.otherInspection());
        browser.waitFor(By.id("pageTitle"));
        assertTrue(browser.driver.findElements(By.id("inspectionDetail")).isEmpty(), "no detail of another's inspection");
        assertFalse(browser.driver.getPageSource().contains(OTHER_NAME));
        assertFalse(browser.driver.getPageSource().contains("P1102"));
        browser.screenshot("dealer-portal-other-inspection");
        // and its photos' address
        browser.get("/inspection-photos/" + DealerPortalData.otherInspection() + "/1/thumbnail");
        assertFalse(browser.driver.getPageSource().contains(OTHER_NAME));
    }

    // ------------------------------------------------------------------ helpers

    private void assertFitsTheScreen(int width, String what) {
        long inner = ((Number) js("return window.innerWidth;")).longValue();
        long scroll = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
        assertTrue(inner <= width, "the window is " + inner + " px wide, asked for " + width);
        assertTrue(scroll <= inner, what + " at " + width + " px scrolls sideways: " + scroll + " > " + inner
                + " (widest: " + browser.widestOverflowing() + ")");
    }

    private boolean drawn(String chartId) {
        return Boolean.TRUE.equals(js("var c = document.querySelector(\"[id='\" + arguments[0] + \"'] canvas\");"
                + " if (!c || c.width === 0 || c.height === 0) return false;"
                + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false;", chartId));
    }

    private String chosenYear() {
        return (String) js("return document.getElementById('year').value;");
    }

    private List<String> fixOrder() {
        return browser.driver.findElements(By.cssSelector("#fixFirst .my-fix-item")).stream()
                .map(e -> e.getAttribute("data-item")).toList();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String score(JsonNode value) {
        return value == null || value.isNull() ? "—" : value.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
