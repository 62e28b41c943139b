package com.dealercs.it.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.DeployedApplication;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The administrator's API calls in a benchmark, with an API token: HTTP Basic costs a PBKDF2
 * verification per request (about 0.1 s of a core), which would be timed with every call of the
 * product and every poll of an import's status, and the baseline pays none of it.
 */
final class AdminToken {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;

    private AdminToken(String token) {
        this.authorization = "Bearer " + token;
    }

    static AdminToken create() {
        Api.Reply created = Api.postJson("/api/v1/tokens", "admin", DeployedApplication.adminPassword(),
                Map.of("name", "benchmark " + System.currentTimeMillis(),
                        "expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString()));
        assertEquals(201, created.status(), created.body());
        return new AdminToken(created.json().get("token").asText());
    }

    /** The header's value: "Bearer …". */
    String authorization() {
        return authorization;
    }

    Api.Reply send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DeployedApplication.baseUrl() + path))
                .timeout(Duration.ofMinutes(5)).header("Authorization", authorization)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Reply(response.statusCode(), response.headers(), response.body());
        } catch (Exception e) {
            throw new AssertionError("Request failed: " + method + " " + path, e);
        }
    }

    /** Creates the year (OPEN, default scheme). */
    void createYear(int year) {
        Api.Reply created = send("POST", "/api/v1/years", "application/json",
                ("{\"year\": " + year + "}").getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.status(), created.body());
    }

    /**
     * Uploads a file for import and polls its status every 20 ms until it has ended (a token's
     * check is cheap, so the polls hardly load the server); answers the final status.
     */
    JsonNode importFile(String kind, String contentType, byte[] content) throws InterruptedException {
        Api.Reply started = send("POST", "/api/v1/imports/" + kind, contentType, content);
        assertEquals(202, started.status(), started.body());
        long id = started.json().get("id").asLong();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = send("GET", "/api/v1/imports/" + id, null, null).json();
            if (!"STARTED".equals(status.get("status").asText())) {
                return status;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Import " + id + " did not end within 10 minutes");
    }
}
