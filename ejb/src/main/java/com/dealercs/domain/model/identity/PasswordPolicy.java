package com.dealercs.domain.model.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be before it is hashed. Length is what protects a PBKDF2 hash best, so
 * the rule is a minimum length rather than character-class puzzles; on top, what a guesser tries
 * first is refused: a password of the common-password list shipped with the product
 * ({@code common-passwords.txt}, see its README), one made of a few characters repeated, and one
 * that is the username or holds it (or is held by it).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** An upper bound keeps a single login request cheap to verify. */
    public static final int MAX_LENGTH = 256;
    /** {@code aaaaaaaaaaaa}, {@code abababababab}, {@code 121212121212}: fewer distinct characters than this. */
    public static final int MIN_DISTINCT = 5;

    private static final String LIST = "common-passwords.txt";

    private PasswordPolicy() {
    }

    /** The reason a password is refused, as a message key of the application bundle, or empty. */
    public static Optional<String> violation(String password) {
        return violation(password, null);
    }

    /**
     * The reason a password is refused for the account {@code username} (checked against it when
     * given), as a message key of the application bundle ({@code password.tooShort} takes
     * {@link #MIN_LENGTH} as its argument), or empty.
     */
    public static Optional<String> violation(String password, String username) {
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
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of("password.tooFewDistinct");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (Common.PASSWORDS.contains(lower)) {
            return Optional.of("password.common");
        }
        String name = UserAccount.normalizeUsername(username);
        if (!name.isEmpty() && (lower.contains(name) || name.contains(lower))) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }

    /** Whether the password is on the shipped list of common passwords (case-insensitive). */
    public static boolean isCommon(String password) {
        return password != null && Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Read once, on first use (holder idiom): about 50,000 lines. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException("The common-password list " + LIST + " is missing");
                }
                Set<String> passwords = new HashSet<>(65_536);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank()) {
                        passwords.add(line.strip());
                    }
                }
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the common-password list", e);
            }
        }
    }
}
