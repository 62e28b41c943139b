package com.dealercs.application;

import com.dealercs.domain.model.identity.UserAccount;
import com.dealercs.domain.model.identity.UserAccountRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts in a map, for the services' unit tests; counts how often one was looked up by name. */
class InMemoryAccounts implements UserAccountRepository {

    final Map<String, UserAccount> stored = new LinkedHashMap<>();
    int lookups;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        lookups++;
        return Optional.ofNullable(stored.get(UserAccount.normalizeUsername(username)));
    }

    @Override
    public List<UserAccount> findAll() {
        return List.copyOf(stored.values());
    }

    @Override
    public boolean exists(String username) {
        return stored.containsKey(UserAccount.normalizeUsername(username));
    }

    @Override
    public List<UserAccount> lockEnabledAdministrators() {
        return stored.values().stream().filter(UserAccount::isEnabledAdministrator).toList();
    }

    @Override
    public void store(UserAccount account) {
        stored.put(account.getUsername(), account);
    }
}
