package com.dealercs.application;

/**
 * What an administrator changes on an account ({@code PUT /api/v1/users/{username}}): its role (by
 * name, unchecked yet) and dealer code, and whether it is enabled. A field left {@code null} keeps
 * its value; a role other than DEALER drops the dealer code.
 */
public record AccountUpdate(String role, String dealerCode, Boolean enabled) {
}
