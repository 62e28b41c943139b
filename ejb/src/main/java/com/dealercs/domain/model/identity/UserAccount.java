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

    /** Set by an administrator's reset: the account may do nothing but change its password. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** UTC; empty until the password is first reset or changed. */
    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

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
        assign(role, dealerCode);
        changePasswordHash(passwordHash);
        this.enabled = true;
        this.createdAt = LocalDateTime.ofInstant(Objects.requireNonNull(createdAt), ZoneOffset.UTC);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    }

    /** Usernames compare without regard to case or surrounding blanks. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** A dealer user has exactly one (valid) dealer code, every other role none. */
    private void assign(Role role, String dealerCode) {
        Objects.requireNonNull(role, "role");
        if (role == Role.DEALER) {
            if (dealerCode == null || !DEALER_CODE.matcher(dealerCode).matches()) {
                throw new IllegalArgumentException("A dealer user needs a dealer code");
            }
        } else if (dealerCode != null) {
            throw new IllegalArgumentException("Only dealer users have a dealer code");
        }
        this.role = role;
        this.dealerCode = dealerCode;
    }

    /** Whether this account counts towards the enabled administrators that must remain. */
    public boolean isEnabledAdministrator() {
        return enabled && role == Role.ADMIN;
    }

    /**
     * A new role and dealer (the dealer's existence is the caller's to check). Whether the last
     * enabled administrator remains is for the caller too: it needs the other accounts.
     */
    public void changeRole(Role newRole, String newDealerCode) {
        assign(newRole, newDealerCode);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** An administrator set the password (a temporary one): it must be changed at the next sign-in. */
    public void resetPassword(String newHash, Instant at) {
        changePasswordHash(newHash);
        this.mustChangePassword = true;
        this.passwordChangedAt = LocalDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
    }

    /** The user chose a new password: whatever a reset required is done. */
    public void changePassword(String newHash, Instant at) {
        changePasswordHash(newHash);
        this.mustChangePassword = false;
        this.passwordChangedAt = LocalDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
    }

    private void changePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("A password hash is required");
        }
        this.passwordHash = newHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Empty until the password was first reset or changed. */
    public java.util.Optional<Instant> getPasswordChangedAt() {
        return java.util.Optional.ofNullable(passwordChangedAt).map(t -> t.toInstant(ZoneOffset.UTC));
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
