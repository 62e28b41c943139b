package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.identity.UserAccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in check: who gets in, and that every answer costs one hash verification. */
class SignInServiceTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final Map<String, UserAccount> stored = accounts.stored;
    private final List<String> verifiedHashes = new ArrayList<>();
    private SignInService signIn;

    @BeforeEach
    void setUp() {
        signIn = new SignInService();
        signIn.accounts = accounts;
        signIn.hasher = new PasswordHasher() {
            @Override
            public String hash(String password) {
                return "hash-of:" + password;
            }

            @Override
            public boolean matches(String password, String storedHash) {
                verifiedHashes.add(storedHash);
                return storedHash.equals(hash(password));
            }
        };
        signIn.prepare();
        stored.put("supervisor", new UserAccount("supervisor", "hash-of:right-password", Role.SUPERVISOR, null,
                Instant.EPOCH, "test"));
        stored.put("gone", new UserAccount("gone", "hash-of:right-password", Role.ADMIN, null, Instant.EPOCH,
                "test") {
            @Override
            public boolean isEnabled() {
                return false;
            }
        });
    }

    @Test
    void theRightPasswordGivesTheRole() {
        assertEquals(Optional.of(Role.SUPERVISOR), signIn.verify("supervisor", "right-password"));
        assertEquals(List.of("hash-of:right-password"), verifiedHashes);
    }

    @Test
    void aWrongPasswordIsRefusedAfterOneVerification() {
        assertEquals(Optional.empty(), signIn.verify("supervisor", "wrong-password"));
        assertEquals(List.of("hash-of:right-password"), verifiedHashes);
    }

    @Test
    void anUnknownUsernameCostsAVerificationToo() {
        assertEquals(Optional.empty(), signIn.verify("nobody", "right-password"));
        assertEquals(1, verifiedHashes.size());
        assertTrue(verifiedHashes.get(0).startsWith("hash-of:not-a-password-of-anyone-"), verifiedHashes.get(0));
    }

    @Test
    void aDisabledAccountIsRefusedLikeAnUnknownOne() {
        assertEquals(Optional.empty(), signIn.verify("gone", "right-password"));
        assertEquals(1, verifiedHashes.size());
        assertTrue(verifiedHashes.get(0).startsWith("hash-of:not-a-password-of-anyone-"), verifiedHashes.get(0));
    }
}
