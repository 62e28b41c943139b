package com.dealercs.domain.model.identity;

import java.util.Optional;

/**
 * What a password must be before it is hashed. Length is what protects a PBKDF2 hash best, so
 * the rule is a minimum length rather than character-class puzzles.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** An upper bound keeps a single login request cheap to verify. */
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    /** The reason a password is refused, as a message key of the application bundle, or empty. */
    public static Optional<String> violation(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.isBlank()) {
            return Optional.of("password.blank");
        }
        return Optional.empty();
    }
}
