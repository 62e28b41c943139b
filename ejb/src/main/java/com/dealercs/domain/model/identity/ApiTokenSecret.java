package com.dealercs.domain.model.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The text of an API token and its hash. The text is a recognisable prefix (so a leaked token is
 * found by secret scanners and in logs) and 32 random bytes, base64url. Only its SHA-256 is
 * stored: a fast hash is right for a secret of 256 random bits, which no one can guess, and it
 * keeps a request free of any password hash.
 */
public final class ApiTokenSecret {

    public static final String PREFIX = "dcs_";
    static final int RANDOM_BYTES = 32;
    /** The prefix and 43 base64url characters (32 bytes, no padding). */
    public static final Pattern TEXT = Pattern.compile("dcs_[A-Za-z0-9_-]{43}");
    public static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecret() {
    }

    /** A new token text. */
    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a token (checked before any lookup). */
    public static boolean looksLikeToken(String text) {
        return text != null && TEXT.matcher(text).matches();
    }

    /** SHA-256 of the token text, lower-case hex. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Constant-time comparison of two hashes. */
    public static boolean sameHash(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
