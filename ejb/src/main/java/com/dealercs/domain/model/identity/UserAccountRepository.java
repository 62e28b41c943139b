package com.dealercs.domain.model.identity;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAll();

    boolean exists(String username);

    void store(UserAccount account);

    /**
     * The enabled administrators, locked for the caller's transaction (so two administrators
     * disabling each other at once cannot both succeed and leave none).
     */
    List<UserAccount> lockEnabledAdministrators();
}
