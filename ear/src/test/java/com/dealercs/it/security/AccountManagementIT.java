package com.dealercs.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.PortalSession;
import com.dealercs.it.support.SampleYear;
import com.dealercs.it.support.Scorecards;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Accounts administrators run (issue 12): edit role and dealer, disable and enable, reset a
 * password (which must then be changed before anything else), lift a lock; every user changes its
 * own password; the last enabled administrator stays; weak passwords refused; each change in the
 * audit trail (who, from which address, never a password); nobody else may do any of it.
 */
class AccountManagementIT extends DeployedApplication {

    private static final String USERS = "/api/v1/users/";

    @Test
    void aDealerMovedToAnotherDealerSeesTheNewDealersScorecardAndNoLongerTheOld() {
        int year = TestYears.freshLeapYear(); // the sample year holds a 29 February
        SampleYear.importInto(year);
        Scorecards.calculate(year);
        Scorecards.approveAndPublish(year);
        Account dealer = Api.createAccount("DEALER", "D0001");
        String one = "/api/v1/years/" + year + "/scorecards/D0001";
        String two = "/api/v1/years/" + year + "/scorecards/D0002";
        assertEquals(200, Api.get(one, dealer.username(), dealer.password()).status());
        assertEquals(403, Api.get(two, dealer.username(), dealer.password()).status());

        Reply moved = Api.putJson(USERS + dealer.username(), "admin", adminPassword(), Map.of("dealerCode", "D0002"));

        assertEquals(200, moved.status(), moved.body());
        assertEquals("D0002", moved.json().get("dealerCode").asText());
        assertEquals(403, Api.get(one, dealer.username(), dealer.password()).status(), "the old dealer is forgotten");
        assertEquals(200, Api.get(two, dealer.username(), dealer.password()).status());
        assertEquals("D0002", Api.get(USERS + "me", dealer.username(), dealer.password()).json().get("dealerCode").asText());
    }

    @Test
    void roleAndDealerAreCheckedAndAnUnknownAccountIs404() {
        Account dealer = Api.createAccount("DEALER", "D0001");

        Reply unknownDealer = Api.putJson(USERS + dealer.username(), "admin", adminPassword(),
                Map.of("dealerCode", "NO-SUCH-DEALER"), "en");
        assertEquals(400, unknownDealer.status(), unknownDealer.body());
        Api.assertJsonError(unknownDealer);
        assertEquals("dealerCode", unknownDealer.json().get("details").get(0).get("field").asText());

        Reply hqWithDealer = Api.putJson(USERS + dealer.username(), "admin", adminPassword(),
                Map.of("role", "EXECUTIVE", "dealerCode", "D0001"));
        assertEquals(400, hqWithDealer.status(), hqWithDealer.body());
        Reply badRole = Api.putJson(USERS + dealer.username(), "admin", adminPassword(), Map.of("role", "ROOT"));
        assertEquals(400, badRole.status(), badRole.body());

        PortalSession signedIn = new PortalSession();
        assertEquals(302, signedIn.login(dealer.username(), dealer.password()).statusCode());
        assertEquals(200, signedIn.get("/dealer/index.xhtml").statusCode());
        Reply promoted = Api.putJson(USERS + dealer.username(), "admin", adminPassword(), Map.of("role", "EXECUTIVE"));
        assertEquals(200, promoted.status(), promoted.body());
        assertEquals("EXECUTIVE", promoted.json().get("role").asText());
        assertTrue(promoted.json().get("dealerCode").isNull(), "an executive has no dealer");
        assertEquals("EXECUTIVE", Api.get(USERS + "me", dealer.username(), dealer.password()).json().get("role").asText());
        HttpResponse<String> stale = signedIn.get("/dealer/index.xhtml");
        assertEquals(302, stale.statusCode(), "the session signed in as a dealer ends");
        assertTrue(PortalSession.location(stale).contains("/login.xhtml"), PortalSession.location(stale));

        Reply unknown = Api.putJson(USERS + "no-such-user", "admin", adminPassword(), Map.of("enabled", false));
        assertEquals(404, unknown.status());
        Api.assertJsonError(unknown);
        assertEquals(404, Api.postJson(USERS + "no-such-user/password-reset", "admin", adminPassword(), "{}").status());
        assertEquals(404, Api.postJson(USERS + "no-such-user/unlock", "admin", adminPassword(), "{}").status());
    }

    @Test
    void aDisabledAccountSignsInNowhereUntilEnabledAgain() {
        Account user = Api.createAccount("SUPERVISOR", null);
        PortalSession signedInBefore = new PortalSession();
        assertEquals(302, signedInBefore.login(user.username(), user.password()).statusCode());
        assertEquals(200, signedInBefore.get("/hq/index.xhtml").statusCode());

        Reply disabled = Api.putJson(USERS + user.username(), "admin", adminPassword(), Map.of("enabled", false));

        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().get("enabled").asBoolean());
        assertEquals(401, Api.get(USERS + "me", user.username(), user.password()).status(), "Basic refused");
        HttpResponse<String> login = new PortalSession().login(user.username(), user.password());
        assertEquals(200, login.statusCode(), "the portal's sign-in is refused: the login page again");
        assertTrue(login.body().contains("ui-messages-error"));
        HttpResponse<String> page = signedInBefore.get("/hq/index.xhtml");
        assertEquals(302, page.statusCode(), "the session of before ends");
        assertTrue(PortalSession.location(page).contains("/login.xhtml"), PortalSession.location(page));
        assertTrue(search("q=" + user.username() + "&enabled=false").contains(user.username()));
        assertFalse(search("q=" + user.username() + "&enabled=true").contains(user.username()));

        Reply enabled = Api.putJson(USERS + user.username(), "admin", adminPassword(), Map.of("enabled", true));

        assertEquals(200, enabled.status(), enabled.body());
        assertEquals(200, Api.get(USERS + "me", user.username(), user.password()).status());
        assertEquals(302, new PortalSession().login(user.username(), user.password()).statusCode());
    }

    @Test
    void aResetPasswordOpensOnlyThePasswordChangeUntilChanged() {
        Account user = Api.createAccount("EXECUTIVE", null);

        Reply reset = Api.postJson(USERS + user.username() + "/password-reset", "admin", adminPassword(), "{}");

        assertEquals(200, reset.status(), reset.body());
        String temporary = reset.json().get("temporaryPassword").asText();
        assertTrue(temporary.length() >= 12, temporary);
        assertEquals(401, Api.get(USERS + "me", user.username(), user.password()).status(), "the old password is refused");
        Reply me = Api.get(USERS + "me", user.username(), temporary);
        assertEquals(200, me.status(), "reading the account is allowed");
        assertTrue(me.json().get("mustChangePassword").asBoolean());
        Reply elsewhere = Api.get("/api/v1/years", user.username(), temporary, "en");
        assertEquals(403, elsewhere.status(), elsewhere.body());
        Api.assertJsonError(elsewhere);
        assertTrue(elsewhere.json().get("error").asText().contains("change it first"), elsewhere.body());

        // the portal: every page leads to the password page
        PortalSession portal = new PortalSession();
        assertEquals(302, portal.login(user.username(), temporary).statusCode());
        HttpResponse<String> home = portal.get("/executive/index.xhtml");
        assertEquals(302, home.statusCode());
        assertTrue(PortalSession.location(home).endsWith("/account/password.xhtml"), PortalSession.location(home));
        assertEquals(200, portal.get("/account/password.xhtml").statusCode());

        Reply sameAgain = changeOwn(user.username(), temporary, temporary);
        assertEquals(400, sameAgain.status(), sameAgain.body());
        String mine = "exec-" + java.util.UUID.randomUUID();
        Reply changed = changeOwn(user.username(), temporary, mine);
        assertEquals(204, changed.status(), changed.body());

        assertEquals(200, Api.get("/api/v1/years", user.username(), mine).status());
        assertEquals(401, Api.get("/api/v1/years", user.username(), temporary).status());
        assertEquals(200, portal.get("/executive/index.xhtml").statusCode(), "the portal opens again");
        assertFalse(Api.get(USERS + "me", user.username(), mine).json().get("mustChangePassword").asBoolean());
    }

    @Test
    void anAdministratorMayTypeTheTemporaryPasswordButNotAWeakOne() {
        Account user = Api.createAccount("SUPERVISOR", null);
        Reply weak = Api.postJson(USERS + user.username() + "/password-reset", "admin", adminPassword(),
                Map.of("password", "password1234"));
        assertEquals(400, weak.status(), weak.body());
        assertEquals(200, Api.get(USERS + "me", user.username(), user.password()).status(), "nothing changed");

        Reply typed = Api.postJson(USERS + user.username() + "/password-reset", "admin", adminPassword(),
                Map.of("password", "handed-over-by-phone-7"));
        assertEquals(200, typed.status(), typed.body());
        assertTrue(typed.json().get("temporaryPassword").isNull(), "a typed password is not answered back");
        assertEquals(403, Api.get("/api/v1/years", user.username(), "handed-over-by-phone-7").status());
    }

    @Test
    void aUserChangesItsOwnPasswordOnlyWithTheCurrentOneAndOnlyToAStrongOne() {
        Account user = Api.createAccount("DEALER", "D0001");
        Account other = Api.createAccount("DEALER", "D0002");

        Reply wrong = changeOwn(user.username(), user.password(), "a-fine-new-password-1", "not-my-password-1");
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals("currentPassword", wrong.json().get("details").get(0).get("field").asText());
        for (String weak : List.of("aaaaaaaaaaaa", "password1234", "123456789012", user.username() + "-2024")) {
            Reply refused = changeOwn(user.username(), user.password(), weak);
            assertEquals(400, refused.status(), weak + ": " + refused.body());
            Api.assertJsonError(refused);
            assertFalse(refused.json().get("details").get(0).get("message").asText().isBlank());
        }
        Reply zh = Api.send("POST", USERS + "me/password", user.username(), user.password(),
                Map.of("Content-Type", "application/json", "Accept-Language", "zh-CN"),
                json(Map.of("currentPassword", user.password(), "newPassword", "password1234")));
        assertTrue(zh.body().contains("常见"), zh.body());

        String mine = "dealer-own-" + java.util.UUID.randomUUID();
        assertEquals(204, changeOwn(user.username(), user.password(), mine).status());
        assertEquals(200, Api.get(USERS + "me", user.username(), mine).status());
        assertEquals(401, Api.get(USERS + "me", user.username(), user.password()).status());
        assertEquals(200, Api.get(USERS + "me", other.username(), other.password()).status(), "only the caller's changed");
    }

    /**
     * Whoever holds a user's API token must not guess the user's password through the password
     * change: a wrong current password counts as a failed sign-in, and a running delay refuses the
     * change unchecked, even with the right current password.
     */
    @Test
    void theCurrentPasswordCannotBeGuessedThroughTheChangeWithAToken() {
        Account user = Api.createAccount("SUPERVISOR", null);
        Reply created = Api.postJson("/api/v1/tokens", user.username(), user.password(),
                Map.of("name", "guessing test", "expiresOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                        .plusDays(30).toString()));
        assertEquals(201, created.status(), created.body());
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + created.json().get("token").asText(),
                "Content-Type", "application/json", "Accept-Language", "en");
        for (int guess = 1; guess <= 4; guess++) {
            Reply wrong = Api.send("POST", USERS + "me/password", null, null, bearer,
                    json(Map.of("currentPassword", "guess-number-" + guess, "newPassword", "a-fine-new-password-1")));
            assertEquals(400, wrong.status(), "guess " + guess + ": " + wrong.body());
        }
        Reply delayed = Api.send("POST", USERS + "me/password", null, null, bearer,
                json(Map.of("currentPassword", user.password(), "newPassword", "a-fine-new-password-1")));
        assertEquals(429, delayed.status(), delayed.body());
        assertTrue(delayed.headers().firstValue("Retry-After").isPresent(), delayed.headers().map().toString());
        Api.assertJsonError(delayed);
        assertEquals(429, Api.get(USERS + "me", user.username(), user.password()).status(),
                "the guesses delay the user's Basic sign-ins from this address too");
        assertEquals(204, Api.postJson(USERS + user.username() + "/unlock", "admin", adminPassword(), "{}").status());
        assertEquals(200, Api.get(USERS + "me", user.username(), user.password()).status(),
                "the password did not change while delayed");

        Reply trail = Api.get("/api/v1/audit?subject=user:" + user.username() + "&action=SIGN_IN_FAILED", "admin",
                adminPassword());
        assertEquals(4, trail.json().size(), "each wrong current password is a failed sign-in: " + trail.body());
    }

    @Test
    void dealersAndSupervisorsReachNoAdministratorsCall() {
        Account victim = Api.createAccount("EXECUTIVE", null);
        for (Account caller : List.of(Api.createAccount("DEALER", "D0001"), Api.createAccount("SUPERVISOR", null),
                Api.createAccount("EXECUTIVE", null))) {
            String who = caller.role() + ": ";
            assertEquals(403, Api.get("/api/v1/users?q=" + victim.username(), caller.username(), caller.password()).status(), who);
            Reply put = Api.putJson(USERS + victim.username(), caller.username(), caller.password(), Map.of("enabled", false));
            assertEquals(403, put.status(), who + put.body());
            Api.assertJsonError(put);
            assertEquals(403, Api.putJson(USERS + caller.username(), caller.username(), caller.password(),
                    Map.of("role", "ADMIN")).status(), who + "nobody promotes itself");
            assertEquals(403, Api.postJson(USERS + victim.username() + "/password-reset", caller.username(),
                    caller.password(), "{}").status(), who);
            assertEquals(403, Api.postJson(USERS + victim.username() + "/unlock", caller.username(), caller.password(),
                    "{}").status(), who);
            assertEquals(403, new PortalSessionAs(caller).get("/admin/users.xhtml").statusCode(), who + "the page");
        }
        assertEquals(200, Api.get(USERS + "me", victim.username(), victim.password()).status(), "nothing changed");
        assertEquals("EXECUTIVE", Api.get(USERS + "me", victim.username(), victim.password()).json().get("role").asText());
    }

    @Test
    void theLastEnabledAdministratorStays() {
        Account second = Api.createAccount("ADMIN", null);
        // while others exist: disabling and demoting one of them is fine
        assertEquals(200, Api.putJson(USERS + second.username(), "admin", adminPassword(),
                Map.of("enabled", false)).status());
        assertEquals(200, Api.putJson(USERS + second.username(), "admin", adminPassword(),
                Map.of("enabled", true)).status());

        // disable every enabled administrator but the bootstrapped one, then try the last one
        List<String> others = new ArrayList<>();
        for (JsonNode account : Api.get("/api/v1/users?role=ADMIN&enabled=true", "admin", adminPassword()).json()) {
            if (!account.get("username").asText().equals("admin")) {
                others.add(account.get("username").asText());
            }
        }
        try {
            for (String username : others) {
                assertEquals(200, Api.putJson(USERS + username, "admin", adminPassword(), Map.of("enabled", false)).status());
            }
            Reply disableSelf = Api.putJson(USERS + "admin", "admin", adminPassword(), Map.of("enabled", false), "en");
            assertEquals(409, disableSelf.status(), disableSelf.body());
            Api.assertJsonError(disableSelf);
            assertTrue(disableSelf.json().get("error").asText().contains("last enabled administrator"), disableSelf.body());
            Reply demoteSelf = Api.putJson(USERS + "admin", "admin", adminPassword(), Map.of("role", "SUPERVISOR"));
            assertEquals(409, demoteSelf.status(), demoteSelf.body());
            assertEquals(200, Api.get("/api/v1/users?role=ADMIN", "admin", adminPassword()).status(), "still an admin");
        } finally {
            for (String username : others) {
                Api.putJson(USERS + username, "admin", adminPassword(), Map.of("enabled", true));
            }
        }
    }

    @Test
    void anAdministratorLiftsALock() {
        Account user = Api.createAccount("SUPERVISOR", null);
        // three wrong passwords are free, the fourth starts a delay of this username from this address
        for (int i = 0; i < 4; i++) {
            assertEquals(401, Api.get(USERS + "me", user.username(), "wrong-password-" + i).status());
        }
        assertEquals(429, Api.get(USERS + "me", user.username(), user.password()).status(), "delayed");

        Reply unlock = Api.postJson(USERS + user.username().toUpperCase() + "/unlock", "admin", adminPassword(), "{}");

        assertEquals(204, unlock.status(), unlock.body());
        assertEquals(200, Api.get(USERS + "me", user.username(), user.password()).status(), "the lock is lifted");
    }

    @Test
    void everyAccountChangeIsInTheAuditTrailWithActorAndAddressAndNoPassword() {
        Account user = Api.createAccount("DEALER", "D0001");
        Api.putJson(USERS + user.username(), "admin", adminPassword(), Map.of("role", "SUPERVISOR"));
        Api.putJson(USERS + user.username(), "admin", adminPassword(), Map.of("enabled", false));
        Api.putJson(USERS + user.username(), "admin", adminPassword(), Map.of("enabled", true));
        String temporary = Api.postJson(USERS + user.username() + "/password-reset", "admin", adminPassword(), "{}")
                .json().get("temporaryPassword").asText();
        String mine = "supervisor-own-" + java.util.UUID.randomUUID();
        assertEquals(204, changeOwn(user.username(), temporary, mine).status());
        assertEquals(204, Api.postJson(USERS + user.username() + "/unlock", "admin", adminPassword(), "{}").status());

        Reply trail = Api.get("/api/v1/audit?subject=" + URLEncoder.encode("user:" + user.username(), StandardCharsets.UTF_8),
                "admin", adminPassword());

        assertEquals(200, trail.status(), trail.body());
        Map<String, JsonNode> byAction = new HashMap<>();
        for (JsonNode entry : trail.json()) {
            byAction.put(entry.get("action").asText(), entry);
            assertNotNull(entry.get("address"), entry.toString());
            assertFalse(entry.get("address").isNull(), "the client address: " + entry);
        }
        for (String action : List.of("ACCOUNT_CREATED", "ACCOUNT_CHANGED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED",
                "PASSWORD_RESET", "PASSWORD_CHANGED", "LOCK_LIFTED")) {
            assertTrue(byAction.containsKey(action), action + " in " + trail.body());
        }
        assertEquals("admin", byAction.get("ACCOUNT_CHANGED").get("actor").asText());
        assertTrue(byAction.get("ACCOUNT_CHANGED").get("before").asText().contains("DEALER"), trail.body());
        assertTrue(byAction.get("ACCOUNT_CHANGED").get("before").asText().contains("D0001"), trail.body());
        assertTrue(byAction.get("ACCOUNT_CHANGED").get("after").asText().contains("SUPERVISOR"), trail.body());
        assertEquals(user.username(), byAction.get("PASSWORD_CHANGED").get("actor").asText(), "the user itself");
        for (String password : List.of(user.password(), temporary, mine)) {
            assertFalse(trail.body().contains(password), "no password in the trail");
        }
    }

    private static String search(String query) {
        Reply reply = Api.get("/api/v1/users?" + query, "admin", adminPassword());
        assertEquals(200, reply.status(), reply.body());
        return reply.body();
    }

    private static Reply changeOwn(String username, String current, String next) {
        return changeOwn(username, current, next, current);
    }

    private static Reply changeOwn(String username, String signInPassword, String next, String current) {
        return Api.send("POST", USERS + "me/password", username, signInPassword,
                Map.of("Content-Type", "application/json", "Accept-Language", "en"),
                json(Map.of("currentPassword", current, "newPassword", next)));
    }

    private static byte[] json(Map<String, String> body) {
        try {
            return Api.JSON.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A portal session signed in as the account. */
    private static final class PortalSessionAs {
        private final PortalSession session = new PortalSession();

        PortalSessionAs(Account account) {
            assertEquals(302, session.login(account.username(), account.password()).statusCode());
        }

        HttpResponse<String> get(String path) {
            return session.get(path);
        }
    }
}
