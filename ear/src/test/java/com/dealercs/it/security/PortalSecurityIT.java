package com.dealercs.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.PortalSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The portal's doors at the HTTP level: login, session, role-based pages, headers. */
class PortalSecurityIT extends DeployedApplication {

    private static final java.util.regex.Pattern STACK_FRAME =
            java.util.regex.Pattern.compile("\\bat [\\w.$]+\\([\\w]+\\.java:\\d+\\)");
    private static final Map<String, String> HOME = Map.of(
            "ADMIN", "/admin/index.xhtml",
            "SUPERVISOR", "/hq/index.xhtml",
            "EXECUTIVE", "/executive/index.xhtml",
            "DEALER", "/dealer/index.xhtml");

    @Test
    void theLoginPageIsPublicWithPrimeFacesAndSecurityHeaders() {
        HttpResponse<String> page = new PortalSession().get("/login.xhtml");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("jakarta.faces.resource/core.js.xhtml?ln=primefaces")
                || page.body().contains("ln=primefaces"), "PrimeFaces resources are linked");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        Map<String, String> directives = new java.util.HashMap<>();
        for (String directive : csp.split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            directives.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
        assertTrue(nonce.find(), "scripts carry a nonce");
        assertEquals("'self' 'nonce-" + nonce.group(1) + "'", directives.get("script-src"),
                "only our scripts and the page's nonce may run: " + csp);
        assertEquals("'none'", directives.get("frame-ancestors"), csp);
        assertEquals("'none'", directives.get("object-src"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null));
    }

    @Test
    void primeFacesResourcesLoad() {
        PortalSession browser = new PortalSession();
        HttpResponse<String> page = browser.get("/login.xhtml");
        java.util.regex.Matcher script = java.util.regex.Pattern
                .compile("src=\"(/jakarta\\.faces\\.resource/[^\"]*ln=primefaces[^\"]*)\"").matcher(page.body());

        assertTrue(script.find(), "a PrimeFaces script on the page");
        HttpResponse<String> resource = browser.get(script.group(1).replace("&amp;", "&"));
        assertEquals(200, resource.statusCode());
        assertTrue(resource.body().length() > 1000);
    }

    @Test
    void aProtectedPageSendsAStrangerToTheLoginPage() {
        for (String page : List.of("/", "/hq/index.xhtml", "/admin/index.xhtml", "/dealer/index.xhtml")) {
            HttpResponse<String> response = new PortalSession().get(page);

            assertEquals(302, response.statusCode(), page);
            assertTrue(PortalSession.location(response).endsWith("/login.xhtml"), page);
        }
    }

    @Test
    void eachRoleSignsInToItsHomeAndIsKeptOutOfTheOthers() {
        for (String role : HOME.keySet()) {
            Account account = Api.createAccount(role, "DEALER".equals(role) ? "D0001" : null);
            PortalSession browser = new PortalSession();

            HttpResponse<String> login = browser.login(account.username(), account.password());
            assertEquals(302, login.statusCode(), role + " login: " + login.body());
            assertTrue(PortalSession.location(login).endsWith(HOME.get(role)), PortalSession.location(login));

            HttpResponse<String> home = browser.get(HOME.get(role));
            assertEquals(200, home.statusCode(), role);
            assertTrue(home.body().contains("homeTitle"), role + " home page");
            assertTrue(home.body().contains(account.username()), "the home page says who is signed in");

            for (Map.Entry<String, String> other : HOME.entrySet()) {
                boolean allowed = other.getKey().equals(role)
                        || ("ADMIN".equals(role) && !"DEALER".equals(other.getKey()));
                int status = browser.get(other.getValue()).statusCode();
                assertEquals(allowed ? 200 : 403, status, role + " on " + other.getValue());
            }
        }
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPageWithAMessage() {
        Account account = Api.createAccount("SUPERVISOR", null);
        PortalSession browser = new PortalSession();

        HttpResponse<String> login = browser.login(account.username(), "wrong-password-123");

        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("loginForm"), "still the login page");
        assertTrue(login.body().contains("ui-messages-error"), "an error message is shown");
        assertEquals(302, browser.get("/hq/index.xhtml").statusCode());
    }

    @Test
    void afterFourWrongPasswordsTheLoginPageSaysSigningInIsDelayedAndTheRightPasswordOpensNothing() {
        Account account = Api.createAccount("SUPERVISOR", null);
        PortalSession browser = new PortalSession();
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> wrong = browser.login(account.username(), "guess-number-" + i);
            assertTrue(wrong.body().contains("loginForm"), "still the login page");
        }

        HttpResponse<String> right = browser.login(account.username(), account.password());

        assertTrue(right.body().contains("loginForm"), "still the login page");
        // the first delay is 5 s, said in whole minutes rounded up (zh by default)
        assertTrue(right.body().contains("1 分钟"), "it says for how long: " + right.body());
        assertEquals(302, browser.get("/hq/index.xhtml").statusCode(), "not signed in");
    }

    @Test
    void signingInChangesTheSessionIdAndTheOldOneOpensNothing() {
        Account account = Api.createAccount("SUPERVISOR", null);
        PortalSession browser = new PortalSession();
        browser.get("/hq/index.xhtml"); // a stranger's visit opens a session (it remembers the page)
        String before = browser.sessionId().orElseThrow();

        browser.login(account.username(), account.password());
        String after = browser.sessionId().orElseThrow();

        assertNotEquals(before, after);
        assertEquals(200, browser.get("/hq/index.xhtml").statusCode());
        PortalSession attacker = new PortalSession();
        attacker.useSessionId(before);
        assertEquals(302, attacker.get("/hq/index.xhtml").statusCode(), "the pre-login session is worthless");
    }

    @Test
    void theSessionCookieIsHttpOnly() {
        HttpResponse<String> page = new PortalSession().get("/hq/index.xhtml");

        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertFalse(cookie.contains("Secure"), "no Secure flag over plain HTTP, or the browser would drop it");
    }

    @Test
    void overHttpsTheSessionCookieIsAlsoSecure() throws Exception {
        // the domain's HTTPS listener (port base + 81) with its self-signed certificate
        int httpsPort = Integer.parseInt(System.getProperty("cs.http.port")) + 1;
        javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
        trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, new java.security.SecureRandom());
        javax.net.ssl.HttpsURLConnection https = (javax.net.ssl.HttpsURLConnection)
                new java.net.URL("https://localhost:" + httpsPort + "/hq/index.xhtml").openConnection();
        https.setSSLSocketFactory(trustAll.getSocketFactory());
        https.setHostnameVerifier((host, session) -> true);
        https.setInstanceFollowRedirects(false);

        assertEquals(302, https.getResponseCode());
        String cookie = https.getHeaderFields().getOrDefault("Set-Cookie", List.of()).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        https.disconnect();
        assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly"), cookie);
    }

    @Test
    void theRootSendsASignedInUserToItsHome() {
        Account account = Api.createAccount("EXECUTIVE", null);
        PortalSession browser = new PortalSession();
        browser.login(account.username(), account.password());

        HttpResponse<String> root = browser.get("/");

        assertEquals(302, root.statusCode());
        assertTrue(PortalSession.location(root).endsWith("/executive/index.xhtml"), PortalSession.location(root));
    }

    @Test
    void unknownPagesAndServerErrorsShowNoInternals() {
        PortalSession browser = new PortalSession();
        Account account = Api.createAccount("SUPERVISOR", null);
        browser.login(account.username(), account.password());

        HttpResponse<String> missing = browser.get("/hq/no-such-page.xhtml");

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<html"), "the portal's own error page");
        assertFalse(STACK_FRAME.matcher(missing.body()).find() || missing.body().contains("Payara Server"),
                missing.body());
    }
}
