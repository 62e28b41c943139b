package com.dealercs.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DealerPortalData;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * API tokens (interfaces.md "API tokens"): created by their owner and shown once, listed without
 * their secret, acting with the owner's role and dealer, refused with 401 once revoked, expired, or
 * their owner disabled; nobody reaches another's token but an administrator.
 */
class ApiTokenIT extends DeployedApplication {

    private static final String TOKENS = "/api/v1/tokens";

    private static String inAMonth() {
        return LocalDate.now(ZoneOffset.UTC).plusMonths(1).toString();
    }

    /** Creates a token as the account (Basic) and answers the whole reply's JSON. */
    private static JsonNode create(Account owner, String name) {
        Reply reply = Api.postJson(TOKENS, owner.username(), owner.password(),
                Map.of("name", name, "expiresOn", inAMonth()));
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static Reply withToken(String method, String path, String token) {
        return withToken(method, path, token, null);
    }

    private static Reply withToken(String method, String path, String token, String json) {
        Map<String, String> headers = new HashMap<>(Map.of("Authorization", "Bearer " + token, "Accept-Language", "en"));
        if (json != null) {
            headers.put("Content-Type", "application/json");
        }
        return Api.send(method, path, null, null, headers, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTokenIsShownOnceAndListedWithoutItsSecret() {
        Account owner = Api.createAccount("SUPERVISOR", null);
        Reply created = Api.postJson(TOKENS, owner.username(), owner.password(),
                Map.of("name", "nightly export", "expiresOn", inAMonth()));

        assertEquals(201, created.status(), created.body());
        JsonNode json = created.json();
        String token = json.get("token").asText();
        assertTrue(token.matches("dcs_[A-Za-z0-9_-]{43}"), token);
        assertEquals("nightly export", json.get("name").asText());
        assertEquals(inAMonth(), json.get("expiresOn").asText());
        long id = json.get("id").asLong();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(TOKENS + "/" + id), created.headers().map().toString());

        Reply list = Api.get(TOKENS, owner.username(), owner.password());
        assertEquals(200, list.status(), list.body());
        assertEquals(1, list.json().size(), list.body());
        JsonNode listed = list.json().get(0);
        assertEquals(id, listed.get("id").asLong());
        assertEquals("ACTIVE", listed.get("status").asText());
        assertEquals(owner.username(), listed.get("owner").asText());
        assertFalse(listed.has("token"), list.body());
        assertFalse(list.body().contains(token.substring(4)), "no secret in the list");

        // the database keeps only its SHA-256, never the token
        List<Map<String, Object>> rows = TestDatabase.rows("SELECT secret_hash FROM api_token WHERE id = ?", id);
        assertEquals(1, rows.size());
        assertEquals(sha256(token), rows.get(0).get("secret_hash").toString().strip());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM api_token WHERE secret_hash = ?", token));

        // the audit trail has the creation, with the name and id, never the secret
        List<Map<String, Object>> audit = TestDatabase.rows(
                "SELECT actor, after_value FROM audit_entry WHERE action = 'TOKEN_CREATED' AND subject = ?",
                "user:" + owner.username());
        assertEquals(1, audit.size(), audit.toString());
        assertTrue(audit.get(0).toString().contains("nightly export") && audit.get(0).toString().contains(String.valueOf(id)),
                audit.toString());
        assertFalse(audit.toString().contains(token.substring(4)) || audit.toString().contains(sha256(token)), audit.toString());
    }

    @Test
    void aDealerTokenActsWithItsOwnersRoleAndDealer() {
        int year = DealerPortalData.years().published();
        Account dealer = DealerPortalData.dealer();
        String token = create(dealer, "scorecard reader").get("token").asText();

        Reply own = withToken("GET", "/api/v1/years/" + year + "/scorecards/" + DealerPortalData.OWN, token);
        assertEquals(200, own.status(), own.body());
        assertEquals(DealerPortalData.OWN, own.json().get("dealerCode").asText());

        Reply me = withToken("GET", "/api/v1/users/me", token);
        assertEquals(dealer.username(), me.json().get("username").asText());

        Reply other = withToken("GET", "/api/v1/years/" + year + "/scorecards/" + DealerPortalData.OTHERS.get(0), token);
        assertEquals(403, other.status(), other.body());
        Api.assertJsonError(other);
        assertEquals(403, withToken("GET", "/api/v1/users", token).status());
        assertEquals(403, withToken("GET", "/api/v1/system", token).status());
        assertEquals(403, withToken("POST", "/api/v1/years/" + year + "/approval", token).status());
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        Account owner = Api.createAccount("EXECUTIVE", null);
        JsonNode created = create(owner, "to revoke");
        String token = created.get("token").asText();
        assertEquals(200, withToken("GET", "/api/v1/users/me", token).status(), "works before");

        // revoked with the token itself: its owner
        Reply revoked = withToken("DELETE", TOKENS + "/" + created.get("id").asLong(), token);
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("REVOKED", revoked.json().get("status").asText());

        Reply refused = withToken("GET", "/api/v1/users/me", token);
        assertEquals(401, refused.status(), refused.body());
        Api.assertJsonError(refused);
        assertTrue(refused.headers().firstValue("WWW-Authenticate").isEmpty(), "no invitation to Basic: "
                + refused.headers().map());
        assertEquals(409, Api.send("DELETE", TOKENS + "/" + created.get("id").asLong(), owner.username(),
                owner.password(), Map.of(), null).status(), "revoked once");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'TOKEN_REVOKED' AND subject = ?",
                "user:" + owner.username()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        Account owner = Api.createAccount("SUPERVISOR", null);
        JsonNode created = create(owner, "short-lived");
        String token = created.get("token").asText();
        assertEquals(200, withToken("GET", "/api/v1/users/me", token).status(), "works before");

        // a past expiry cannot be created: the day after its expiry comes by moving the expiry back
        TestDatabase.update("UPDATE api_token SET expires_on = ? WHERE id = ?",
                java.sql.Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays(1)), created.get("id").asLong());

        Reply refused = withToken("GET", "/api/v1/users/me", token);
        assertEquals(401, refused.status(), refused.body());
        Api.assertJsonError(refused);
        assertEquals("EXPIRED", Api.get(TOKENS, owner.username(), owner.password()).json().get(0).get("status").asText());

        // its last day still works
        TestDatabase.update("UPDATE api_token SET expires_on = ? WHERE id = ?",
                java.sql.Date.valueOf(LocalDate.now(ZoneOffset.UTC)), created.get("id").asLong());
        assertEquals(200, withToken("GET", "/api/v1/users/me", token).status());
    }

    @Test
    void unknownAndMalformedTokensAreRefusedWithAJsonError() {
        Account owner = Api.createAccount("SUPERVISOR", null);
        String token = create(owner, "real").get("token").asText();
        String oneCharChanged = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        for (String wrong : List.of(oneCharChanged, "dcs_" + "A".repeat(43), "not-a-token", "", token + token)) {
            Reply refused = withToken("GET", "/api/v1/users/me", wrong);
            assertEquals(401, refused.status(), wrong + ": " + refused.body());
            Api.assertJsonError(refused);
            assertTrue(refused.headers().firstValue("WWW-Authenticate").isEmpty(), refused.headers().map().toString());
        }
        assertEquals(200, withToken("GET", "/api/v1/users/me", token).status(), "the real one works");
    }

    @Test
    void nobodyButAnAdministratorReachesAnothersToken() {
        Account owner = Api.createAccount("DEALER", "D0001");
        Account other = Api.createAccount("DEALER", "D0002");
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        JsonNode created = create(owner, "owner's");
        long id = created.get("id").asLong();
        String path = TOKENS + "/" + id;

        for (Account intruder : List.of(other, supervisor)) {
            Reply refused = Api.send("DELETE", path, intruder.username(), intruder.password(), Map.of(), null);
            assertEquals(404, refused.status(), "not 403: ids are not probed; " + refused.body());
            Api.assertJsonError(refused);
            assertFalse(Api.get(TOKENS, intruder.username(), intruder.password()).body().contains("owner's"));
        }
        assertEquals(404, Api.send("DELETE", TOKENS + "/999999999", owner.username(), owner.password(), Map.of(), null)
                .status(), "unknown");
        assertEquals(200, withToken("GET", "/api/v1/users/me", created.get("token").asText()).status(), "still works");

        // an administrator lists everyone's and revokes another's
        Reply all = Api.get(TOKENS, "admin", adminPassword());
        assertEquals(200, all.status());
        List<Long> ids = new ArrayList<>();
        all.json().forEach(t -> ids.add(t.get("id").asLong()));
        assertTrue(ids.contains(id), all.body());
        Reply revoked = Api.send("DELETE", path, "admin", adminPassword(), Map.of(), null);
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("admin", revoked.json().get("revokedBy").asText());
        assertEquals(401, withToken("GET", "/api/v1/users/me", created.get("token").asText()).status());
    }

    @Test
    void badInputIsRefusedWith400AndSaysWhatIsWrong() {
        Account owner = Api.createAccount("EXECUTIVE", null);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Map<String, Object>> bad = List.of(
                Map.of("expiresOn", inAMonth()),
                Map.of("name", " ", "expiresOn", inAMonth()),
                Map.of("name", "x".repeat(65), "expiresOn", inAMonth()),
                Map.of("name", "too far", "expiresOn", today.plusYears(1).plusDays(1).toString()),
                Map.of("name", "past", "expiresOn", today.minusDays(1).toString()),
                Map.of("name", "today", "expiresOn", today.toString()),
                Map.of("name", "malformed", "expiresOn", "31.12.2026"),
                Map.of("name", "no such day", "expiresOn", today.getYear() + 1 + "-02-30"),
                Map.of("name", "no expiry"));
        for (Map<String, Object> body : bad) {
            Reply refused = Api.send("POST", TOKENS, owner.username(), owner.password(),
                    Map.of("Content-Type", "application/json", "Accept-Language", "en"), json(body));
            assertEquals(400, refused.status(), body + ": " + refused.body());
            Api.assertJsonError(refused);
            assertTrue(refused.json().get("details").size() > 0, refused.body());
        }
        Reply notJson = Api.send("POST", TOKENS, owner.username(), owner.password(),
                Map.of("Content-Type", "application/json"), "{\"name\": ".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notJson.status(), notJson.body());
        assertEquals(201, Api.postJson(TOKENS, owner.username(), owner.password(),
                Map.of("name", "a year", "expiresOn", today.plusYears(1).toString())).status(), "a year ahead is fine");
        assertEquals(401, Api.postJson(TOKENS, null, null, Map.of("name", "x", "expiresOn", inAMonth())).status());
    }

    @Test
    void aDisabledOwnersTokensStopWorking() {
        Account owner = Api.createAccount("SUPERVISOR", null);
        String token = create(owner, "owner goes").get("token").asText();
        assertEquals(200, withToken("GET", "/api/v1/users/me", token).status());

        // no disable endpoint in this module: the account is disabled in the database
        TestDatabase.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", owner.username());

        Reply refused = withToken("GET", "/api/v1/users/me", token);
        assertEquals(401, refused.status(), refused.body());
        Api.assertJsonError(refused);
    }

    private static byte[] json(Map<String, Object> body) {
        try {
            return Api.JSON.writeValueAsBytes(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
