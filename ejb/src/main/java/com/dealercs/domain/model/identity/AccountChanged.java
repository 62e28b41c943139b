package com.dealercs.domain.model.identity;

/**
 * An account changed in a way others keep copies of: its role, dealer, enabled state or password
 * (or it was removed). Fired within the transaction that stores the change; what is kept per
 * account (its dealer, its API tokens' owner) listens and forgets it once the transaction ends.
 */
public record AccountChanged(String username) {

    public AccountChanged {
        username = UserAccount.normalizeUsername(username);
    }
}
