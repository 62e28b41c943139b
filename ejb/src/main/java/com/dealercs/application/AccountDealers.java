package com.dealercs.application;

import com.dealercs.domain.model.identity.AccountChanged;
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
 * The dealer a dealer user's account belongs to, by username: what every service asks first when
 * a dealer user calls it (a dealer sees only its own). An account's dealer rarely changes, so it is
 * kept once read (every dealer page asked the database again) and forgotten when the account
 * changes ({@link AccountChanged}, after its transaction has ended). One entry per account that has
 * signed in; accounts without a dealer are kept as such.
 */
@ApplicationScoped
public class AccountDealers {

    @Inject
    UserAccountRepository accounts;

    private final Map<String, Optional<String>> dealers = new ConcurrentHashMap<>();

    public AccountDealers() {
        // for CDI
    }

    AccountDealers(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account's dealer code; empty for an unknown account or one without a dealer. */
    public Optional<String> dealerOf(String username) {
        String key = UserAccount.normalizeUsername(username);
        Optional<String> kept = dealers.get(key);
        if (kept != null) {
            return kept;
        }
        Optional<UserAccount> account = accounts.findByUsername(key);
        Optional<String> dealer = account.map(UserAccount::getDealerCode);
        if (account.isPresent()) {
            dealers.put(key, dealer); // an unknown username is not kept: it may be created next
        }
        return dealer;
    }

    /** Forgets the account's dealer (its dealer changed, or it was removed). */
    public void forget(String username) {
        dealers.remove(UserAccount.normalizeUsername(username));
    }

    /** After the change's transaction, whether it committed or not: the next call reads the account again. */
    void accountChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged event) {
        forget(event.username());
    }
}
