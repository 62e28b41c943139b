package com.dealercs.application;

/**
 * The answer to a reset, shown once to the administrator: the password to hand over (the one the
 * server made, or {@code null} when the administrator typed it). The user must change it at the
 * next sign-in.
 */
public record TemporaryPassword(String username, String temporaryPassword) {
}
