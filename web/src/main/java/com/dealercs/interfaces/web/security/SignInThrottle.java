package com.dealercs.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down: after {@value #MAX_FAILURES} wrong passwords for one username
 * within {@link #WINDOW}, that username cannot sign in (portal or API, even with the right
 * password) until {@link #LOCK} has passed since the last failure. A successful sign-in forgets
 * the failures. Kept in memory: the product runs on one server, and a restart only lifts locks.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** Guessers cycling through made-up usernames must not grow the map without end. */
    static final int MAX_TRACKED = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the username stays locked, or empty when it may try to sign in now. */
    public Optional<Duration> lockedFor(String username) {
        Deque<Instant> times = failures.get(username);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            // the last MAX_FAILURES failures are kept: locked when they fell within the window
            if (times.size() < MAX_FAILURES || Duration.between(times.peekFirst(), times.peekLast()).compareTo(WINDOW) > 0) {
                return Optional.empty();
            }
            Duration left = Duration.between(clock.instant(), times.peekLast().plus(LOCK));
            return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
        }
    }

    public void failed(String username) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    return isStale(times, now);
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(username, u -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
    }

    public void succeeded(String username) {
        failures.remove(username);
    }

    /** An administrator lifted the username's lock: its failures are forgotten. */
    public void liftLocks(String username) {
        failures.remove(username);
    }

    /** Failures that can neither lock (with new ones) nor hold a lock any more. */
    private static boolean isStale(Deque<Instant> times, Instant now) {
        Duration longest = WINDOW.compareTo(LOCK) > 0 ? WINDOW : LOCK;
        return times.isEmpty() || times.peekLast().plus(longest).isBefore(now);
    }
}
