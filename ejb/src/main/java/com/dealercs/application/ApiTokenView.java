package com.dealercs.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A token as its owner and administrators see it later: never its secret. {@code status} is
 * {@code ACTIVE}, {@code EXPIRED} or {@code REVOKED}.
 */
public record ApiTokenView(long id, String owner, String name, LocalDate expiresOn, Instant createdAt,
                           String createdBy, Instant revokedAt, String revokedBy, String status) {
}
