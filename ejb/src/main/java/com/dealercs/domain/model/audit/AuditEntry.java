package com.dealercs.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One entry of the audit trail (scoring.md §6): who did what to which subject when, what it was
 * before, what after, and why. Never changed once written.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_ADDRESS = 45;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** UTC */
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(nullable = false, length = 100)
    private String subject;

    @Column(name = "before_value", length = MAX_TEXT)
    private String before;

    @Column(name = "after_value", length = MAX_TEXT)
    private String after;

    @Column(length = MAX_TEXT)
    private String reason;

    /** The client address of the request that caused the entry; null when none did. */
    @Column(length = MAX_ADDRESS)
    private String address;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant at, String actor, String action, String subject, String before, String after,
                      String reason) {
        this(at, actor, action, subject, before, after, reason, null);
    }

    public AuditEntry(Instant at, String actor, String action, String subject, String before, String after,
                      String reason, String address) {
        this.at = LocalDateTime.ofInstant(Objects.requireNonNull(at, "at"), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MILLIS);
        this.actor = clip(Objects.requireNonNull(actor, "actor"), 64);
        this.action = clip(Objects.requireNonNull(action, "action"), 32);
        this.subject = clip(Objects.requireNonNull(subject, "subject"), 100);
        this.before = clip(before, MAX_TEXT);
        this.after = clip(after, MAX_TEXT);
        this.reason = clip(reason, MAX_TEXT);
        this.address = clip(address, MAX_ADDRESS);
    }

    /** Cut to the column's length: an overlong text must not lose the entry. */
    public static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at.toInstant(ZoneOffset.UTC);
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getReason() {
        return reason;
    }

    public String getAddress() {
        return address;
    }
}
