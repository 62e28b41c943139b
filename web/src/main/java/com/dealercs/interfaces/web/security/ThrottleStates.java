package com.dealercs.interfaces.web.security;

import java.util.function.Predicate;

/**
 * Where {@link SignInThrottle} keeps its counters: text values under text keys, changed only by
 * compare-and-set so that two servers (or two requests) never lose each other's failures.
 * Entries are forgotten by the store an hour after their last change ({@link SignInThrottle#FORGET_AFTER}).
 */
public interface ThrottleStates {

    /** The value, or {@code null}. */
    String get(String key);

    boolean putIfAbsent(String key, String value);

    boolean replace(String key, String expected, String value);

    void remove(String key);

    /** Removes every entry whose key matches (an administrator lifting a username's locks). */
    void removeKeys(Predicate<String> key);

    /** Every entry whose key matches, key to value (the users page asking which usernames are delayed). */
    java.util.Map<String, String> matching(Predicate<String> key);
}
