package com.dealercs.interfaces.web.security;

import com.dealercs.application.InvalidInputException;
import com.dealercs.application.SignInAudit;
import com.dealercs.application.SignInAudit.Door;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * The password change asks for the current password: without a throttle, whoever holds a user's
 * session or API token could guess that password there as often as he likes. A wrong current
 * password counts as a failed sign-in of the (username, address) pair, and a running delay refuses
 * the change before the password is checked, as a sign-in would be. The sign-ins' own failures
 * (PortalAuthenticationMechanism) are counted and recorded here too: one way for both.
 */
@ApplicationScoped
public class CurrentPasswordGuard {

    /** The application's key of a wrong current password (UserAccountService.changeOwnPassword). */
    static final String WRONG_CURRENT = "password.currentWrong";

    @Inject
    SignInThrottle throttle;

    @Inject
    SignInAudit audit;

    /** How long the caller must wait before it may try its current password again, or empty. */
    public Optional<Duration> retryAfter(String username, String address) {
        return throttle.retryAfter(username, address);
    }

    /** A refused change: counted and recorded when the current password was wrong. */
    public void refused(String username, String address, InvalidInputException refusal, Door door) {
        if (refusal.problems().stream().anyMatch(problem -> WRONG_CURRENT.equals(problem.key()))) {
            failedSignIn(username, address, door);
        }
    }

    /**
     * A wrong password of a sign-in or of a password change: counted by the throttle and recorded,
     * with the delay it started if it started one.
     */
    public void failedSignIn(String username, String address, Door door) {
        Optional<Duration> delay = throttle.failed(username, address);
        audit.failed(username, door);
        delay.ifPresent(started -> audit.throttled(username, door, started));
    }

    /** Whole minutes, rounded up: "try again in 1 minute" rather than in 0. */
    public static int minutes(Duration duration) {
        return (int) Math.max(1, (duration.toSeconds() + 59) / 60);
    }
}
