package com.dealercs.application;

import com.dealercs.domain.model.identity.Role;
import java.time.Instant;

/**
 * An account as callers may see it: never the password hash. {@code mustChangePassword}: an
 * administrator reset the password, and the account may do nothing else until it is changed.
 */
public record UserAccountView(String username, Role role, String dealerCode, boolean enabled,
                              Instant createdAt, String createdBy, boolean mustChangePassword) {
}
