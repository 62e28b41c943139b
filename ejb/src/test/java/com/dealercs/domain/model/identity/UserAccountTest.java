package com.dealercs.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");

    @Test
    void aDealerUserIsTiedToItsDealer() {
        UserAccount account = new UserAccount("Dealer.Beijing", "hash", Role.DEALER, "D0001", NOW, "admin");

        assertEquals("dealer.beijing", account.getUsername(), "usernames ignore case");
        assertEquals("D0001", account.getDealerCode());
        assertTrue(account.isEnabled());
        assertEquals(NOW, account.getCreatedAt());
    }

    @Test
    void aDealerUserWithoutADealerCodeCannotExist() {
        assertRefused("A dealer user needs a dealer code",
                () -> new UserAccount("dealer", "hash", Role.DEALER, null, NOW, "admin"));
        assertRefused("A dealer user needs a dealer code",
                () -> new UserAccount("dealer", "hash", Role.DEALER, "d 01", NOW, "admin"));
    }

    @Test
    void hqAccountsHaveNoDealerCode() {
        assertRefused("Only dealer users have a dealer code",
                () -> new UserAccount("hq-staff", "hash", Role.SUPERVISOR, "D0001", NOW, "admin"));
        assertNull(new UserAccount("hq-staff", "hash", Role.SUPERVISOR, null, NOW, "admin").getDealerCode());
    }

    @Test
    void usernamesAreShortWordsWithoutBlanksOrSymbols() {
        assertRefused("Invalid username", () -> new UserAccount("ab", "hash", Role.ADMIN, null, NOW, "admin"));
        assertRefused("Invalid username", () -> new UserAccount("a b c", "hash", Role.ADMIN, null, NOW, "admin"));
        assertRefused("Invalid username", () -> new UserAccount("admin';--", "hash", Role.ADMIN, null, NOW, "admin"));
    }

    @Test
    void anAccountAlwaysHasAPasswordHash() {
        assertRefused("A password hash is required",
                () -> new UserAccount("someone", " ", Role.EXECUTIVE, null, NOW, "admin"));
    }

    private static void assertRefused(String reason, org.junit.jupiter.api.function.Executable creation) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, creation);
        assertTrue(refused.getMessage().startsWith(reason), refused.getMessage());
    }
}
