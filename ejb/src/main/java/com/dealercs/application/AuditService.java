package com.dealercs.application;

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

    @Inject
    AuditTrail trail;

    /**
     * @param from an ISO date ({@code 2024-01-31}, from its start, UTC) or instant, or {@code null}
     * @param to   an ISO date (up to its end, UTC) or instant (exclusive), or {@code null}
     */
    public List<AuditView> search(String subject, String actor, String from, String to) {
        List<Problem> problems = new ArrayList<>();
        Instant since = parse("from", from, false, problems);
        Instant until = parse("to", to, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return trail.search(blankToNull(subject), blankToNull(actor), since, until, LIMIT).stream()
                .map(AuditView::of).toList();
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
