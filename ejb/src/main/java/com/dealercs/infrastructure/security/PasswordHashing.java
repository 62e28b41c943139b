package com.dealercs.infrastructure.security;

import com.dealercs.application.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.HashMap;
import java.util.Map;

/**
 * Hashes passwords with the platform's PBKDF2 implementation, in its format
 * ({@code algorithm:iterations:salt:hash}). The stored hash carries its
 * own iteration count, so raising {@link #ITERATIONS} later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHashing implements PasswordHasher {

    /** OWASP's recommendation for PBKDF2-HMAC-SHA512; the spec of the product asks ≥ 100,000. */
    public static final int ITERATIONS = 210_000;
    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";

    /** The same parameters as the platform's hash takes them. */
    static final String PARAM_ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    static final String PARAM_ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    static final String PARAM_SALT = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String PARAM_KEY = "Pbkdf2PasswordHash.KeySizeBytes=64";

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        Map<String, String> parameters = new HashMap<>();
        for (String parameter : new String[] {PARAM_ITERATIONS, PARAM_ALGORITHM, PARAM_SALT, PARAM_KEY}) {
            String[] pair = parameter.split("=", 2);
            parameters.put(pair[0], pair[1]);
        }
        hash.initialize(parameters);
    }

    @Override
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    @Override
    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }
}
