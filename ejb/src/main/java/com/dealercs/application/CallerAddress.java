package com.dealercs.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The client address of the request being served, as the server saw it: the web module remembers
 * it when a request begins, and the audit trail records it with every entry the request causes.
 * Outside a request (an import's job thread) there is none.
 */
@RequestScoped
public class CallerAddress {

    /** The longest textual IPv6 address (with an embedded IPv4 one). */
    public static final int MAX_LENGTH = 45;

    private String address;

    public void remember(String address) {
        this.address = address == null || address.isBlank() ? null
                : address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }
}
