package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.application.CallerAddress;
import com.dealercs.domain.model.audit.AuditEntry;
import com.dealercs.domain.model.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import com.dealercs.infrastructure.persistence.JdbcBatch;
import java.sql.Connection;
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
 * The audit trail kept in {@code audit_entry}: through JPA in the caller's transaction, or in JDBC
 * batches on the import's own connection (an import may change thousands of values).
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Inject
    CallerAddress callerAddress;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void record(String actor, String action, String subject, String before, String after, String reason) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subject, before, after, reason, address()));
    }

    /** The address of the request that causes the entry; none on a thread that serves no request (an import's job). */
    private String address() {
        try {
            return callerAddress.address().orElse(null);
        } catch (ContextNotActiveException e) {
            return null;
        }
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
        try (JdbcBatch batch = new JdbcBatch(connection, "insert into audit_entry (occurred_at, actor, "
                + "action, subject, before_value, after_value, reason, address) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            String address = address();
            for (Entry e : entries) {
                // the entity checks and trims the values as it does for entries written through JPA
                AuditEntry entry = new AuditEntry(now, e.actor(), e.action(), e.subject(), e.before(), e.after(),
                        e.reason(), address);
                batch.add(insert -> {
                    insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(entry.getAt(), ZoneOffset.UTC)));
                    insert.setString(2, entry.getActor());
                    insert.setString(3, entry.getAction());
                    insert.setString(4, entry.getSubject());
                    insert.setString(5, entry.getBefore());
                    insert.setString(6, entry.getAfter());
                    insert.setString(7, entry.getReason());
                    insert.setString(8, entry.getAddress());
                });
            }
        }
    }

    @Override
    public List<AuditEntry> search(Criteria criteria, int first, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(criteria, parameters);
        TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e" + where
                + " order by e.at desc, e.id desc", AuditEntry.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(limit).getResultList();
    }

    @Override
    public List<AuditEntry> aboutDealer(String dealerCode, java.util.Collection<String> subjects, int limit) {
        String code = JpaDealerRepository.escapeLike(dealerCode);
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where e.subject = :own");
        for (String column : List.of("e.before", "e.after")) {
            jpql.append(" or ").append(column).append(" like :first escape '!' or ").append(column)
                    .append(" like :details escape '!' or ").append(column).append(" like :adjustment escape '!'");
        }
        if (!subjects.isEmpty()) {
            jpql.append(" or e.subject in :subjects");
        }
        TypedQuery<AuditEntry> query = em.createQuery(jpql.append(" order by e.at desc, e.id desc").toString(),
                AuditEntry.class)
                .setParameter("own", AuditTrail.dealer(dealerCode))
                .setParameter("first", code + " %")
                .setParameter("details", code + ":%")
                .setParameter("adjustment", "adjustment: " + code + " %");
        if (!subjects.isEmpty()) {
            query.setParameter("subjects", List.copyOf(subjects));
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
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
