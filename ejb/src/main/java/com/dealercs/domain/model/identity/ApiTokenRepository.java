package com.dealercs.domain.model.identity;

import java.util.List;
import java.util.Optional;

public interface ApiTokenRepository {

    Optional<ApiToken> findById(long id);

    /** The token whose secret has this SHA-256 hex. */
    Optional<ApiToken> findBySecretHash(String secretHash);

    /** One owner's tokens, newest first. */
    List<ApiToken> findByOwner(String ownerUsername);

    /** Every token, newest first. */
    List<ApiToken> findAll();

    void store(ApiToken token);
}
