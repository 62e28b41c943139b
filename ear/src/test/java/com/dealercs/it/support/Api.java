package com.dealercs.it.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** A small client of the HTTP API, as an integrator would write it. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    /** An account made for one test, so tests never depend on each other or on old data. */
    public record Account(String username, String password, String role, String dealerCode) {
    }

    private Api() {
    }

    public static Reply get(String path, String username, String password) {
        return send(request(path, username, password).GET().build());
    }

    public static Reply get(String path, String username, String password, String acceptLanguage) {
        return send(request(path, username, password).header("Accept-Language", acceptLanguage).GET().build());
    }

    public static Reply postJson(String path, String username, String password, String json) {
        return send(request(path, username, password)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public static Reply postJson(String path, String username, String password, Map<String, ?> body) {
        try {
            return postJson(path, username, password, JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static Reply putJson(String path, String username, String password, Map<String, ?> body) {
        return putJson(path, username, password, body, "en");
    }

    public static Reply putJson(String path, String username, String password, Map<String, ?> body, String acceptLanguage) {
        try {
            return send(request(path, username, password).header("Content-Type", "application/json")
                    .header("Accept-Language", acceptLanguage)
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static Reply postBytes(String path, String username, String password, String contentType, byte[] body) {
        return send(request(path, username, password).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Any request: a method, headers of the caller's choice (an {@code Origin}, a content type) and a body. */
    public static Reply send(String method, String path, String username, String password, Map<String, String> headers,
            byte[] body) {
        HttpRequest.Builder builder = request(path, username, password);
        headers.forEach(builder::setHeader); // replaces the default Accept when a caller names its own
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Uploads a file for import and waits until the import has ended; answers its final status. */
    public static JsonNode importFile(String kind, String contentType, byte[] content) {
        Reply started = postBytes("/api/v1/imports/" + kind, "admin", DeployedApplication.adminPassword(),
                contentType, content);
        if (started.status() != 202) {
            throw new AssertionError("Import of " + kind + " not started: " + started.status() + " " + started.body());
        }
        return awaitImport(started.json().get("id").asLong());
    }

    public static JsonNode awaitImport(long id) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            JsonNode status = get("/api/v1/imports/" + id, "admin", DeployedApplication.adminPassword()).json();
            if (!"STARTED".equals(status.get("status").asText())) {
                return status;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Import " + id + " did not end within 3 minutes");
    }

    /** The administrator the server bootstraps from the environment. */
    public static Account admin() {
        return new Account("admin", DeployedApplication.adminPassword(), "ADMIN", null);
    }

    /** Creates an account through {@code POST /api/v1/users} as the bootstrapped administrator. */
    public static Account createAccount(String role, String dealerCode) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        Map<String, Object> body = dealerCode == null
                ? Map.of("username", username, "password", password, "role", role)
                : Map.of("username", username, "password", password, "role", role, "dealerCode", dealerCode);
        Reply reply = postJson("/api/v1/users", "admin", DeployedApplication.adminPassword(), body);
        if (reply.status() != 201) {
            throw new AssertionError("Could not create a " + role + " account: " + reply.status() + " " + reply.body());
        }
        return new Account(username, password, role, dealerCode);
    }

    /** The error format of the API (interfaces.md), and nothing of the server's insides. */
    public static void assertJsonError(Reply reply) {
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON content type: " + reply.headers().map());
        JsonNode json = reply.json();
        assertTrue(json.get("error").isTextual() && !json.get("error").asText().isBlank(), reply.body());
        assertTrue(json.get("details").isArray(), reply.body());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("at com.")
                || reply.body().contains("at org."), "no stack trace: " + reply.body());
    }

    private static HttpRequest.Builder request(String path, String username, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(DeployedApplication.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (username != null) {
            String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
