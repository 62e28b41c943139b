package com.dealercs.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-03-10T23:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final String HASH = ApiTokenSecret.hash(ApiTokenSecret.generate());

    private static ApiToken token(String name, LocalDate expiresOn) {
        return new ApiToken("Dealer.One", name, HASH, expiresOn, NOW, "dealer.one");
    }

    @Test
    void aTokenBelongsToItsOwnerAndWorksThroughItsExpiryDay() {
        ApiToken token = token("  nightly export ", TODAY.plusDays(1));

        assertEquals("dealer.one", token.getOwnerUsername());
        assertEquals("nightly export", token.getName());
        assertEquals(NOW, token.getCreatedAt());
        assertTrue(token.worksAt(NOW));
        assertTrue(token.worksAt(Instant.parse("2026-03-11T23:59:59Z")), "the whole expiry day");
        assertFalse(token.worksAt(Instant.parse("2026-03-12T00:00:00Z")), "the day after");
    }

    @Test
    void aNameIsRequiredAndAtMost64Characters() {
        assertEquals(Optional.of("token.name.required"), ApiToken.nameViolation(null));
        assertEquals(Optional.of("token.name.required"), ApiToken.nameViolation("  "));
        assertEquals(Optional.empty(), ApiToken.nameViolation("名".repeat(64)), "characters, not bytes");
        assertEquals(Optional.of("token.name.tooLong"), ApiToken.nameViolation("x".repeat(65)));
        assertThrows(IllegalArgumentException.class, () -> token(" ", TODAY.plusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> token("x".repeat(65), TODAY.plusDays(1)));
    }

    @Test
    void theExpiryLiesAfterTodayAndAtMostAYearAhead() {
        assertEquals(Optional.of("token.expiresOn.required"), ApiToken.expiryViolation(null, TODAY));
        assertEquals(Optional.of("token.expiresOn.notAfterToday"), ApiToken.expiryViolation(TODAY, TODAY));
        assertEquals(Optional.of("token.expiresOn.notAfterToday"), ApiToken.expiryViolation(TODAY.minusDays(1), TODAY));
        assertEquals(Optional.empty(), ApiToken.expiryViolation(TODAY.plusYears(1), TODAY));
        assertEquals(Optional.of("token.expiresOn.tooFar"), ApiToken.expiryViolation(TODAY.plusYears(1).plusDays(1), TODAY));
        assertThrows(IllegalArgumentException.class, () -> token("x", TODAY));
        assertThrows(IllegalArgumentException.class, () -> token("x", TODAY.plusYears(2)));
    }

    @Test
    void aTokenIsRevokedOnceAndThenNeverWorks() {
        ApiToken token = token("ci", TODAY.plusDays(30));

        token.revoke(NOW, "admin");

        assertTrue(token.isRevoked());
        assertEquals("admin", token.getRevokedBy());
        assertFalse(token.worksAt(NOW));
        assertThrows(IllegalStateException.class, () -> token.revoke(NOW, "admin"));
    }

    @Test
    void onlyAHashOfTheSecretIsAccepted() {
        assertThrows(IllegalArgumentException.class,
                () -> new ApiToken("a", "x", ApiTokenSecret.generate(), TODAY.plusDays(1), NOW, "a"));
    }

    @Test
    void theTokenTextIsAPrefixAnd32RandomBytesAndItsHashIsSha256Hex() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String text = ApiTokenSecret.generate();
            assertTrue(text.startsWith("dcs_"), text);
            assertEquals(4 + 43, text.length(), text);
            assertTrue(ApiTokenSecret.looksLikeToken(text), text);
            assertTrue(seen.add(text), "never the same twice");
        }
        // SHA-256 of "abc", the standard's test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokenSecret.hash("abc"));
        String text = ApiTokenSecret.generate();
        assertNotEquals(text, ApiTokenSecret.hash(text));
        assertTrue(ApiTokenSecret.sameHash(ApiTokenSecret.hash(text), ApiTokenSecret.hash(text)));
        assertFalse(ApiTokenSecret.sameHash(ApiTokenSecret.hash(text), HASH));
        assertFalse(ApiTokenSecret.looksLikeToken("dcs_short"));
        assertFalse(ApiTokenSecret.looksLikeToken(null));
        assertFalse(ApiTokenSecret.looksLikeToken(text + "x"));
    }
}
