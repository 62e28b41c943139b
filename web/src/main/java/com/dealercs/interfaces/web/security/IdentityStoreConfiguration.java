package com.dealercs.interfaces.web.security;

import com.dealercs.infrastructure.persistence.DatabaseMigration;
import com.dealercs.infrastructure.security.PasswordHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Accounts live in the application's own database; the group of a caller is its role. Hashes are
 * PBKDF2 as written by {@link PasswordHashing}; a disabled account cannot sign in.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DatabaseMigration.DATA_SOURCE,
        callerQuery = "select password_hash from app_user where username = ? and enabled = true",
        groupsQuery = "select role from app_user where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHashing.PARAM_ITERATIONS,
                PasswordHashing.PARAM_ALGORITHM,
                PasswordHashing.PARAM_SALT,
                PasswordHashing.PARAM_KEY
        })
@ApplicationScoped
public class IdentityStoreConfiguration {
}
