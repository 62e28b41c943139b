package com.dealercs.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows password guessing down without letting anyone lock a real user out. Two counters of wrong
 * passwords, each with its own growing delay:
 * <ul>
 * <li>per (username, client address) pair: the first {@value #PAIR_FREE_FAILURES} are free, then each
 * failure delays the next attempt of that pair by {@link #FIRST_DELAY}, doubling per failure up to
 * {@link #MAX_DELAY}. Failures from another address do not touch the pair, so an attacker elsewhere
 * cannot keep a user out;</li>
 * <li>per client address, whatever the username (one address spraying many usernames): the first
 * {@value #ADDRESS_FREE_FAILURES} are free, then the same growing delay for that address.</li>
 * </ul>
 * While a delay lasts the attempt is refused without checking the password. A successful sign-in
 * clears its pair; an administrator clears every pair of a username ({@link #liftLocks}). A counter
 * is forgotten {@link #FORGET_AFTER} after its last failure. The counters live in the data grid
 * ({@link GridThrottleStates}), so every server of a cluster applies the same ones.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int PAIR_FREE_FAILURES = 3;
    /** High enough for an office behind one address; bounds an address trying many usernames. */
    public static final int ADDRESS_FREE_FAILURES = 100;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofHours(1);

    private static final String PAIR = "pair|";
    private static final String ADDRESS = "address|";

    @Inject
    ThrottleStates states;

    private final Clock clock;

    public SignInThrottle() {
        this.clock = Clock.systemUTC();
    }

    SignInThrottle(ThrottleStates states, Clock clock) {
        this.states = states;
        this.clock = clock;
    }

    /** How long this username may not try from this address, or empty when it may try now. */
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Duration left = longer(blockedFor(pairKey(username, address), now), blockedFor(addressKey(address), now));
        return left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /**
     * Counts a wrong password (or an unknown username) of the pair and of the address.
     *
     * @return the delay this failure started, if it started one (once per delay: the caller records it)
     */
    public Optional<Duration> failed(String username, String address) {
        Instant now = clock.instant();
        Duration pair = count(pairKey(username, address), PAIR_FREE_FAILURES, now);
        Duration byAddress = count(addressKey(address), ADDRESS_FREE_FAILURES, now);
        Duration delay = longer(pair, byAddress);
        return delay.isZero() ? Optional.empty() : Optional.of(delay);
    }

    /** The right password: the pair starts afresh (the address's count stays: a sprayer may guess one right). */
    public void succeeded(String username, String address) {
        states.remove(pairKey(username, address));
    }

    /** An administrator lifts every delay of the username, from every address. */
    public void liftLocks(String username) {
        String suffix = "|" + username;
        states.removeKeys(key -> key.startsWith(PAIR) && key.endsWith(suffix)
                && key.indexOf('|', PAIR.length()) == key.length() - suffix.length());
    }

    /**
     * The usernames that some address may not try now (a delay of their pair is running), for the
     * administrators' list of accounts: one pass over the counters.
     */
    public java.util.Set<String> delayedUsernames() {
        Instant now = clock.instant();
        java.util.Set<String> delayed = new java.util.HashSet<>();
        states.matching(key -> key.startsWith(PAIR)).forEach((key, value) -> {
            if (State.parse(value, now).blockedUntil().isAfter(now)) {
                // the key is "pair|<address>|<username>": the username follows the address's bar
                delayed.add(key.substring(key.indexOf('|', PAIR.length()) + 1));
            }
        });
        return delayed;
    }

    /** The delay after {@code failures} failures of a counter that lets {@code free} of them pass. */
    static Duration delayAfter(int failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = failures - free - 1;
        if (doublings >= 20) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private Duration count(String key, int free, Instant now) {
        while (true) {
            String stored = states.get(key);
            State state = State.parse(stored, now);
            int failures = state.failures() + 1;
            Duration delay = delayAfter(failures, free);
            String next = new State(failures, now, now.plus(delay)).format();
            boolean written = stored == null ? states.putIfAbsent(key, next) : states.replace(key, stored, next);
            if (written) {
                return delay;
            }
            // another request changed the counter meanwhile: count again on its value
        }
    }

    private Duration blockedFor(String key, Instant now) {
        State state = State.parse(states.get(key), now);
        Duration left = Duration.between(now, state.blockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pairKey(String username, String address) {
        return PAIR + address + "|" + username;
    }

    private static String addressKey(String address) {
        return ADDRESS + address;
    }

    /** A counter: failures so far, the last one's time, the end of the delay it started. */
    private record State(int failures, Instant lastFailure, Instant blockedUntil) {

        private static final State NONE = new State(0, Instant.EPOCH, Instant.EPOCH);

        /** The stored text, or none when absent, unreadable or older than {@link #FORGET_AFTER}. */
        static State parse(String text, Instant now) {
            if (text == null) {
                return NONE;
            }
            String[] parts = text.split(",");
            try {
                State state = new State(Integer.parseInt(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])),
                        Instant.ofEpochMilli(Long.parseLong(parts[2])));
                return state.lastFailure().plus(FORGET_AFTER).isBefore(now) ? NONE : state;
            } catch (RuntimeException e) {
                return NONE;
            }
        }

        String format() {
            return failures + "," + lastFailure.toEpochMilli() + "," + blockedUntil.toEpochMilli();
        }
    }
}
