package com.dealercs.domain.model.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person's account on the portal and the API. A dealer user is tied to exactly one dealer;
 * HQ accounts (admin, supervisor, executive) to none. The password is only ever held as a hash.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    /** Letters, digits, dot, dash and underscore; stored in lower case so logins ignore case. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    public static final Pattern DEALER_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,15}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    /** Kept per account by the application (AccountDealers): whatever changes it fires AccountChanged. */
    @Column(name = "dealer_code", length = 16)
    private String dealerCode;

    @Column(nullable = false)
    private boolean enabled;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String passwordHash, Role role, String dealerCode,
                       Instant createdAt, String createdBy) {
        this.username = normalizeUsername(username);
        if (!USERNAME.matcher(this.username).matches()) {
            throw new IllegalArgumentException("Invalid username: " + username);
        }
        this.role = Objects.requireNonNull(role, "role");
        if (role == Role.DEALER) {
            if (dealerCode == null || !DEALER_CODE.matcher(dealerCode).matches()) {
                throw new IllegalArgumentException("A dealer user needs a dealer code");
            }
            this.dealerCode = dealerCode;
        } else if (dealerCode != null) {
            throw new IllegalArgumentException("Only dealer users have a dealer code");
        }
        changePasswordHash(passwordHash);
        this.enabled = true;
        this.createdAt = LocalDateTime.ofInstant(Objects.requireNonNull(createdAt), ZoneOffset.UTC);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    }

    /** Usernames compare without regard to case or surrounding blanks. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public void changePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("A password hash is required");
        }
        this.passwordHash = newHash;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getDealerCode() {
        return dealerCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
