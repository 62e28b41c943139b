package com.dealercs.application;

import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The audit trail for administrators: who changed what, when and why, newest first. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditService {

    /** The most entries one search answers. */
    public static final int LIMIT = 1000;
    /** The most entries one page holds: the audit page's export asks for every entry found at once. */
    public static final int PAGE_LIMIT = 100_000;

    @Inject
    AuditTrail trail;

    /**
     * Entries newest first, at most {@link #LIMIT}; every criterion is optional.
     *
     * @param action {@code POLICY_CHANGED}, …; see {@link AuditTrail#ACTIONS}
     * @param from   an ISO date ({@code 2024-01-31}, from its start, UTC) or instant, or {@code null}
     * @param to     an ISO date (up to its end, UTC) or instant (exclusive), or {@code null}
     */
    public List<AuditView> search(String subject, String actor, String action, String from, String to) {
        return trail.search(criteria(subject, actor, action, from, to), 0, LIMIT).stream().map(AuditView::of).toList();
    }

    /** One page of the entries found, newest first, and how many were found in all (for the audit page). */
    public AuditPage page(String subject, String actor, String action, String from, String to, int first, int size) {
        AuditTrail.Criteria criteria = criteria(subject, actor, action, from, to);
        List<AuditView> entries = trail.search(criteria, Math.max(0, first), Math.max(1, Math.min(size, PAGE_LIMIT)))
                .stream().map(AuditView::of).toList();
        return new AuditPage(trail.count(criteria), entries);
    }

    private static AuditTrail.Criteria criteria(String subject, String actor, String action, String from, String to) {
        List<Problem> problems = new ArrayList<>();
        Instant since = parse("from", from, false, problems);
        Instant until = parse("to", to, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AuditTrail.Criteria(blankToNull(subject), blankToNull(actor), blankToNull(action), since, until);
    }

    /** A page of audit entries and the number found in all. */
    public record AuditPage(long total, List<AuditView> entries) {
    }

    private static Instant parse(String field, String value, boolean endOfDay, List<Problem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(field, "audit.date.invalid", text));
            return null;
        }
    }

    /** The actions an entry may have, for a filter. */
    public List<String> actions() {
        return AuditTrail.ACTIONS;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
