package com.dealercs.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String HOME = "10.0.0.7";
    private static final String ATTACKER = "203.0.113.9";

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The grid's part played by a map (the grid's own expiry is the throttle's FORGET_AFTER, checked by the throttle too). */
    private static final class MapStates implements ThrottleStates {
        final ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();

        @Override
        public String get(String key) {
            return map.get(key);
        }

        @Override
        public boolean putIfAbsent(String key, String value) {
            return map.putIfAbsent(key, value) == null;
        }

        @Override
        public boolean replace(String key, String expected, String value) {
            return map.replace(key, expected, value);
        }

        @Override
        public void remove(String key) {
            map.remove(key);
        }

        @Override
        public void removeKeys(Predicate<String> key) {
            map.keySet().removeIf(key);
        }

        @Override
        public java.util.Map<String, String> matching(Predicate<String> key) {
            java.util.Map<String, String> found = new java.util.HashMap<>();
            map.forEach((k, v) -> {
                if (key.test(k)) {
                    found.put(k, v);
                }
            });
            return found;
        }
    }

    private final HandClock clock = new HandClock();
    private final MapStates states = new MapStates();
    private final SignInThrottle throttle = new SignInThrottle(states, clock);

    /** Fails {@code times}, each time as soon as the throttle lets the pair try again. */
    private Optional<Duration> fail(String username, String address, int times) {
        Optional<Duration> last = Optional.empty();
        for (int i = 0; i < times; i++) {
            throttle.retryAfter(username, address).ifPresent(clock::advance);
            last = throttle.failed(username, address);
        }
        return last;
    }

    @Test
    void theFirstThreeWrongPasswordsCostNothing() {
        assertEquals(Optional.empty(), fail("dealer01", HOME, 3));

        assertEquals(Optional.empty(), throttle.retryAfter("dealer01", HOME));
    }

    @Test
    void fromTheFourthOnTheDelayStartsAtFiveSecondsAndDoublesUpToFifteenMinutes() {
        fail("dealer01", HOME, 3);
        long[] expected = {5, 10, 20, 40, 80, 160, 320, 640, 900, 900, 900};
        for (long seconds : expected) {
            throttle.retryAfter("dealer01", HOME).ifPresent(clock::advance);

            assertEquals(Optional.of(Duration.ofSeconds(seconds)), throttle.failed("dealer01", HOME),
                    "the failure says which delay it started");
            assertEquals(Optional.of(Duration.ofSeconds(seconds)), throttle.retryAfter("dealer01", HOME));
        }
        clock.advance(Duration.ofSeconds(899));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.retryAfter("dealer01", HOME), "the delay runs out");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.retryAfter("dealer01", HOME));
    }

    /** The finding of issue 12: failures from elsewhere must not keep the user out. */
    @Test
    void anAttackerAtAnotherAddressDelaysOnlyHimself() {
        fail("admin", ATTACKER, 40);

        assertTrue(throttle.retryAfter("admin", ATTACKER).isPresent());
        assertEquals(Optional.empty(), throttle.retryAfter("admin", HOME), "the real admin at home signs in");
        assertEquals(Optional.empty(), throttle.retryAfter("dealer01", ATTACKER), "other usernames from there too");
    }

    /** The users page marks an account whose sign-ins some address may not try now. */
    @Test
    void theDelayedUsernamesAreThoseWithARunningDelayFromSomeAddress() {
        fail("admin", ATTACKER, 4);
        fail("dealer01", HOME, 2);

        assertEquals(java.util.Set.of("admin"), throttle.delayedUsernames(), "free failures delay no one");
        clock.advance(SignInThrottle.FIRST_DELAY);
        assertEquals(java.util.Set.of(), throttle.delayedUsernames(), "the delay has run out");
    }

    @Test
    void oneAddressSprayingManyUsernamesIsDelayedAfterItsOwnAllowance() {
        for (int i = 0; i < SignInThrottle.ADDRESS_FREE_FAILURES; i++) {
            assertEquals(Optional.empty(), throttle.failed("user" + i, ATTACKER), "failure " + (i + 1) + " is free");
        }

        assertEquals(Optional.of(SignInThrottle.FIRST_DELAY), throttle.failed("one-more", ATTACKER));
        assertEquals(Optional.of(SignInThrottle.FIRST_DELAY), throttle.retryAfter("never-tried", ATTACKER),
                "the whole address waits");
        assertEquals(Optional.empty(), throttle.retryAfter("never-tried", HOME));
        clock.advance(SignInThrottle.FIRST_DELAY);
        assertEquals(Optional.of(SignInThrottle.FIRST_DELAY.multipliedBy(2)), throttle.failed("another", ATTACKER),
                "and its delay grows as well");
    }

    @Test
    void theRightPasswordClearsThePairOnly() {
        fail("dealer01", HOME, 5);
        fail("dealer01", ATTACKER, 5);
        throttle.retryAfter("dealer01", HOME).ifPresent(clock::advance);

        throttle.succeeded("dealer01", HOME);

        assertEquals(Optional.empty(), fail("dealer01", HOME, 3), "three free failures again");
        assertTrue(throttle.retryAfter("dealer01", ATTACKER).isPresent() || states.map.containsKey("pair|" + ATTACKER + "|dealer01"),
                "the attacker's count stays");
        assertEquals(Optional.of(SignInThrottle.FIRST_DELAY), throttle.failed("dealer01", HOME));
    }

    @Test
    void liftingTheLocksOfAUsernameClearsItFromEveryAddressAndNoOtherUsername() {
        fail("dealer01", HOME, 6);
        fail("dealer01", ATTACKER, 6);
        fail("dealer011", HOME, 6);
        fail("x|dealer01", HOME, 6);

        throttle.liftLocks("dealer01");

        assertEquals(Optional.empty(), throttle.retryAfter("dealer01", HOME));
        assertEquals(Optional.empty(), throttle.retryAfter("dealer01", ATTACKER));
        assertTrue(throttle.retryAfter("dealer011", HOME).isPresent(), "a longer username keeps its delay");
        assertTrue(states.map.keySet().stream().anyMatch(k -> k.endsWith("|x|dealer01")),
                "a username that ends like it keeps its count");
    }

    @Test
    void aCounterIsForgottenAnHourAfterItsLastFailure() {
        fail("dealer01", HOME, 10);
        clock.advance(SignInThrottle.FORGET_AFTER.plusSeconds(1));

        assertEquals(Optional.empty(), throttle.retryAfter("dealer01", HOME));
        assertEquals(Optional.empty(), fail("dealer01", HOME, 3), "it starts afresh: three free failures");
    }

    @Test
    void aDelayIsNeverLongerThanTheCapAndNeverOverflows() {
        assertEquals(Duration.ZERO, SignInThrottle.delayAfter(3, 3));
        assertEquals(SignInThrottle.MAX_DELAY, SignInThrottle.delayAfter(64, 3));
        assertEquals(SignInThrottle.MAX_DELAY, SignInThrottle.delayAfter(Integer.MAX_VALUE, 3));
    }
}
