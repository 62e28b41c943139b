package com.dealercs.application;

/** One-way password hashes as stored with the accounts; the infrastructure implements it (PBKDF2). */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String storedHash);
}
