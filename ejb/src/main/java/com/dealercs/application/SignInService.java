package com.dealercs.application;

import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.identity.UserAccount;
import com.dealercs.domain.model.identity.UserAccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks a username and password before anyone is signed in, for the web module's identity store:
 * so it checks no caller. Only an enabled account signs in; its role is the caller's group.
 */
@ApplicationScoped
public class SignInService {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    /** Verified when no enabled account has the username (see {@link #verify}). */
    private String throwAwayHash;

    @PostConstruct
    void prepare() {
        throwAwayHash = hasher.hash("not-a-password-of-anyone-" + System.nanoTime());
    }

    /**
     * The role of the enabled account with this username and password, or empty. A username that no
     * enabled account has costs a hash verification too, like a wrong password: otherwise the time
     * of the answer would tell a guesser which usernames exist.
     */
    public Optional<Role> verify(String username, String password) {
        Optional<UserAccount> account = accounts.findByUsername(username).filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            hasher.matches(password, throwAwayHash);
            return Optional.empty();
        }
        return hasher.matches(password, account.get().getPasswordHash()) ? Optional.of(account.get().getRole())
                : Optional.empty();
    }
}
