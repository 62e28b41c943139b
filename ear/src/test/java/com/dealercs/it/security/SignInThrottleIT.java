package com.dealercs.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.PortalBrowser;
import com.dealercs.it.support.PortalSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 12: wrong passwords from one address must not lock the user out at another, and sign-ins,
 * failures, delays and refusals are in the audit trail with the address they came from. Another
 * client address is real: the requests below leave from 127.0.0.2 (a loopback address like
 * 127.0.0.1 on Linux), which the server sees as the peer.
 */
class SignInThrottleIT extends DeployedApplication {

    private static final String OTHER_ADDRESS = "127.0.0.2";
    private static final Set<String> THIS_ADDRESS = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

    /** The finding: anyone could lock any username (admin too), again and again, with five wrong passwords. */
    @Test
    void wrongPasswordsFromAnotherAddressDelayOnlyThatAddressAndAreRecorded() throws IOException {
        Account victim = Api.createAccount("SUPERVISOR", null);
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, fromOtherAddress(victim.username(), "guess-number-" + i).status,
                    "failure " + i + " is checked and refused");
        }

        // each request is a web request of its own: the counters they share are the grid's
        Raw delayed = fromOtherAddress(victim.username(), victim.password());
        assertEquals(429, delayed.status, "the same pair waits, even with the right password: " + delayed.text);
        assertTrue(delayed.text.contains("Retry-After:"), delayed.text);

        Reply home = Api.get("/api/v1/users/me", victim.username(), victim.password());
        assertEquals(200, home.status(), "the real user, at another address, is not kept out: " + home.body());

        List<JsonNode> entries = entries(victim.username());
        List<JsonNode> failed = withAction(entries, "SIGN_IN_FAILED");
        assertEquals(4, failed.size(), "one entry per checked failure, none for the refused attempt: " + entries);
        for (JsonNode entry : failed) {
            assertEquals(OTHER_ADDRESS, entry.path("address").asText(), entry.toString());
            assertEquals(victim.username(), entry.path("actor").asText(), entry.toString());
            assertEquals("API", entry.path("after").asText(), entry.toString());
        }
        List<JsonNode> throttled = withAction(entries, "SIGN_IN_THROTTLED");
        assertEquals(1, throttled.size(), "one entry per delay: " + entries);
        assertEquals(OTHER_ADDRESS, throttled.get(0).path("address").asText());
        assertEquals("API, 5 s", throttled.get(0).path("after").asText());
        assertTrue(withAction(entries, "SIGNED_IN").isEmpty(), "API calls that sign in are not recorded one by one");
        for (JsonNode entry : entries) {
            assertFalse(entry.toString().contains(victim.password()), "never a password: " + entry);
            assertFalse(entry.toString().contains("guess-number"), "never a password tried: " + entry);
        }
    }

    @Test
    void anUnknownUsernameIsRecordedAsAFailedSignIn() throws IOException {
        String nobody = "nobody-" + System.nanoTime();

        assertEquals(401, fromOtherAddress(nobody, "some-password-1").status);

        List<JsonNode> failed = withAction(entries(nobody), "SIGN_IN_FAILED");
        assertEquals(1, failed.size());
        assertEquals(OTHER_ADDRESS, failed.get(0).path("address").asText());
    }

    @Test
    void aPortalSignInAndAFailedOneAreRecordedWithTheirAddress() {
        Account account = Api.createAccount("SUPERVISOR", null);
        PortalSession browser = new PortalSession();

        browser.login(account.username(), "wrong-password-123");
        browser.login(account.username(), account.password());
        assertEquals(200, browser.get("/hq/index.xhtml").statusCode(), "signed in");

        List<JsonNode> entries = entries(account.username());
        JsonNode failed = withAction(entries, "SIGN_IN_FAILED").get(0);
        JsonNode signedIn = withAction(entries, "SIGNED_IN").get(0);
        assertEquals("PORTAL", failed.path("after").asText());
        assertEquals("PORTAL", signedIn.path("after").asText());
        assertEquals(account.username(), signedIn.path("actor").asText());
        assertEquals("user:" + account.username(), signedIn.path("subject").asText());
        assertTrue(THIS_ADDRESS.contains(signedIn.path("address").asText()), signedIn.toString());
        assertTrue(THIS_ADDRESS.contains(failed.path("address").asText()), failed.toString());
    }

    @Test
    void aSignedInCallerRefusedByARoleCheckIsRecordedWithThePath() {
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        PortalSession browser = new PortalSession();
        browser.login(supervisor.username(), supervisor.password());

        assertEquals(403, browser.get("/admin/index.xhtml").statusCode(), "a page of administrators");
        assertEquals(403, Api.get("/api/v1/audit", supervisor.username(), supervisor.password()).status(),
                "an endpoint of administrators");
        // opening the error page itself is no refusal
        assertEquals(200, browser.get("/error/403.xhtml").statusCode());

        List<JsonNode> denied = withAction(entries(supervisor.username()), "ACCESS_DENIED");
        List<String> paths = denied.stream().map(e -> e.path("after").asText()).sorted().toList();
        assertEquals(List.of("GET /admin/index.xhtml", "GET /api/v1/audit"), paths, denied.toString());
        for (JsonNode entry : denied) {
            assertEquals(supervisor.username(), entry.path("actor").asText());
            assertTrue(THIS_ADDRESS.contains(entry.path("address").asText()), entry.toString());
        }
    }

    /** What a user and an administrator see: the delay on the login page, the entries on the audit page. */
    @Test
    void theLoginPageSaysHowLongAndTheAuditPageShowsTheSignInsInBothLanguages() throws IOException {
        Account zh = Api.createAccount("SUPERVISOR", null);
        Account en = Api.createAccount("SUPERVISOR", null);
        try (PortalBrowser browser = PortalBrowser.open()) {
            browser.get("/login.xhtml");
            delayInBrowser(browser, zh);
            String said = browser.waitForText(By.id("loginForm:messages"), "分钟", 30);
            assertTrue(said.contains("1 分钟"), said);
            browser.screenshot("login-delayed");

            browser.get("/login.xhtml");
            browser.driver.findElement(By.id("languageForm:en")).click();
            browser.waitForText(By.id("loginTitle"), "Sign", 20);
            delayInBrowser(browser, en);
            said = browser.waitForText(By.id("loginForm:messages"), "minute", 30);
            assertTrue(said.contains("delayed for 1 more minute"), said);
            browser.screenshot("login-delayed-en");

            browser.driver.manage().deleteAllCookies();
            browser.signIn(Api.admin());
            browser.get("/admin/audit.xhtml");
            browser.waitFor(By.id("auditForm:actor"));
            browser.type("auditForm:actor", zh.username());
            browser.driver.findElement(By.id("auditForm:search")).click();
            // the unfiltered table shown first may hold the other account's entries: wait for the filter's answer
            String table = browser.patiently(30).until(d -> {
                String text = d.findElement(By.id("auditForm:entries")).getText();
                return text.contains("登录被延迟") && !text.contains(en.username()) ? text : null;
            });
            assertTrue(table.contains("登录失败") && table.contains("用户 " + zh.username()) && table.contains("门户"), table);
            browser.screenshot("admin-audit-sign-ins");
            browser.switchToEnglish();
            table = browser.waitForText(By.id("auditForm:entries"), "Sign-in delayed", 30);
            assertTrue(table.contains("Sign-in failed") && table.contains("User " + zh.username()), table);
            browser.screenshot("admin-audit-sign-ins-en");
        }
    }

    /** Four wrong passwords typed on the login page, then the right one, each waiting for the page it posts to. */
    private static void delayInBrowser(PortalBrowser browser, Account account) {
        for (int i = 1; i <= 5; i++) {
            browser.type("loginForm:username", account.username());
            browser.type("loginForm:password", i < 5 ? "guess-number-" + i : account.password());
            WebElement form = browser.driver.findElement(By.id("loginForm"));
            browser.driver.findElement(By.id("loginForm:submit")).click();
            browser.awaitReplaced(form, 30);
            browser.waitFor(By.cssSelector(".login-messages .ui-messages-error"));
        }
    }

    private static List<JsonNode> entries(String username) {
        Reply audit = Api.get("/api/v1/audit?subject=" + URLEncoder.encode("user:" + username, StandardCharsets.UTF_8),
                "admin", adminPassword());
        assertEquals(200, audit.status(), audit.body());
        List<JsonNode> entries = new ArrayList<>();
        audit.json().forEach(entries::add);
        return entries;
    }

    private static List<JsonNode> withAction(List<JsonNode> entries, String action) {
        return entries.stream().filter(e -> action.equals(e.path("action").asText())).toList();
    }

    /** A response read off the wire: its status and everything it said. */
    private record Raw(int status, String text) {
    }

    /** {@code GET /api/v1/users/me} with Basic credentials, sent from {@link #OTHER_ADDRESS}. */
    private static Raw fromOtherAddress(String username, String password) throws IOException {
        int port = Integer.parseInt(DeployedApplication.baseUrl().replaceAll(".*:", ""));
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(OTHER_ADDRESS, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/users/me HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
                    + credentials + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            String text = response.toString(StandardCharsets.UTF_8);
            Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(text);
            assertTrue(status.find(), "an HTTP response: " + text);
            return new Raw(Integer.parseInt(status.group(1)), text);
        }
    }
}
