package com.dealercs.application;

/** A token asked for: its name and its expiry date as given ({@code yyyy-MM-dd}), checked by the service. */
public record NewApiToken(String name, String expiresOn) {
}
