package com.dealercs.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.PortalBrowser;
import com.dealercs.it.support.TestYears;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The portal in a real browser (Debian's Chromium, headless): the login page, each role's home
 * page, the language switch and logout. Screenshots land in target/screenshots for a person to
 * look at. Skipped, saying so, where Chromium or chromedriver is not installed (failed on CI).
 */
class BrowserIT extends DeployedApplication {

    private static final Map<String, String> HOME = Map.of(
            "ADMIN", "/admin/index.xhtml",
            "SUPERVISOR", "/hq/index.xhtml",
            "EXECUTIVE", "/executive/index.xhtml",
            "DEALER", "/dealer/index.xhtml");

    private PortalBrowser portal;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        portal = PortalBrowser.open();
        browser = portal.driver;
    }

    @AfterEach
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void hqStaffSignInThroughTheLoginPageSwitchToEnglishAndSignOut() {
        Account supervisor = Api.createAccount("SUPERVISOR", null);

        browser.get(baseUrl() + "/");
        portal.waitFor(By.id("loginForm:username"));
        assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), browser.getCurrentUrl());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript(
                "return typeof PrimeFaces !== 'undefined' && typeof jQuery !== 'undefined'"), "PrimeFaces loaded");
        portal.screenshot("login");

        portal.submitLogin(supervisor);
        String chineseTitle = portal.waitFor(By.id("homeTitle")).getText();
        assertTrue(browser.getCurrentUrl().endsWith("/hq/index.xhtml"), browser.getCurrentUrl());
        assertTrue(browser.getPageSource().contains(supervisor.username()));
        assertTrue(chineseTitle.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "Chinese by default: " + chineseTitle);
        portal.screenshot("home-supervisor");

        browser.findElement(By.id("languageForm:en")).click();
        portal.patiently(20)
                .until(d -> !d.findElement(By.id("homeTitle")).getText().equals(chineseTitle));
        String englishTitle = browser.findElement(By.id("homeTitle")).getText();
        assertTrue(englishTitle.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "English after the switch: " + englishTitle);
        portal.screenshot("home-supervisor-en");

        browser.findElement(By.id("logoutForm:logout")).click();
        portal.waitFor(By.id("loginForm:username"));
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
        browser.get(baseUrl() + "/hq/index.xhtml");
        portal.waitFor(By.id("loginForm:username"));
        assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), "signed out: " + browser.getCurrentUrl());
    }

    @Test
    void eachRoleSeesItsOwnHomePage() {
        for (String role : List.of("ADMIN", "SUPERVISOR", "EXECUTIVE", "DEALER")) {
            Account account = Api.createAccount(role, "DEALER".equals(role) ? "D0001" : null);
            browser.manage().deleteAllCookies();
            browser.get(baseUrl() + "/login.xhtml");
            portal.submitLogin(account);

            portal.waitFor(By.id("homeTitle"));
            assertTrue(browser.getCurrentUrl().endsWith(HOME.get(role)), role + ": " + browser.getCurrentUrl());
            assertTrue(browser.getPageSource().contains(account.username()), role + " home names the user");
            portal.screenshot("home-" + role.toLowerCase());
        }
    }

    @Test
    void aWrongPasswordShowsAMessageOnTheLoginPage() {
        browser.get(baseUrl() + "/login.xhtml");
        portal.submitLogin(new Account("nobody", "wrong-password-123", "SUPERVISOR", null));

        String message = portal.waitFor(By.cssSelector(".ui-messages-error")).getText();
        assertNotEquals("", message.strip());
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"));
        portal.screenshot("login-failed");
    }

    @Test
    void anAdministratorCreatesAnAccountOnThePortalAndAShortPasswordIsRefused() {
        String username = "ui-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        browser.get(baseUrl() + "/login.xhtml");
        portal.submitLogin(Api.admin());
        portal.waitFor(By.id("homeTitle"));
        browser.get(baseUrl() + "/admin/users.xhtml");

        portal.waitFor(By.id("createForm:username")).sendKeys(username);
        browser.findElement(By.id("createForm:password")).sendKeys("too-short");
        portal.choose("createForm:role", "总部督导");
        browser.findElement(By.id("createForm:create")).click();
        String refusal = portal.patiently(20).until(d -> {
            String text = d.findElement(By.id("createForm")).getText();
            return text.contains("密码至少需要 12 个字符") ? text : null;
        });
        assertTrue(refusal.contains("密码至少需要 12 个字符"), refusal);
        portal.screenshot("admin-users-refused");
        assertEquals(401, Api.get("/api/v1/users/me", username, "too-short").status(), "nothing was created");

        portal.waitFor(By.id("createForm:password")).sendKeys("a-long-enough-password");
        browser.findElement(By.id("createForm:create")).click();
        portal.patiently(20)
                .until(d -> d.findElement(By.id("createForm")).getText().contains("账户“" + username + "”已创建"));
        portal.screenshot("admin-users-created");
        assertEquals("SUPERVISOR",
                Api.get("/api/v1/users/me", username, "a-long-enough-password").json().get("role").asText());
    }

    @Test
    void hqStaffImportAFileOnTheImportsPageAndSeeWhatWasRejected() throws IOException {
        Imports.dealers("Y0001,成都测试汽车销售服务有限公司,西南测试区,四川,成都,2019-01-01,ACTIVE");
        int year = TestYears.fresh();
        StringBuilder csv = new StringBuilder("year,dealer_code,session_date,trainer,score\n");
        for (int day = 1; day <= 20; day++) {
            csv.append(String.format("%d,Y0001,%d-05-%02d,TAS-赵,9.%02d%n", year, year, day, day));
        }
        csv.append(year + ",Y9999," + year + "-06-01,TAS-赵,9.00\n");      // line 22: no such dealer
        Path file = Files.createTempDirectory("upload").resolve("培训-" + year + ".csv");
        Files.writeString(file, csv.toString());
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        browser.get(baseUrl() + "/login.xhtml");
        portal.submitLogin(supervisor);
        portal.waitFor(By.id("homeTitle"));

        browser.get(baseUrl() + "/hq/imports.xhtml");
        portal.choose("importForm:kind", "驻店培训");
        browser.findElement(By.id("importForm:file_input")).sendKeys(file.toString());

        portal.patiently(90)
                .until(d -> "1".equals(d.findElement(By.id("importForm:importRejected")).getText().strip()));
        assertEquals("21", browser.findElement(By.id("importForm:importRead")).getText().strip());
        assertEquals("20", browser.findElement(By.id("importForm:importWritten")).getText().strip());
        String rejections = portal.waitFor(By.id("importForm:rejections")).getText();
        assertTrue(rejections.contains("22") && rejections.contains("Y9999"), rejections);
        portal.screenshot("imports-result");

        Path picture = file.resolveSibling("not-a-table.csv");
        Files.write(picture, java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        browser.findElement(By.id("importForm:file_input")).sendKeys(picture.toString());
        String refusal = portal.patiently(30).until(d -> {
            String text = d.findElement(By.id("importForm:messages")).getText();
            return text.isBlank() ? null : text;
        });
        assertTrue(refusal.contains("CSV") && refusal.contains("XLSX"), refusal);
        portal.screenshot("imports-refused");
    }
}
