package com.dealercs.interfaces.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in on this portal session, kept in the session so each request can re-apply it. */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    SignedInCaller {
        groups = Set.copyOf(groups);
    }
}
