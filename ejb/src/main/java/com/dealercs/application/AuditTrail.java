package com.dealercs.application;

import com.dealercs.domain.model.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail (scoring.md §6): the services record here, in their own transaction, every change
 * of a year's state, every calculation run and every import that landed. It checks no caller.
 */
@ApplicationScoped
public class AuditTrail {

    /** Actions recorded. */
    public static final String YEAR_APPROVED = "YEAR_APPROVED";
    public static final String YEAR_PUBLISHED = "YEAR_PUBLISHED";
    public static final String YEAR_REOPENED = "YEAR_REOPENED";
    public static final String CALCULATED = "CALCULATED";
    public static final String IMPORTED = "IMPORTED";
    public static final String YEAR_CREATED = "YEAR_CREATED";
    public static final String POLICY_CHANGED = "POLICY_CHANGED";
    /** An imported value replaced an earlier, different one (a score, a result, units, a dealer's details). */
    public static final String VALUE_CHANGED = "VALUE_CHANGED";
    /** A rebate adjustment was added or changed. */
    public static final String ADJUSTMENT_CHANGED = "ADJUSTMENT_CHANGED";

    /** The subject of the dealer network (dealers, regions), which belongs to no year. */
    public static final String NETWORK = "network";

    /** An entry to record, before it has its time. */
    public record Entry(String actor, String action, String subject, String before, String after, String reason) {
    }

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** The subject of everything about one evaluation year. */
    public static String year(int year) {
        return "year:" + year;
    }

    /** Records an entry in the caller's (JPA) transaction. */
    public void record(String actor, String action, String subject, String before, String after, String reason) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subject, before, after, reason));
    }

    /** Records an entry with plain JDBC on the caller's connection (the import's transaction). */
    public void record(Connection connection, String actor, String action, String subject, String before,
                       String after, String reason) throws SQLException {
        record(connection, List.of(new Entry(actor, action, subject, before, after, reason)));
    }

    /** Records entries in one JDBC batch on the caller's connection (the import's transaction). */
    public void record(Connection connection, List<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry (occurred_at, actor, "
                + "action, subject, before_value, after_value, reason) values (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Entry e : entries) {
                // the entity checks and trims the values as it does for entries written through JPA
                AuditEntry entry = new AuditEntry(now, e.actor(), e.action(), e.subject(), e.before(), e.after(),
                        e.reason());
                insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(entry.getAt(), ZoneOffset.UTC)));
                insert.setString(2, entry.getActor());
                insert.setString(3, entry.getAction());
                insert.setString(4, entry.getSubject());
                insert.setString(5, entry.getBefore());
                insert.setString(6, entry.getAfter());
                insert.setString(7, entry.getReason());
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** Entries newest first; every criterion is optional ({@code null}); {@code to} is exclusive. */
    public List<AuditEntry> search(String subject, String actor, Instant from, Instant to, int limit) {
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        List<Object[]> parameters = new ArrayList<>();
        if (subject != null) {
            jpql.append(" and e.subject = :subject");
            parameters.add(new Object[] {"subject", subject});
        }
        if (actor != null) {
            jpql.append(" and e.actor = :actor");
            parameters.add(new Object[] {"actor", actor});
        }
        if (from != null) {
            jpql.append(" and e.at >= :from");
            parameters.add(new Object[] {"from", LocalDateTime.ofInstant(from, ZoneOffset.UTC)});
        }
        if (to != null) {
            jpql.append(" and e.at < :to");
            parameters.add(new Object[] {"to", LocalDateTime.ofInstant(to, ZoneOffset.UTC)});
        }
        jpql.append(" order by e.at desc, e.id desc");
        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class);
        parameters.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query.setMaxResults(limit).getResultList();
    }
}
