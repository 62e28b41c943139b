package com.dealercs.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.PageWords;
import com.dealercs.it.support.PortalBrowser;
import com.dealercs.it.support.SampleYear;
import com.dealercs.it.support.Scorecards;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page's words come from the bundles in the page's language (issue 11): each role signs in and
 * opens every page it may, in Chinese and then in English, with data present (a calculated,
 * approved and published year, an open year with a run and a changed policy, an import that
 * failed, the audit entries all that made); no page may show a raw code, a field name, a section
 * number, an audit subject, a missing-bundle marker, nor an English word in Chinese or a Chinese
 * one in English, data aside (the database's names, comments, reasons, file names, usernames).
 * Every page must also fit its screen without scrolling sideways: 1366 px, and 390 px for the
 * dealer's pages. Screenshots of every page in both languages land in cs.screenshots as words-*.png.
 */
class PortalWordsBrowserIT extends DeployedApplication {

    /** The words the issue found on the pages, each of which the check must catch. */
    @Test
    void theCheckCatchesEveryFindingOfTheIssueAndNoData() {
        PageWords words = new PageWords(List.of("北京宏达斯巴鲁汽车销售服务有限公司", "supervisor-1a2b3c4d", "前台积灰"));
        for (String finding : List.of("状态 APPROVED", "对象 year:2026", "run 2: 64 rated, 1 not rated",
                "adjustments import 18, line 4", "缺失项处理（missingPolicy）", "NOT_RATED", "评分规则 §5",
                "???audit.action.X???", "华北 North China", "CS 返利占比 {0}")) {
            assertFalse(words.findings(finding, "zh").isEmpty(), "Chinese page: " + finding);
        }
        for (String finding : List.of("Region 华北", "State APPROVED", "Subject inspection:12", "csShare 0.15",
                "Payout tiers (payoutTiers)")) {
            assertFalse(words.findings(finding, "en").isEmpty(), "English page: " + finding);
        }
        // data and the names a Chinese page writes in Latin letters are no finding
        for (String fine : List.of("北京宏达斯巴鲁汽车销售服务有限公司 D0001 华北", "检查点 SSI-ENV-01 不合格：前台积灰",
                "J.D. Power 销售满意度（SSI）", "导出 Excel", "下载 PDF", "SSI-MAP 2026Q1 第 3 季度 Q3",
                "操作人 supervisor-1a2b3c4d", "CS 返利占比：15 %", "English", "N/A")) {
            assertEquals(List.of(), words.findings(fine, "zh"), fine);
        }
        assertEquals(List.of(), words.findings("Dealer 北京宏达斯巴鲁汽车销售服务有限公司 of North China 中文", "en"));
        // data is taken out as a whole word only: a username "deal" leaves "DEALERSHIP" whole, and found
        assertFalse(new PageWords(List.of("DEAL", "deal")).findings("MY DEALERSHIP", "en").isEmpty());
    }

    @Test
    void everyPageSpeaksTheUsersLanguage() throws IOException {
        int published = TestYears.freshLeapYear();
        SampleYear.importInto(published);
        Scorecards.calculate(published);
        Scorecards.approveAndPublish(published);
        int open = TestYears.fresh();       // volumes only: calculated, every dealer not rated
        Imports.volumes(open, "D0001", 10, "D0002", 20);
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("missingPolicy", "ZERO");
        policy.put("minCoverage", "60");
        policy.put("jdpMinSample", 30);
        policy.put("cscMinResponses", 10);
        policy.put("socBonusTopN", 10);
        policy.put("socBonusAmount", "20000.00");
        policy.put("rebatePerUnit", "1500.00");
        policy.put("csShare", "0.15");
        policy.put("overallWeight", "0.15");
        policy.put("payoutTiers", List.of(Map.of("threshold", "90", "ratio", "1"), Map.of("threshold", "0", "ratio", "0")));
        policy.put("reason", "总部决定");
        assertEquals(200, Api.putJson("/api/v1/years/" + open + "/policy", "admin", adminPassword(), policy).status());
        Scorecards.calculate(open);
        // a dealer renamed by an import and back: its page's history shows both records and the import's lines
        String dealerRow = new String(SampleYear.file("dealers", published), StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("D0001,")).findFirst().orElseThrow();
        String dealerName = dealerRow.split(",")[1];
        Imports.dealers(dealerRow.replace(dealerName, "词语测试" + published + dealerName));
        Imports.dealers(dealerRow);
        // an import that failed (the newest, which the imports page shows): more of its rows refused
        // than the 10 % an import tolerates
        JsonNode failed = Api.importFile("volumes", "text/csv", ("year,dealer_code,units\n" + open + ",D0001,12\n"
                + open + ",D0002,many\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("FAILED", failed.get("status").asText(), failed.toString());

        Map<String, List<String>> findings = new LinkedHashMap<>();
        String dealerCode = "D0001";
        Map<Account, List<String>> pages = new LinkedHashMap<>();
        // the account pages of every role, and a missing page (404) signed in: the menu and its words stay
        pages.put(Api.admin(), List.of("/admin/index.xhtml", "/admin/users.xhtml", "/admin/policy.xhtml",
                "/admin/scheme.xhtml", "/admin/audit.xhtml", "/account/password.xhtml", "/account/tokens.xhtml",
                "/admin/no-such-page.xhtml"));
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        // an inspection being entered (a draft of the open year) and an imported, approved one of the published year
        Api.Reply draft = Api.postJson("/api/v1/inspections", supervisor.username(), supervisor.password(), Map.of(
                "dealerCode", dealerCode, "year", open, "quarter", 4, "map", "CS_MAP",
                "inspectionDate", open + "-11-16", "inspector", "李强"));
        assertEquals(201, draft.status(), draft.body());
        long approved = Api.get("/api/v1/inspections?year=" + published + "&dealerCode=" + dealerCode, "admin",
                adminPassword()).json().get(0).get("id").asLong();
        pages.put(supervisor, List.of("/hq/index.xhtml", "/hq/imports.xhtml",
                "/hq/scorecards.xhtml?year=" + published, "/hq/scorecards.xhtml?year=" + open, "/hq/dealers.xhtml",
                "/hq/dealer.xhtml?code=" + dealerCode, "/hq/dealer-edit.xhtml?code=" + dealerCode, "/hq/entries.xhtml",
                "/hq/inspections.xhtml", "/hq/inspection.xhtml?id=" + draft.json().get("id").asLong(),
                "/hq/inspection.xhtml?id=" + approved,
                "/hq/weak-points.xhtml?year=" + published, "/hq/reports.xhtml?year=" + published,
                "/account/password.xhtml", "/account/tokens.xhtml", "/admin/users.xhtml"));
        pages.put(Api.createAccount("EXECUTIVE", null), List.of("/executive/index.xhtml",
                "/hq/scorecards.xhtml?year=" + open));
        // a dealer on an HQ page: the 403 page, in the portal's frame
        pages.put(Api.createAccount("DEALER", dealerCode), List.of("/dealer/index.xhtml",
                "/dealer/scorecard.xhtml?year=" + published, "/dealer/inspections.xhtml",
                "/account/password.xhtml", "/account/tokens.xhtml", "/hq/index.xhtml"));
        PageWords words = new PageWords(data());      // after every account exists: their usernames are data

        try (PortalBrowser browser = PortalBrowser.open()) {
            for (Map.Entry<Account, List<String>> role : pages.entrySet()) {
                browser.signIn(role.getKey());
                for (String language : List.of("zh", "en")) {
                    for (String page : role.getValue()) {
                        browser.get(page);
                        browser.waitFor(By.cssSelector("#pageTitle, #homeTitle, #errorTitle"));
                        if (language.equals("en") && page.equals(role.getValue().get(0))
                                && !browser.driver.findElements(By.id("languageForm:en")).isEmpty()) {
                            // the switch of the top bar (a home page has no #pageTitle for PortalBrowser's switch)
                            browser.driver.findElement(By.id("languageForm:en")).click();
                            browser.patiently(30).until(d -> {
                                try {
                                    return visibleText(browser).contains("Sign out");
                                } catch (JavascriptException reloading) {
                                    return false; // read while the switch reloads the page (no body yet)
                                }
                            });
                        }
                        if (page.startsWith("/hq/imports.xhtml")) {
                            showNewestImport(browser);
                        }
                        if (page.equals("/hq/scorecards.xhtml?year=" + published)) {
                            showDetail(browser);
                        }
                        if (page.equals("/admin/scheme.xhtml") || page.equals("/admin/policy.xhtml")) {
                            // the published year: its frozen state said in words ("2024 年度处于已发布状态")
                            String form = page.contains("scheme") ? "schemeForm" : "policyForm";
                            browser.choose(form + ":year", published + " · " + (language.equals("zh") ? "已发布" : "Published"));
                            // its notice that the year is frozen, which names the year's state
                            browser.waitForText(By.id(form + (page.contains("scheme") ? ":readOnly" : ":frozen")),
                                    String.valueOf(published), 30);
                        }
                        String text = visibleText(browser);
                        String name = "words-" + role.getKey().role().toLowerCase() + "-" + language + "-"
                                // the query too: two years' rankings, a draft and an approved inspection
                                + page.replaceAll("^/", "").replace(".xhtml", "").replaceAll("[/?=&]+", "-");
                        browser.screenshot(name);
                        List<String> found = new ArrayList<>(words.findings(text, language));
                        // and every page fits its screen: 1366 px, and a 390 px phone for the dealer's
                        found.addAll(sideways(browser, 1366));
                        if (role.getKey().role().equals("DEALER")) {
                            browser.driver.manage().window().setSize(new Dimension(390, 844));
                            found.addAll(sideways(browser, 390));
                            browser.screenshot(name + "-390");
                            browser.driver.manage().window().setSize(new Dimension(1366, 900));
                        }
                        if (!found.isEmpty()) {
                            findings.put(role.getKey().role() + " " + language + " " + page, found);
                            browser.savePageSource(name);
                        }
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder();
        findings.forEach((page, found) -> report.append('\n').append(page).append(":\n  ")
                .append(String.join("\n  ", found)));
        assertTrue(findings.isEmpty(), "Words not from the bundles of the page's language:" + report);
    }

    /** What makes the page scroll sideways at this width (nothing, if it fits). */
    private static List<String> sideways(PortalBrowser browser, int width) {
        browser.patiently(10).until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return window.innerWidth;")).intValue() <= width);
        long scroll = ((Number) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth;")).longValue();
        long client = ((Number) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.clientWidth;")).longValue();
        if (scroll <= client) {
            return List.of();
        }
        return List.of("scrolls sideways at " + width + " px: " + scroll + " > " + client
                + " (widest: " + browser.widestOverflowing() + ")");
    }

    /** The imports page shows the newest import of its history (the failed one) as an HQ user opens it. */
    private static void showNewestImport(PortalBrowser browser) {
        browser.waitFor(By.cssSelector("[id='importForm:history_data'] tr[data-ri='0']")).click();
        browser.patiently(30).until(d -> !d.findElements(By.id("importFailureReason")).isEmpty());
    }

    /** The ranking's detail dialog of its first dealer over the page (the ranking's words are read with it). */
    private static void showDetail(PortalBrowser browser) {
        browser.waitFor(By.xpath("//tbody[@id='scorecardsForm:ranking_data']/tr[1]//a")).click();
        browser.patiently(30).until(d -> d.findElement(By.id("scorecardsForm:detailDialog")).isDisplayed()
                && d.findElement(By.id("cardTotal")).isDisplayed());
    }

    /** What the reader sees: the page's rendered text, and the labels, hints and titles of its controls. */
    private static String visibleText(PortalBrowser browser) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(
                // the words as the bundles wrote them: CSS upper-cases the menu's group titles ("ADMINISTRATION")
                "const plain = document.createElement('style');"
                        + "plain.textContent = '*, *::before, *::after { text-transform: none !important; }';"
                        + "document.head.appendChild(plain);"
                        + "const parts = [document.title, document.body.innerText];"
                        + "document.querySelectorAll('[placeholder],[title],[aria-label]').forEach(e => {"
                        + "  if (e.offsetParent !== null) {"
                        + "    ['placeholder', 'title', 'aria-label'].forEach(a => { if (e.getAttribute(a)) parts.push(e.getAttribute(a)); });"
                        + "  }"
                        + "});"
                        // plain buttons (the language switch, sign-out, the PDF) show their value, not inner text
                        + "document.querySelectorAll('input[type=submit],input[type=button]').forEach(e => {"
                        + "  if (e.offsetParent !== null && e.value) { parts.push(e.value); }"
                        + "});"
                        + "plain.remove();"
                        + "return parts.join('\\n');");
    }

    /** What the database holds that any page may show as it is: names, places, people, comments, reasons, files. */
    private static List<String> data() {
        List<String> data = new ArrayList<>();
        Set<String> standardRegions = Set.of("华北", "华东", "华南", "华中", "西北", "西南", "东北");
        for (String sql : List.of("select name, province, city from dealer", "select dealer_code from dealer",
                "select username, created_by from app_user", "select created_by from rebate_adjustment", "select name_zh, name_en, item_code from checklist_item",
                "select name_zh, name_en, checkpoint_code from checkpoint",
                "select name_zh, name_en, factor_code from scoring_factor", "select comment from checkpoint_result",
                "select reason from rebate_adjustment", "select file_name from data_import",
                "select trainer from training_score", "select inspector, return_reason, reopen_reason from inspection",
                "select actor, reason from audit_entry", "select column_name, message_args from import_rejection",
                "select failure_args from data_import", "select response_id from csc_response")) {
            for (Map<String, Object> row : TestDatabase.rows(sql)) {
                for (Object value : row.values()) {
                    if (value != null) {
                        // an import's arguments are joined by the unit separator: the file's column names and values, each data
                        data.addAll(List.of(value.toString().split("\u001F")));
                    }
                }
            }
        }
        // a region without an English name keeps its own in English too; the standard ones must be translated
        for (Map<String, Object> row : TestDatabase.rows("select name from region")) {
            String name = row.values().iterator().next().toString();
            if (!standardRegions.contains(name)) {
                data.add(name);
            }
        }
        // the admin home's system information names the database as its driver does ("MySQL 5.5.5-10.11.19-MariaDB-…")
        try (java.sql.Connection c = TestDatabase.connect()) {
            data.add(c.getMetaData().getDatabaseProductName());
            data.add(c.getMetaData().getDatabaseProductVersion());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        // the names a dealer held before, in its records on the trail ("D0001: name region province city
        // opened STATE", written by the dealer pages and by dealers imports alike): name, province and
        // city are data, the region and the state are the page's to word
        Pattern record = Pattern.compile(
                "\\S+: (.+) \\S+ (\\S+) (\\S+) \\d{4}-\\d{2}-\\d{2} (?:ACTIVE|CLOSED)");
        for (Map<String, Object> row : TestDatabase.rows("select before_value, after_value from audit_entry")) {
            for (Object value : row.values()) {
                Matcher m = record.matcher(value == null ? "" : value.toString());
                if (m.matches()) {
                    data.addAll(List.of(m.group(1), m.group(2), m.group(3)));
                }
            }
        }
        // an audit reason the services write (an import's line) is no data: the page must put it in words
        data.removeIf(value -> value.matches("[a-z]+ import \\d+, line \\d+"));
        // nor is "entered on the portal" before a reason typed on an entry page; the typed reason is data
        List<String> typed = data.stream().filter(value -> value.startsWith("entered on the portal: "))
                .map(value -> value.substring("entered on the portal: ".length())).toList();
        data.removeIf(value -> value.startsWith("entered on the portal"));
        data.addAll(typed);
        return data;
    }
}
