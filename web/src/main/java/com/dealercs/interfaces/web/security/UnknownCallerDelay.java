package com.dealercs.interfaces.web.security;

import com.dealercs.infrastructure.persistence.DatabaseMigration;
import com.dealercs.infrastructure.persistence.Jdbc;
import com.dealercs.infrastructure.security.PasswordHashing;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Makes a made-up username cost what a wrong password costs. The database identity store answers
 * at once for a username it does not know, but spends a PBKDF2 verification on a wrong password;
 * that difference would tell a guesser which usernames exist. This store runs after it (only when
 * it did not accept the caller) and verifies against a throw-away hash when no enabled account
 * has the username. It never accepts anyone.
 */
@ApplicationScoped
public class UnknownCallerDelay implements IdentityStore {

    @Inject
    PasswordHashing hashing;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private String throwAwayHash;

    @PostConstruct
    void prepare() {
        throwAwayHash = hashing.hash("not-a-password-of-anyone-" + System.nanoTime());
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential given && !hasEnabledAccount(given.getCaller())) {
            hashing.matches(given.getPasswordAsString(), throwAwayHash);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private boolean hasEnabledAccount(String username) {
        boolean[] found = new boolean[1];
        Jdbc.query(dataSource, "select 1 from app_user where username = ? and enabled = true", row -> found[0] = true,
                username);
        return found[0];
    }

    /** After the database store (priority 70 by default): lower numbers run first. */
    @Override
    public int priority() {
        return 1000;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE);
    }
}
