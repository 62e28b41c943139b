package com.dealercs.domain.model.identity;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAll();

    boolean exists(String username);

    void store(UserAccount account);
}
