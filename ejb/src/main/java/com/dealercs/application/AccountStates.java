package com.dealercs.application;

import com.dealercs.domain.model.identity.AccountChanged;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.identity.UserAccount;
import com.dealercs.domain.model.identity.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an account may act (enabled) and whether it must change its password first, by username:
 * asked on every request (the web module's filter), so kept once read like {@link AccountDealers}
 * and forgotten when the account changes ({@link AccountChanged}, after its transaction).
 */
@ApplicationScoped
public class AccountStates {

    /** What every request of the account needs to know. */
    public record State(boolean enabled, boolean mustChangePassword, Role role) {
    }

    @Inject
    UserAccountRepository accounts;

    private final Map<String, State> states = new ConcurrentHashMap<>();

    public AccountStates() {
        // for CDI
    }

    AccountStates(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account's state; empty for an unknown username (not kept: it may be created next). */
    public Optional<State> of(String username) {
        String key = UserAccount.normalizeUsername(username);
        State kept = states.get(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<State> state = accounts.findByUsername(key)
                .map(a -> new State(a.isEnabled(), a.isMustChangePassword(), a.getRole()));
        state.ifPresent(s -> states.put(key, s));
        return state;
    }

    void accountChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged event) {
        states.remove(event.username());
    }
}
