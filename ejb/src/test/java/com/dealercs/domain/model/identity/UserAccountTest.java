package com.dealercs.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void anAdministratorChangesRoleAndDealerWithinTheSameRules() {
        UserAccount account = new UserAccount("someone", "hash", Role.DEALER, "D0001", NOW, "admin");

        account.changeRole(Role.DEALER, "D0002");
        assertEquals("D0002", account.getDealerCode());
        account.changeRole(Role.SUPERVISOR, null);
        assertEquals(Role.SUPERVISOR, account.getRole());
        assertNull(account.getDealerCode());

        assertRefused("A dealer user needs a dealer code", () -> account.changeRole(Role.DEALER, null));
        assertRefused("Only dealer users have a dealer code", () -> account.changeRole(Role.EXECUTIVE, "D0001"));
        assertEquals(Role.SUPERVISOR, account.getRole(), "a refused change leaves the account as it was");
        assertNull(account.getDealerCode());
    }

    @Test
    void disablingAndEnablingAnAdministratorDecidesWhetherItCountsAsOne() {
        UserAccount admin = new UserAccount("second-admin", "hash", Role.ADMIN, null, NOW, "admin");
        assertTrue(admin.isEnabledAdministrator());
        admin.disable();
        assertFalse(admin.isEnabled());
        assertFalse(admin.isEnabledAdministrator());
        admin.enable();
        assertTrue(admin.isEnabledAdministrator());
        admin.changeRole(Role.EXECUTIVE, null);
        assertFalse(admin.isEnabledAdministrator());
    }

    @Test
    void aResetPasswordMustBeChangedAndAChangeEndsThat() {
        UserAccount account = new UserAccount("someone", "hash", Role.EXECUTIVE, null, NOW, "admin");
        assertFalse(account.isMustChangePassword());
        assertTrue(account.getPasswordChangedAt().isEmpty());

        account.resetPassword("temporary-hash", NOW.plusSeconds(60));
        assertTrue(account.isMustChangePassword());
        assertEquals("temporary-hash", account.getPasswordHash());
        assertEquals(NOW.plusSeconds(60), account.getPasswordChangedAt().orElseThrow());

        account.changePassword("own-hash", NOW.plusSeconds(120));
        assertFalse(account.isMustChangePassword());
        assertEquals("own-hash", account.getPasswordHash());
        assertEquals(NOW.plusSeconds(120), account.getPasswordChangedAt().orElseThrow());

        assertRefused("A password hash is required", () -> account.changePassword(" ", NOW));
        assertRefused("A password hash is required", () -> account.resetPassword(null, NOW));
    }

    private static void assertRefused(String reason, org.junit.jupiter.api.function.Executable creation) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, creation);
        assertTrue(refused.getMessage().startsWith(reason), refused.getMessage());
    }
}
