package com.dealercs.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

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

    private final HandClock clock = new HandClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    private void fail(String username, int times, Duration apart) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username);
            clock.advance(apart);
        }
    }

    @Test
    void fourWrongPasswordsLeaveTheDoorOpen() {
        fail("dealer01", 4, Duration.ofSeconds(10));

        assertEquals(Optional.empty(), throttle.lockedFor("dealer01"));
    }

    @Test
    void theFifthWrongPasswordWithinFifteenMinutesLocksTheUsernameForFifteenMinutes() {
        fail("dealer01", 5, Duration.ofMinutes(3));     // failures at 0, 3, 6, 9, 12 minutes; now 15

        assertEquals(Optional.of(Duration.ofMinutes(12)), throttle.lockedFor("dealer01"), "until 12 + 15 = 27");
        assertEquals(Optional.empty(), throttle.lockedFor("dealer02"), "other usernames are not touched");
        clock.advance(Duration.ofMinutes(12));
        assertEquals(Optional.empty(), throttle.lockedFor("dealer01"));
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        fail("dealer01", 5, Duration.ofMinutes(4));     // 0 … 16 minutes: 16 > 15

        assertEquals(Optional.empty(), throttle.lockedFor("dealer01"));
        throttle.failed("dealer01");                    // at 20: the last five are 4 … 20 = 16 minutes
        assertEquals(Optional.empty(), throttle.lockedFor("dealer01"));
    }

    @Test
    void aSuccessfulSignInForgetsTheFailures() {
        fail("dealer01", 4, Duration.ofSeconds(1));
        throttle.succeeded("dealer01");
        fail("dealer01", 4, Duration.ofSeconds(1));

        assertEquals(Optional.empty(), throttle.lockedFor("dealer01"));
    }

    @Test
    void madeUpUsernamesDoNotGrowTheMemoryWithoutEnd() {
        for (int i = 0; i < SignInThrottle.MAX_TRACKED; i++) {
            throttle.failed("guess" + i);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("one-more");

        fail("dealer01", 5, Duration.ofSeconds(1));
        assertTrue(throttle.lockedFor("dealer01").isPresent(), "the throttle still works after the clean-up");
        assertEquals(Optional.empty(), throttle.lockedFor("guess1"));
    }
}
