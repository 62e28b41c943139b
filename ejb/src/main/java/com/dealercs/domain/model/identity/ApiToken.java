package com.dealercs.domain.model.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * An API token of one account: a name its owner chose, an expiry date and, once revoked, who
 * revoked it and when. Only the hash of the secret is kept ({@link ApiTokenSecret}). It acts with
 * its owner's role and dealer, which are read from the account on every use.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int NAME_MAX = 64;
    /** The longest a token may live: a forgotten token should not work for ever. */
    public static final int MAX_YEARS = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_username", nullable = false, length = 64)
    private String ownerUsername;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    /** The last day (UTC) the token works. */
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    /** UTC. */
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Version
    private long version;

    protected ApiToken() {
        // for JPA
    }

    /**
     * A new token; {@code now} decides what "today" is (UTC), so the expiry must lie after today
     * and at most {@link #MAX_YEARS} ahead.
     */
    public ApiToken(String ownerUsername, String name, String secretHash, LocalDate expiresOn, Instant now,
                    String createdBy) {
        this.ownerUsername = UserAccount.normalizeUsername(ownerUsername);
        if (this.ownerUsername.isEmpty()) {
            throw new IllegalArgumentException("A token needs an owner");
        }
        nameViolation(name).ifPresent(key -> {
            throw new IllegalArgumentException("Invalid token name (" + key + ")");
        });
        this.name = name.strip();
        if (secretHash == null || !ApiTokenSecret.HASH.matcher(secretHash).matches()) {
            throw new IllegalArgumentException("A token needs the SHA-256 hex of its secret");
        }
        this.secretHash = secretHash;
        LocalDate today = today(now);
        expiryViolation(expiresOn, today).ifPresent(key -> {
            throw new IllegalArgumentException("Invalid expiry " + expiresOn + " (" + key + ")");
        });
        this.expiresOn = expiresOn;
        this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    }

    /** The reason a name is refused (a key of the application bundle), or empty. */
    public static Optional<String> nameViolation(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("token.name.required");
        }
        String stripped = name.strip();
        if (stripped.codePointCount(0, stripped.length()) > NAME_MAX) {
            return Optional.of("token.name.tooLong");
        }
        return Optional.empty();
    }

    /** The reason an expiry date is refused on {@code today} (a key of the application bundle), or empty. */
    public static Optional<String> expiryViolation(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return Optional.of("token.expiresOn.required");
        }
        if (!expiresOn.isAfter(today)) {
            return Optional.of("token.expiresOn.notAfterToday");
        }
        if (expiresOn.isAfter(today.plusYears(MAX_YEARS))) {
            return Optional.of("token.expiresOn.tooFar");
        }
        return Optional.empty();
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** Revokes it; a token is revoked once, and never comes back. */
    public void revoke(Instant at, String by) {
        if (isRevoked()) {
            throw new IllegalStateException("Token " + id + " is revoked already");
        }
        this.revokedAt = LocalDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
        this.revokedBy = Objects.requireNonNull(by, "by");
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Whether it works at {@code now}: not revoked, and today is not after its expiry date. */
    public boolean worksAt(Instant now) {
        return !isRevoked() && !today(now).isAfter(expiresOn);
    }

    public Long getId() {
        return id;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getRevokedAt() {
        return revokedAt == null ? null : revokedAt.toInstant(ZoneOffset.UTC);
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
