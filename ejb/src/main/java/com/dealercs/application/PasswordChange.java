package com.dealercs.application;

/** A user changing its own password: the current one proves it is them. */
public record PasswordChange(String currentPassword, String newPassword) {
}
