package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.identity.ApiToken;
import com.dealercs.domain.model.identity.ApiTokenRepository;
import com.dealercs.domain.model.identity.ApiTokenSecret;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.identity.UserAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A token signs in as its owner, with the owner's role, while it is neither revoked nor expired. */
class TokenSignInTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final List<ApiToken> tokens = new ArrayList<>();
    private TokenSignIn signIn;

    @BeforeEach
    void setUp() {
        signIn = new TokenSignIn();
        signIn.accounts = accounts;
        signIn.tokens = new ApiTokenRepository() {
            @Override
            public Optional<ApiToken> findById(long id) {
                return Optional.empty();
            }

            @Override
            public Optional<ApiToken> findBySecretHash(String secretHash) {
                return tokens.stream().filter(t -> t.getSecretHash().equals(secretHash)).findFirst();
            }

            @Override
            public List<ApiToken> findByOwner(String ownerUsername) {
                return List.of();
            }

            @Override
            public List<ApiToken> findAll() {
                return List.copyOf(tokens);
            }

            @Override
            public void store(ApiToken token) {
                tokens.add(token);
            }
        };
        accounts.store(new UserAccount("dealer.one", "hash", Role.DEALER, "D0001", Instant.now(), "admin"));
    }

    private String issue(String owner) {
        String text = ApiTokenSecret.generate();
        tokens.add(new ApiToken(owner, "test", ApiTokenSecret.hash(text),
                LocalDate.now(ZoneOffset.UTC).plusDays(7), Instant.now(), owner));
        return text;
    }

    @Test
    void aTokenSignsInAsItsOwnerWithTheOwnersRole() {
        String token = issue("dealer.one");

        assertEquals(Optional.of(new TokenSignIn.TokenCaller("dealer.one", Role.DEALER)), signIn.verify(token));
    }

    @Test
    void aRevokedUnknownOrMalformedTokenSignsNobodyIn() {
        String token = issue("dealer.one");
        tokens.get(0).revoke(Instant.now(), "dealer.one");

        assertTrue(signIn.verify(token).isEmpty(), "revoked");
        assertTrue(signIn.verify(ApiTokenSecret.generate()).isEmpty(), "unknown");
        assertTrue(signIn.verify("dcs_").isEmpty(), "malformed");
        assertTrue(signIn.verify(null).isEmpty(), "none");
        assertEquals(0, accounts.lookups, "no account read for a token that does not work");
    }

    @Test
    void aTokenOfAnAccountThatIsGoneSignsNobodyIn() {
        String token = issue("someone.removed");

        assertTrue(signIn.verify(token).isEmpty());
    }
}
