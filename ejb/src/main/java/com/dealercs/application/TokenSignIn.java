package com.dealercs.application;

import com.dealercs.domain.model.identity.ApiToken;
import com.dealercs.domain.model.identity.ApiTokenRepository;
import com.dealercs.domain.model.identity.ApiTokenSecret;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.identity.UserAccount;
import com.dealercs.domain.model.identity.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks an API token before anyone is signed in, for the web module's authentication mechanism:
 * so it checks no caller. A SHA-256 and two lookups by unique key, no password hash. Nothing is
 * kept between requests: revocation, expiry and the owner's state (enabled, role), however they
 * changed, hold from the next request on.
 */
@ApplicationScoped
public class TokenSignIn {

    /** Who a valid token signs in as. */
    public record TokenCaller(String username, Role role) {
    }

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserAccountRepository accounts;

    private final Clock clock = Clock.systemUTC();

    /** The owner and role of a token that works now (not revoked, not expired, owner enabled), or empty. */
    public Optional<TokenCaller> verify(String token) {
        if (!ApiTokenSecret.looksLikeToken(token)) {
            return Optional.empty();
        }
        String hash = ApiTokenSecret.hash(token);
        Optional<ApiToken> found = tokens.findBySecretHash(hash)
                .filter(t -> ApiTokenSecret.sameHash(t.getSecretHash(), hash))
                .filter(t -> t.worksAt(clock.instant()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return accounts.findByUsername(found.get().getOwnerUsername())
                .filter(UserAccount::isEnabled)
                .map(owner -> new TokenCaller(owner.getUsername(), owner.getRole()));
    }
}
