package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.identity.UserAccount;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An account's dealer is read once per account, never another account's, and an unknown name is asked again. */
class AccountDealersTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final AccountDealers dealers = new AccountDealers(accounts);

    @Test
    void eachAccountsDealerIsReadOnceAndKeptApart() {
        add("dealer-one", Role.DEALER, "D0001");
        add("dealer-two", Role.DEALER, "D0002");
        add("supervisor", Role.SUPERVISOR, null);

        assertEquals(Optional.of("D0001"), dealers.dealerOf("dealer-one"));
        assertEquals(Optional.of("D0001"), dealers.dealerOf("Dealer-One "), "names ignore case and spaces");
        assertEquals(Optional.of("D0002"), dealers.dealerOf("dealer-two"));
        assertEquals(Optional.empty(), dealers.dealerOf("supervisor"));
        assertEquals(Optional.empty(), dealers.dealerOf("supervisor"));
        assertEquals(3, accounts.lookups);
    }

    @Test
    void anUnknownNameIsAskedAgainAndAForgottenAccountReadAgain() {
        assertEquals(Optional.empty(), dealers.dealerOf("later"));
        add("later", Role.DEALER, "D0003");
        assertEquals(Optional.of("D0003"), dealers.dealerOf("later"), "created after the first question");

        accounts.store( new UserAccount("later", "hash", Role.DEALER, "D0004", Instant.now(), "admin"));
        assertEquals(Optional.of("D0003"), dealers.dealerOf("later"), "kept");
        dealers.forget("later");
        assertEquals(Optional.of("D0004"), dealers.dealerOf("later"));
    }

    private void add(String username, Role role, String dealerCode) {
        accounts.store(new UserAccount(username, "hash", role, dealerCode, Instant.now(), "admin"));
    }
}
