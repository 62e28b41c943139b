package com.dealercs.domain.model.audit;

import java.time.Instant;
import java.util.List;

/**
 * The audit trail (scoring.md §6): the services record here, in the caller's transaction, every
 * change of a year's state, every calculation run and every import that landed. It checks no
 * caller. The persistence layer implements it.
 */
public interface AuditTrail {

    /** Actions recorded. */
    String YEAR_APPROVED = "YEAR_APPROVED";
    String YEAR_PUBLISHED = "YEAR_PUBLISHED";
    String YEAR_REOPENED = "YEAR_REOPENED";
    String CALCULATED = "CALCULATED";
    String IMPORTED = "IMPORTED";
    String YEAR_CREATED = "YEAR_CREATED";
    String POLICY_CHANGED = "POLICY_CHANGED";
    /** An imported value replaced an earlier, different one (a score, a result, units, a dealer's details). */
    String VALUE_CHANGED = "VALUE_CHANGED";
    /** A rebate adjustment was added or changed. */
    String ADJUSTMENT_CHANGED = "ADJUSTMENT_CHANGED";

    /**
     * A year's scheme changed (an item, a checkpoint, a factor or a checklist's order, one entry
     * each, subject {@code year:<year>}): before and after, the administrator's reason.
     */
    String SCHEME_CHANGED = "SCHEME_CHANGED";

    /** An inspection was entered, submitted, approved, returned to its author or reopened (subject {@code inspection:<id>}). */
    String INSPECTION_CREATED = "INSPECTION_CREATED";
    String INSPECTION_SUBMITTED = "INSPECTION_SUBMITTED";
    String INSPECTION_APPROVED = "INSPECTION_APPROVED";
    String INSPECTION_RETURNED = "INSPECTION_RETURNED";
    String INSPECTION_REOPENED = "INSPECTION_REOPENED";
    /** A checkpoint of a reopened inspection changed: before and after per checkpoint, the reopening's reason. */
    String INSPECTION_CORRECTED = "INSPECTION_CORRECTED";

    /** A dealer was created, changed, closed or reopened on the portal (subject {@code dealer:<code>}). */
    String DEALER_CREATED = "DEALER_CREATED";
    String DEALER_CHANGED = "DEALER_CHANGED";
    String DEALER_CLOSED = "DEALER_CLOSED";
    String DEALER_REOPENED = "DEALER_REOPENED";

    /**
     * Sign-ins (subject {@code user:<username>}, the username tried, never a password): a portal
     * sign-in, a wrong password or unknown username (portal or API), a delay the throttle started,
     * and a signed-in caller refused by a role check (403; the path in {@code after}).
     */
    String SIGNED_IN = "SIGNED_IN";
    String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    String SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";
    String ACCESS_DENIED = "ACCESS_DENIED";

    /**
     * An account was created, changed (role, dealer: before and after), disabled, enabled, its
     * password reset by an administrator or changed by its user, or its sign-in lock lifted
     * (subject {@code user:<username>}). Never a password.
     */
    String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    String ACCOUNT_CHANGED = "ACCOUNT_CHANGED";
    String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";
    String PASSWORD_RESET = "PASSWORD_RESET";
    String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    String LOCK_LIFTED = "LOCK_LIFTED";

    /** The subject of the dealer network (dealers, regions), which belongs to no year. */
    String NETWORK = "network";

    /** Every action the trail records, for filters. */
    List<String> ACTIONS = List.of(YEAR_CREATED, POLICY_CHANGED, SCHEME_CHANGED, IMPORTED, VALUE_CHANGED,
            ADJUSTMENT_CHANGED, CALCULATED, YEAR_APPROVED, YEAR_PUBLISHED, YEAR_REOPENED, INSPECTION_CREATED,
            INSPECTION_SUBMITTED, INSPECTION_APPROVED, INSPECTION_RETURNED, INSPECTION_REOPENED, INSPECTION_CORRECTED,
            DEALER_CREATED, DEALER_CHANGED, DEALER_CLOSED, DEALER_REOPENED,
            SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, ACCESS_DENIED,
            ACCOUNT_CREATED, ACCOUNT_CHANGED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, PASSWORD_RESET, PASSWORD_CHANGED,
            LOCK_LIFTED);

    /** An entry to record, before it has its time. */
    record Entry(String actor, String action, String subject, String before, String after, String reason) {
    }

    /** What to look for: every criterion is optional ({@code null}); {@code to} is exclusive. */
    record Criteria(String subject, String actor, String action, Instant from, Instant to) {
    }

    /** The subject of everything about one evaluation year. */
    static String year(int year) {
        return "year:" + year;
    }

    /** The subject of one dealer's own details (created, changed, closed on the portal). */
    static String dealer(String dealerCode) {
        return "dealer:" + dealerCode;
    }

    /** The subject of one account: its sign-ins, its changes, its password's resets and changes. */
    static String user(String username) {
        return "user:" + username;
    }

    /**
     * Everything about one dealer, newest first, at most {@code limit}: entries on its own subject
     * or on one of {@code subjects} (its inspections), and the values that imports and HQ's entries
     * changed for it, which name the dealer first ({@code D0001 training 2024-03-01: 8.5},
     * {@code D0001: name …}, {@code adjustment: D0001 …}).
     */
    List<AuditEntry> aboutDealer(String dealerCode, java.util.Collection<String> subjects, int limit);

    /** Records an entry in the caller's transaction. */
    void record(String actor, String action, String subject, String before, String after, String reason);

    /** Entries newest first, from the {@code first} one (0-based), at most {@code limit}. */
    List<AuditEntry> search(Criteria criteria, int first, int limit);

    long count(Criteria criteria);
}
