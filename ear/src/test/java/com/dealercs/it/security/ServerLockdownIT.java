package com.dealercs.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.PortalSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The server as the network sees it: only HTTP and HTTPS reachable from other machines, no anonymous
 * administration; the security headers on every kind of response (pages, error pages, the login
 * redirect, the API's 401, static resources; HSTS on HTTPS); the session cookie's SameSite; no
 * redirect built from a forged Host header; no Faces action by GET; no bare 500 for a broken post.
 */
class ServerLockdownIT extends DeployedApplication {

    private static final Pattern VIEW_STATE =
            Pattern.compile("<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private static int httpPort() {
        return Integer.parseInt(System.getProperty("cs.http.port"));
    }

    private static int portbase() {
        return httpPort() - 80;
    }

    @Test
    void onlyHttpAndHttpsListenBeyondLoopback() throws IOException {
        Optional<InetAddress> address = nonLoopbackAddress();
        Assumptions.assumeTrue(address.isPresent(),
                "this machine has no non-loopback IPv4 address to knock on the server's ports from");
        InetAddress outside = address.get();
        assertTrue(accepts(outside, httpPort()), "HTTP listens on every address (" + outside + ")");
        assertTrue(accepts(outside, portbase() + 81), "HTTPS too");
        Map<String, Integer> closed = Map.of("admin", 48, "IIOP", 37, "IIOP/SSL", 38, "IIOP/SSL mutual auth", 39,
                "JMS", 76, "JMX", 86, "Hazelcast", 49);
        closed.forEach((name, offset) -> assertFalse(accepts(outside, portbase() + offset),
                name + " (port " + (portbase() + offset) + ") refuses connections on " + outside));
        assertTrue(accepts(InetAddress.getLoopbackAddress(), portbase() + 48),
                "while administration listens on loopback (asadmin)");
    }

    @Test
    void administrationWantsCredentials() throws Exception {
        HttpResponse<String> domain = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + (portbase() + 48) + "/management/domain"))
                .header("Accept", "application/json").header("X-Requested-By", "test").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, domain.statusCode(), "no anonymous administration: " + domain.body());
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/login.xhtml");
        assertEquals(200, page.statusCode());
        assertSecurityHeaders(page, "the login page");
        assertPageCsp(page, "the login page");

        HttpResponse<String> redirect = get("/hq/index.xhtml");
        assertEquals(302, redirect.statusCode(), "the login redirect");
        assertSecurityHeaders(redirect, "the login redirect");

        PortalSession signedInAdmin = signedIn(Api.admin());
        for (String folder : List.of("/hq", "/dealer", "/admin", "/executive")) {
            HttpResponse<String> anonymous = get(folder);
            assertEquals(302, anonymous.statusCode(), folder + " without a session: to the login");
            assertSecurityHeaders(anonymous, "the login redirect of " + folder);
            HttpResponse<String> toFolder = signedInAdmin.get(folder + "?year=2024");
            if (folder.equals("/dealer")) {
                // the folder's name is inside its constraint (/dealer/* covers /dealer): not for HQ
                assertEquals(403, toFolder.statusCode(), folder);
                assertSecurityHeaders(toFolder, "the administrator's 403 on " + folder);
                continue;
            }
            assertEquals(302, toFolder.statusCode(), folder);
            assertEquals(folder + "/?year=2024", PortalSession.location(toFolder), folder + ": to the folder, the query kept");
            assertSecurityHeaders(toFolder, "the redirect of " + folder + " to its folder");
        }

        HttpResponse<String> api = get("/api/v1/audit");
        assertEquals(401, api.statusCode(), "the API without credentials");
        assertSecurityHeaders(api, "the API's 401");
        assertTrue(api.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));

        HttpResponse<String> resource = get("/resources/js/portal.js");
        assertEquals(200, resource.statusCode(), "a static resource");
        assertSecurityHeaders(resource, "a static resource");

        PortalSession supervisor = signedIn(Api.createAccount("SUPERVISOR", null));
        HttpResponse<String> forbidden = supervisor.get("/admin/policy.xhtml");
        assertEquals(403, forbidden.statusCode());
        assertSecurityHeaders(forbidden, "the 403 page");
        assertPageCsp(forbidden, "the 403 page");
        HttpResponse<String> missing = supervisor.get("/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertSecurityHeaders(missing, "the 404 page");
        assertPageCsp(missing, "the 404 page");
    }

    @Test
    void theApisUnauthorizedDoesNotChallengeBrowsersForBasicCredentials() {
        Api.Reply missing = Api.get("/api/v1/audit", null, null);
        assertEquals(401, missing.status());
        assertTrue(missing.headers().firstValue("WWW-Authenticate").isEmpty(), "no challenge: " + missing.headers().map());
        Api.Reply wrong = Api.get("/api/v1/audit", "admin", "not-the-password");
        assertEquals(401, wrong.status());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").isEmpty(), "no challenge: " + wrong.headers().map());
        Api.assertJsonError(wrong);
    }

    @Test
    void httpsResponsesCarryHstsAndTheSessionCookieIsSecureAndSameSite() throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        // the test domain's certificate is self-signed: trusted here, in this test only
        HttpsURLConnection https = (HttpsURLConnection) URI.create(
                "https://localhost:" + (portbase() + 81) + "/login.xhtml").toURL().openConnection();
        https.setSSLSocketFactory(trustAll.getSocketFactory());
        https.setHostnameVerifier((host, session) -> true);
        https.setInstanceFollowRedirects(false);
        assertEquals(200, https.getResponseCode());
        assertEquals("max-age=31536000; includeSubDomains", https.getHeaderField("Strict-Transport-Security"));
        assertTrue(https.getHeaderField("Content-Security-Policy").contains("default-src"));
        String cookie = sessionCookie(https.getHeaderFields().getOrDefault("Set-Cookie", List.of()));
        https.disconnect();
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("secure"), cookie);
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("httponly"), cookie);

        HttpResponse<String> plain = get("/login.xhtml");
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
        String plainCookie = sessionCookie(plain.headers().allValues("Set-Cookie"));
        assertTrue(plainCookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), plainCookie);
        assertFalse(plainCookie.toLowerCase(Locale.ROOT).contains("secure"), "no Secure over HTTP: " + plainCookie);
    }

    @Test
    void noLocationIsBuiltFromAForgedHostHeader() throws IOException {
        PortalSession admin = signedIn(Api.admin());
        String session = "JSESSIONID=" + admin.sessionId().orElseThrow();
        List<String[]> requests = List.of(
                new String[] {"/hq/index.xhtml", null},  // the login redirect
                new String[] {"/hq", null},              // the container's own (a folder)
                new String[] {"/", null},
                new String[] {"/openapi", null},
                new String[] {"/", session},             // the signed-in home
                new String[] {"/login.xhtml", session});
        int redirects = 0;
        for (String[] request : requests) {
            String response = raw("GET " + request[0] + " HTTP/1.1\r\nHost: evil.example\r\n"
                    + (request[1] == null ? "" : "Cookie: " + request[1] + "\r\n") + "Connection: close\r\n\r\n");
            String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
            assertFalse(head.toLowerCase(Locale.ROOT).contains("evil.example"), request[0] + ":\n" + head);
            if (head.matches("(?s)HTTP/1\\.1 30[1-8].*")) {
                redirects++;
            }
        }
        assertTrue(redirects >= 2, "the requests were redirects: " + redirects);
    }

    @Test
    void aGetCarryingAViewStateRunsNoAction() {
        PortalSession admin = signedIn(Api.admin());
        HttpResponse<String> home = admin.get("/hq/index.xhtml");
        assertEquals(200, home.statusCode());
        Matcher viewState = VIEW_STATE.matcher(home.body());
        assertTrue(viewState.find(), "the page has a view state");

        HttpResponse<String> get = admin.get("/hq/index.xhtml?" + form(Map.of("logoutForm", "logoutForm",
                "logoutForm:logout", "x", "jakarta.faces.ViewState", viewState.group(1))));

        assertEquals(400, get.statusCode(), "a postback by GET is refused");
        assertTrue(get.body().contains("id=\"errorTitle\""), "with the portal's error page");
        assertEquals(200, admin.get("/hq/index.xhtml").statusCode(), "the sign-out did not run: still signed in");
    }

    @Test
    void aPostWithoutNonceOrWithABrokenViewStateGetsAPageNotABare500() throws Exception {
        PortalSession visitor = new PortalSession();
        HttpResponse<String> page = visitor.get("/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(viewState.find());
        for (String state : List.of(viewState.group(1), "broken-view-state")) {
            // no primefaces.nonce: what PrimeFaces' script would add
            String body = form(Map.of("loginForm", "loginForm", "loginForm:username", "admin",
                    "loginForm:password", "x", "loginForm:submit", "", "jakarta.faces.ViewState", state));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "JSESSIONID=" + visitor.sessionId().orElse(""))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertNotEquals(200, response.statusCode(), state + ": not signed in");
            assertTrue(response.statusCode() == 400 || response.body().contains("id=\"errorTitle\""),
                    state + ": an error page of the portal, " + response.statusCode() + "\n" + response.body());
            assertFalse(response.body().contains("Caused by") || response.body().contains("\tat org.")
                    || response.body().contains("\tat com."), "no stack trace");
        }
    }

    private static PortalSession signedIn(Api.Account account) {
        PortalSession session = new PortalSession();
        HttpResponse<String> login = session.login(account.username(), account.password());
        assertEquals(302, login.statusCode(), "signed in as " + account.username());
        assertFalse(PortalSession.location(login).contains("://"), "a path as location: " + PortalSession.location(login));
        return session;
    }

    private static void assertSecurityHeaders(HttpResponse<?> response, String what) {
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), what);
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), what + ": no HSTS over HTTP");
    }

    private static void assertPageCsp(HttpResponse<?> response, String what) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), what + ": one policy " + policies);
        assertTrue(policies.get(0).contains("default-src 'self'") && policies.get(0).contains("nonce-"),
                what + ": " + policies);
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A request as written, on a plain socket: HttpClient would not send a forged Host header. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", httpPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 3000);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            throw new AssertionError("no clear answer from " + address + ":" + port, e);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
