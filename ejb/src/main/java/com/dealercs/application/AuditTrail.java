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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Every action the trail records, for filters. */
    public static final java.util.List<String> ACTIONS = java.util.List.of(YEAR_CREATED, POLICY_CHANGED, IMPORTED,
            VALUE_CHANGED, ADJUSTMENT_CHANGED, CALCULATED, YEAR_APPROVED, YEAR_PUBLISHED, YEAR_REOPENED);

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

    /** What to look for: every criterion is optional ({@code null}); {@code to} is exclusive. */
    public record Criteria(String subject, String actor, String action, Instant from, Instant to) {
    }

    /** Entries newest first, from the {@code first} one (0-based), at most {@code limit}. */
    public List<AuditEntry> search(Criteria criteria, int first, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(criteria, parameters);
        TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e" + where
                + " order by e.at desc, e.id desc", AuditEntry.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(limit).getResultList();
    }

    public long count(Criteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEntry e" + where(criteria, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(Criteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (criteria.subject() != null) {
            where.append(" and e.subject = :subject");
            parameters.put("subject", criteria.subject());
        }
        if (criteria.actor() != null) {
            where.append(" and e.actor = :actor");
            parameters.put("actor", criteria.actor());
        }
        if (criteria.action() != null) {
            where.append(" and e.action = :action");
            parameters.put("action", criteria.action());
        }
        if (criteria.from() != null) {
            where.append(" and e.at >= :from");
            parameters.put("from", LocalDateTime.ofInstant(criteria.from(), ZoneOffset.UTC));
        }
        if (criteria.to() != null) {
            where.append(" and e.at < :to");
            parameters.put("to", LocalDateTime.ofInstant(criteria.to(), ZoneOffset.UTC));
        }
        return where.toString();
    }
}
