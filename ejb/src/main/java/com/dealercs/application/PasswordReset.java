package com.dealercs.application;

/** An administrator's reset: a password typed by the administrator, or {@code null} for one the server makes. */
public record PasswordReset(String password) {
}
