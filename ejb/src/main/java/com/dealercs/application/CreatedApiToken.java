package com.dealercs.application;

import java.time.LocalDate;

/** A token just created: the only time its secret {@code token} is ever shown. */
public record CreatedApiToken(long id, String name, LocalDate expiresOn, String token) {
}
