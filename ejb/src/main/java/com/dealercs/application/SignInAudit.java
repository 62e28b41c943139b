package com.dealercs.application;

import com.dealercs.domain.model.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Records sign-ins and refusals in the audit trail for the authentication mechanism and the error
 * pages: who (the username tried, never a password), when, and from where (the request's address,
 * which the trail adds). Open to everybody: the caller is not signed in yet. Its own transaction,
 * so that a refusal that rolled back the caller's work is still recorded.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInAudit {

    /** Where a sign-in was tried. */
    public enum Door { PORTAL, API }

    @Inject
    AuditTrail trail;

    public void signedIn(String username) {
        trail.record(username, AuditTrail.SIGNED_IN, AuditTrail.user(username), null, Door.PORTAL.name(), null);
    }

    public void failed(String username, Door door) {
        trail.record(username, AuditTrail.SIGN_IN_FAILED, AuditTrail.user(username), null, door.name(), null);
    }

    /** The throttle started a delay after a failure: one entry per delay, not per refused attempt. */
    public void throttled(String username, Door door, Duration delay) {
        trail.record(username, AuditTrail.SIGN_IN_THROTTLED, AuditTrail.user(username), null,
                door.name() + ", " + Math.max(1, delay.toSeconds()) + " s", null);
    }

    /** A signed-in caller refused by a page's or an endpoint's role check. */
    public void accessDenied(String username, String path) {
        trail.record(username, AuditTrail.ACCESS_DENIED, AuditTrail.user(username), null, path, null);
    }
}
