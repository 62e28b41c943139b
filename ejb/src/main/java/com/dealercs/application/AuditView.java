package com.dealercs.application;

import com.dealercs.domain.model.audit.AuditEntry;
import java.io.Serializable;
import java.time.Instant;

/** One audit entry as the API and the audit page show it (serializable for the page's view scope). */
public record AuditView(long id, Instant at, String actor, String action, String subject, String before,
                        String after, String reason, String address) implements Serializable {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getSubject(), e.getBefore(),
                e.getAfter(), e.getReason(), e.getAddress());
    }
}
