package com.dealercs.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.PortalBrowser;
import com.dealercs.it.support.SampleYear;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The HQ, executive and administrator pages on a 1366 px laptop, in Chinese and English (issue 11,
 * items 3 and 5): the ranking's essentials (code, name, ranks, total, status, rebate) without
 * sideways scrolling, code and name pinned while the components scroll, the components shown and
 * hidden by the column toggler (and the choice kept while the page lives); no HQ page scrolls
 * sideways, the imports history and the accounts keep their last columns; each home's figures are
 * what the API says and every link on it opens for its user; the 403 and 404 pages keep a signed-in
 * user's menu and sign-out. Screenshots in cs.screenshots.
 */
class HqDeskPagesBrowserIT extends DeployedApplication {

    private static final String FORM = "scorecardsForm:";
    private static final List<String> ESSENTIALS = List.of("colCode", "colName", "colNationalRank", "colRegionalRank",
            "colTotal", "colStatus", "colRebate");
    private static int year;

    private PortalBrowser browser;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = PortalBrowser.open();
        year = SampleYear.sharedBy(HqDeskPagesBrowserIT.class, true);
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        PortalBrowser.closeAfter(browser, "last-", test);
    }

    // ------------------------------------------------------------------ the ranking

    @Test
    void theRankingShowsItsEssentialsWithoutSidewaysScrollPinsCodeAndNameAndShowsComponentsOnDemand() {
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        List<JsonNode> api = new ArrayList<>();
        Api.get("/api/v1/years/" + year + "/scorecards", "admin", adminPassword()).json().forEach(api::add);
        browser.signIn(supervisor);
        for (String language : List.of("zh", "en")) {
            browser.get("/hq/scorecards.xhtml?year=" + year);
            browser.waitFor(By.id(FORM + "ranking"));
            if (language.equals("en")) {
                browser.switchToEnglish();
                browser.waitForText(By.id("pageTitle"), "Scorecards", 20);
            }
            assertEquals(1366L, js("return window.innerWidth;"), "a 1366 px laptop");

            // the essentials, all inside the table's box; no sideways scroll, of the page or of the table
            assertNoPageScroll("/hq/scorecards.xhtml " + language);
            String wrapper = "document.querySelector(\"[id='" + FORM + "ranking'] .ui-datatable-tablewrapper\")";
            assertTrue((Long) js("return " + wrapper + ".scrollWidth;") <= (Long) js("return " + wrapper + ".clientWidth;"),
                    language + ": the essentials fit without sideways scroll: " + js("return " + wrapper + ".scrollWidth;")
                            + " > " + js("return " + wrapper + ".clientWidth;"));
            double wrapperRight = ((Number) js("return " + wrapper + ".getBoundingClientRect().right;")).doubleValue();
            for (String column : ESSENTIALS) {
                WebElement header = browser.driver.findElement(By.id(FORM + "ranking:" + column));
                assertTrue(header.isDisplayed(), column + " shown");
                double right = ((Number) js("return arguments[0].getBoundingClientRect().right;", header)).doubleValue();
                assertTrue(right <= wrapperRight + 0.5, language + ": " + column + " inside the box (" + right + " > "
                        + wrapperRight + ")");
            }
            // the components are on demand: hidden at first
            assertFalse(componentHeader("SSI_MAP").isDisplayed(), "components hidden until asked for");

            // names wrap, never cut: each shown cell holds the whole name, nothing overflows
            for (WebElement row : rows()) {
                WebElement name = row.findElements(By.xpath("./td")).get(1);
                String code = row.findElements(By.xpath("./td")).get(0).getText().strip();
                String expected = api.stream().filter(s -> s.get("dealerCode").asText().equals(code)).findFirst()
                        .orElseThrow().get("dealerName").asText();
                assertEquals(expected, name.getText().strip().replace("\n", ""), code + "'s name whole");
                assertTrue((Long) js("return arguments[0].scrollWidth - arguments[0].clientWidth;", name) <= 0,
                        code + "'s name not cut");
            }
            browser.screenshot("hq-ranking-1366-" + language);

            // the toggler shows a component column, then every other one: the table scrolls, code and name stay
            toggle(componentLabel("SSI_MAP", language));
            browser.patiently(20).until(d -> componentHeader("SSI_MAP").isDisplayed());
            String firstScore = rows().get(0).findElements(By.xpath("./td")).get(10).getText().strip();
            assertTrue(firstScore.matches("—|-?[0-9]+\\.[0-9]{2}"), "a component's score shown: " + firstScore);
            for (String other : List.of("CS_MAP", "SOC_CENTRAL", "SOC_SPOT", "JDP_SSI", "JDP_CSI", "TRAINING", "CSC",
                    "CRISIS")) {
                if (!componentHeader(other).isDisplayed()) {
                    toggle(componentLabel(other, language));
                }
            }
            closeToggler();
            browser.patiently(20).until(d -> componentHeader("CRISIS").isDisplayed());
            browser.scrollTo(By.id(FORM + "ranking"));
            browser.screenshot("hq-ranking-1366-components-" + language);
            assertTrue((Long) js("return " + wrapper + ".scrollWidth;") > (Long) js("return " + wrapper + ".clientWidth;"),
                    "with every component the table scrolls inside its box");
            assertNoPageScroll("/hq/scorecards.xhtml with components " + language);
            browser.scrollRight("[id='" + FORM + "ranking'] .ui-datatable-tablewrapper");
            WebElement firstRow = rows().get(0);
            WebElement codeCell = firstRow.findElements(By.xpath("./td")).get(0);
            WebElement nameCell = firstRow.findElements(By.xpath("./td")).get(1);
            double wrapperLeft = ((Number) js("return " + wrapper + ".getBoundingClientRect().left;")).doubleValue();
            double codeLeft = ((Number) js("return arguments[0].getBoundingClientRect().left;", codeCell)).doubleValue();
            double codeRight = ((Number) js("return arguments[0].getBoundingClientRect().right;", codeCell)).doubleValue();
            double nameLeft = ((Number) js("return arguments[0].getBoundingClientRect().left;", nameCell)).doubleValue();
            assertTrue((Long) js("return " + wrapper + ".scrollLeft;") > 0, "scrolled sideways");
            assertEquals(wrapperLeft, codeLeft, 1.5, "the code stays at the box's left edge");
            assertEquals(codeRight, nameLeft, 1.5, "the name right of it");
            // what the user sees at the code's and the name's place is the code and the name, not a column under them
            assertTrue((Boolean) js("var r = arguments[0].getBoundingClientRect();"
                    + " return arguments[0].contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));",
                    codeCell), "the code on top");
            assertTrue((Boolean) js("var r = arguments[0].getBoundingClientRect();"
                    + " return arguments[0].contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));",
                    nameCell), "the name on top");
            browser.screenshot("hq-ranking-1366-scrolled-" + language);

            // the choice lives as long as the page: a region filter redraws the table with the components shown
            // the region as the page names it in its language (华北 / North China), in the filter as in the column
            String region = rows().get(0).findElements(By.xpath("./td")).get(7).getAttribute("textContent").strip();
            assertEquals(language.equals("zh"), region.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), language + ": the region in the page's words: " + region);
            browser.choose(FORM + "region", region);
            browser.patiently(20).until(d -> rows().stream().allMatch(r -> r.findElements(By.xpath("./td")).get(7)
                    .getText().strip().equals(region)));
            assertTrue(componentHeader("SSI_MAP").isDisplayed(), "the toggled column stays after the table is redrawn");

            // and hidden again
            toggle(componentLabel("SSI_MAP", language));
            closeToggler();
            browser.patiently(20).until(d -> !componentHeader("SSI_MAP").isDisplayed());
            assertTrue(componentHeader("CS_MAP").isDisplayed(), "only the one asked for goes");
        }
    }

    // ------------------------------------------------------------------ no sideways scroll anywhere

    @Test
    void noHqExecutiveOrAdministratorPageScrollsSidewaysAt1366AndTheImportsAndAccountsKeepTheirLastColumns() {
        browser.signIn(Api.admin());
        List<String> pages = List.of("/admin/index.xhtml", "/admin/users.xhtml", "/admin/policy.xhtml",
                "/admin/audit.xhtml", "/admin/scheme.xhtml", "/hq/index.xhtml", "/hq/inspections.xhtml",
                "/hq/imports.xhtml", "/hq/dealers.xhtml", "/hq/dealer.xhtml?code=D0001&year=" + year,
                "/hq/dealer-edit.xhtml?code=D0001", "/hq/entries.xhtml", "/hq/scorecards.xhtml?year=" + year,
                "/hq/reports.xhtml", "/hq/weak-points.xhtml?year=" + year, "/executive/index.xhtml");
        for (String language : List.of("zh", "en")) {
            if (language.equals("en")) {
                browser.get("/admin/index.xhtml");
                browser.waitFor(By.id("homeTitle"));
                String before = browser.text(By.id("homeTitle"));
                browser.driver.findElement(By.id("languageForm:en")).click();
                browser.patiently(20).until(d -> !d.findElement(By.id("homeTitle")).getText().equals(before));
            }
            for (String page : pages) {
                browser.get(page);
                browser.waitFor(By.id("main"));
                browser.patiently(20).until(d -> "complete".equals(js("return document.readyState;")));
                assertNoPageScroll(page + " " + language);
            }
            for (String table : List.of("/hq/imports.xhtml|importForm:history", "/admin/users.xhtml|accountsForm:accounts")) {
                String[] parts = table.split("\\|");
                browser.get(parts[0]);
                WebElement lastHeader = browser.waitFor(By.cssSelector("[id='" + parts[1] + "'] thead th:last-child"));
                browser.scrollTo(By.id(parts[1]));
                String box = "document.querySelector(\"[id='" + parts[1] + "'] .ui-datatable-tablewrapper\")";
                assertTrue((Long) js("return " + box + ".scrollWidth;") <= (Long) js("return " + box + ".clientWidth;"),
                        language + ": " + parts[1] + " fits its box (" + js("return " + box + ".scrollWidth;") + " > "
                                + js("return " + box + ".clientWidth;") + ")");
                double right = ((Number) js("return arguments[0].getBoundingClientRect().right;", lastHeader)).doubleValue();
                double boxRight = ((Number) js("return " + box + ".getBoundingClientRect().right;")).doubleValue();
                assertTrue(right <= boxRight + 0.5, language + ": the last column of " + parts[1] + " whole");
                browser.screenshot("hq-table-1366-" + parts[1].replace(':', '-') + "-" + language);
            }
        }
    }

    // ------------------------------------------------------------------ the homes

    @Test
    void eachHomeShowsTheFiguresTheApiGivesAndLinksOnlyToPagesItsUserMayOpen() {
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        Account executive = Api.createAccount("EXECUTIVE", null);
        // something waits for the supervisor: a draft of its own
        Reply draft = Api.postJson("/api/v1/inspections", supervisor.username(), supervisor.password(), Map.of(
                "dealerCode", "D0003", "year", year, "quarter", 4, "map", "CS_MAP",
                "inspectionDate", year + "-11-" + (10 + (int) (System.currentTimeMillis() % 15)), "inspector", "李强"));
        assertEquals(201, draft.status(), draft.body());

        for (Map.Entry<Account, String> home : List.of(Map.entry(supervisor, "/hq/index.xhtml"),
                Map.entry(executive, "/executive/index.xhtml"), Map.entry(Api.admin(), "/admin/index.xhtml"))) {
            Account account = home.getKey();
            browser.signIn(account);
            for (String language : List.of("zh", "en")) {
                browser.get(home.getValue());
                browser.waitFor(By.id("homeFigures"));
                if (language.equals("en")) {
                    String before = browser.text(By.id("homeTitle"));
                    browser.driver.findElement(By.id("languageForm:en")).click();
                    browser.patiently(20).until(d -> !d.findElement(By.id("homeTitle")).getText().equals(before));
                }
                assertHomeFigures(account);
                assertNoPageScroll(home.getValue() + " " + language);
                browser.screenshot("home-" + account.role().toLowerCase() + "-1366-" + language);
            }
            // every link of the page (menu, figures, tasks) answers 200 for this user
            Set<String> links = browser.driver.findElements(By.cssSelector("a[href]")).stream()
                    .map(a -> a.getAttribute("href"))
                    .filter(h -> h.startsWith(baseUrl()) && !h.contains("#") && !h.contains("jakarta.faces.resource"))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            assertTrue(links.size() >= 5, "links on " + home.getValue() + ": " + links);
            for (String link : links) {
                // the brand's "/" redirects to the role's home: follow it, never to the login page
                String target = link;
                int status = status(target);
                if (status == 302 || status == 303) {
                    target = location(target);
                    assertFalse(target.contains("login.xhtml"), link + " sends " + account.role() + " to sign in");
                    status = status(target);
                }
                assertEquals(200, status, account.role() + " on " + home.getValue() + " follows " + link + " to " + target);
            }
        }
    }

    private void assertHomeFigures(Account account) {
        JsonNode years = Api.get("/api/v1/years", account.username(), account.password()).json();
        JsonNode newest = years.get(0);
        assertEquals(newest.get("year").asText(), browser.text(By.id("homeYear")).strip());
        assertEquals(newest.get("state").asText(), browser.driver.findElement(By.id("homeYearState")).getAttribute("data-state"));
        // the latest run's scorecards (none before a calculation): how many rated and not
        JsonNode cards = Api.get("/api/v1/years/" + newest.get("year").asText() + "/scorecards", account.username(),
                account.password()).json();
        boolean calculated = !cards.isEmpty();
        int rated = 0;
        for (JsonNode card : cards) {
            rated += "RATED".equals(card.get("status").asText()) ? 1 : 0;
        }
        assertEquals(calculated ? Integer.toString(rated) : "—", browser.text(By.id("homeRated")).strip());
        assertEquals(calculated ? Integer.toString(cards.size() - rated) : "—", browser.text(By.id("homeNotRated")).strip());
        assertEquals(calculated, !browser.text(By.id("homeRunAt")).matches("尚未计算|Not calculated yet"));
        boolean hq = !account.role().equals("EXECUTIVE");
        if (hq) {
            int awaiting = Api.get("/api/v1/inspections/awaiting-approval", account.username(), account.password())
                    .json().size();
            assertEquals(Integer.toString(awaiting), figure("waitAwaiting"));
            List<WebElement> toInspect = browser.driver.findElements(By.id("waitToInspect"));
            assertEquals("OPEN".equals(newest.get("state").asText()), !toInspect.isEmpty(), "to inspect while OPEN");
            if (!toInspect.isEmpty()) {
                String quarter = toInspect.get(0).getAttribute("data-quarter");
                assertEquals(newest.get("year").asText(), toInspect.get(0).getAttribute("data-year"));
                int dealers = Api.get("/api/v1/inspections/to-do?year=" + newest.get("year").asText() + "&quarter="
                        + quarter, account.username(), account.password()).json().size();
                assertEquals(Integer.toString(dealers), figure("waitToInspect"));
            }
            int drafts = 0;
            for (JsonNode i : Api.get("/api/v1/inspections?status=DRAFT", account.username(), account.password()).json()) {
                drafts += i.get("author").asText().equals(account.username()) ? 1 : 0;
            }
            assertEquals(Integer.toString(drafts), figure("waitDrafts"));
            if (account.role().equals("SUPERVISOR")) {
                assertTrue(drafts >= 1, "the supervisor's own draft counted");
            }
            int days = Integer.parseInt(browser.driver.findElement(By.id("waitFailedImports")).getAttribute("data-days"));
            Instant since = Instant.now().minus(Duration.ofDays(days));
            int failed = 0;
            for (JsonNode i : Api.get("/api/v1/imports?limit=100", account.username(), account.password()).json()) {
                failed += "FAILED".equals(i.get("status").asText())
                        && Instant.parse(i.get("startedAt").asText()).isAfter(since) ? 1 : 0;
            }
            assertEquals(Integer.toString(failed), figure("waitFailedImports"));
        } else {
            assertTrue(browser.driver.findElements(By.id("waitAwaiting")).isEmpty(), "nothing to approve of inspections");
        }
        if (!account.role().equals("SUPERVISOR")) {
            String toApprove = null;
            String toPublish = null;
            for (JsonNode y : years) {
                if ("OPEN".equals(y.get("state").asText()) && !Api.get("/api/v1/years/" + y.get("year").asText()
                        + "/scorecards", account.username(), account.password()).json().isEmpty()) {
                    toApprove = y.get("year").asText();
                }
                if ("APPROVED".equals(y.get("state").asText())) {
                    toPublish = y.get("year").asText();
                }
            }
            assertEquals(toApprove == null ? "none" : toApprove,
                    browser.driver.findElement(By.id("waitToApprove")).getAttribute("data-year"));
            assertEquals(toPublish == null ? "none" : toPublish,
                    browser.driver.findElement(By.id("waitToPublish")).getAttribute("data-year"));
            if (toApprove != null) {
                assertEquals(toApprove, figure("waitToApprove"));
            }
        } else {
            assertTrue(browser.driver.findElements(By.id("waitToApprove")).isEmpty(), "a supervisor approves no year");
        }
    }

    // ------------------------------------------------------------------ 403 and 404

    @Test
    void aSignedInDealerKeepsItsMenuAndSignOutOnThe403And404Pages() {
        Account dealer = Api.createAccount("DEALER", "D0001");
        browser.signIn(dealer);
        for (String language : List.of("zh", "en")) {
            if (language.equals("en")) {
                browser.get("/dealer/index.xhtml");
                String before = browser.text(By.id("homeTitle"));
                browser.driver.findElement(By.id("languageForm:en")).click();
                browser.patiently(20).until(d -> !d.findElement(By.id("homeTitle")).getText().equals(before));
            }
            browser.get("/hq/scorecards.xhtml");
            String title = browser.text(By.id("errorTitle"));
            assertEquals(language.equals("zh") ? "无权访问" : "Access denied", title.strip());
            assertPortalFrame(dealer);
            assertEquals(403, status(baseUrl() + "/hq/scorecards.xhtml"));
            browser.screenshot("error-403-dealer-" + language);

            browser.get("/no-such-page.xhtml");
            assertTrue(browser.text(By.cssSelector(".error-code")).contains("404"));
            assertPortalFrame(dealer);
            assertEquals(404, status(baseUrl() + "/no-such-page.xhtml"));
            browser.screenshot("error-404-dealer-" + language);
        }
        // the sign-out of the error page signs out
        browser.waitFor(By.id("logoutForm:logout")).click();
        browser.waitFor(By.id("loginForm:username"));
        browser.get("/dealer/index.xhtml");
        browser.waitFor(By.id("loginForm:username"));

        // signed out, the error pages keep the public frame
        browser.get("/error/404.xhtml");
        browser.waitFor(By.id("errorTitle"));
        assertTrue(browser.driver.findElements(By.id("mainMenu")).isEmpty(), "no menu for nobody");
        assertTrue(browser.driver.findElements(By.id("logoutForm:logout")).isEmpty(), "no sign-out for nobody");
    }

    private void assertPortalFrame(Account dealer) {
        WebElement menu = browser.waitFor(By.id("mainMenu"));
        assertTrue(menu.findElements(By.cssSelector("a[href*='/dealer/index.xhtml']")).size() == 1, "the dealer's menu");
        assertTrue(menu.findElements(By.cssSelector("a[href*='/hq/']")).isEmpty(), "nothing of HQ in it");
        assertEquals(dealer.username(), browser.text(By.id("topbarUsername")).strip());
        assertTrue(browser.waitFor(By.id("logoutForm:logout")).isDisplayed(), "the sign-out");
    }

    // ------------------------------------------------------------------ helpers

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }

    private void assertNoPageScroll(String what) {
        long scroll = (Long) js("return document.documentElement.scrollWidth;");
        long width = (Long) js("return document.documentElement.clientWidth;");
        assertTrue(scroll <= width, what + " scrolls sideways: " + scroll + " > " + width);
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("[id='" + FORM + "ranking_data'] > tr")).stream()
                .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message")).toList();
    }

    private WebElement componentHeader(String code) {
        return browser.driver.findElement(By.id(FORM + "ranking:col_" + code));
    }

    /** The header text of a component column, as the toggler lists it. */
    private String componentLabel(String code, String language) {
        return componentHeader(code).getAttribute("textContent").strip();
    }

    /** Opens the toggler (when closed) and flips the column with this label. */
    private void toggle(String label) {
        WebElement overlay = browser.driver.findElement(By.cssSelector(".ui-columntoggler"));
        if (!overlay.isDisplayed()) {
            browser.waitFor(By.id(FORM + "columns")).click();
            browser.patiently(20).until(d -> d.findElement(By.cssSelector(".ui-columntoggler")).isDisplayed());
        }
        WebElement item = browser.patiently(20).until(d -> d.findElements(By.cssSelector(".ui-columntoggler li")).stream()
                .filter(li -> li.getText().strip().equals(label)).findFirst().orElse(null));
        item.findElement(By.cssSelector(".ui-chkbox-box")).click();
    }

    private void closeToggler() {
        WebElement overlay = browser.driver.findElement(By.cssSelector(".ui-columntoggler"));
        if (overlay.isDisplayed()) {
            browser.driver.findElement(By.id(FORM + "columns")).click();
            browser.patiently(20).until(d -> !d.findElement(By.cssSelector(".ui-columntoggler")).isDisplayed());
        }
    }

    private String figure(String id) {
        return browser.driver.findElement(By.cssSelector("#" + id + " .home-figure-value")).getText().strip();
    }

    /** The HTTP status of a GET with the browser's session, redirects not followed. */
    private int status(String url) {
        return fetch(url).statusCode();
    }

    /** Where a redirect sends the browser's session, as an absolute address. */
    private String location(String url) {
        String location = fetch(url).headers().firstValue("Location").orElseThrow();
        return URI.create(url).resolve(location).toString();
    }

    private HttpResponse<Void> fetch(String url) {
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new AssertionError("GET " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("GET " + url, e);
        }
    }
}
