package com.dealercs.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void anAbsoluteLocationKeepsOnlyItsPathQueryAndFragment() {
        assertEquals("/hq/index.xhtml?year=2024#top",
                SecurityHeadersFilter.pathOf("/login.xhtml", "http://evil.example:8080/hq/index.xhtml?year=2024#top"));
        assertEquals("/", SecurityHeadersFilter.pathOf("/login.xhtml", "https://evil.example"));
        assertEquals("/x", SecurityHeadersFilter.pathOf("/login.xhtml", "//evil.example/x"));
    }

    @Test
    void aPathStaysAndARelativeLocationIsResolvedAgainstTheRequest() {
        assertEquals("/login.xhtml", SecurityHeadersFilter.pathOf("/hq/index.xhtml", "/login.xhtml"));
        assertEquals("/hq/dealer.xhtml?code=D1", SecurityHeadersFilter.pathOf("/hq/index.xhtml", "dealer.xhtml?code=D1"));
        assertEquals("/login.xhtml", SecurityHeadersFilter.pathOf("/hq/index.xhtml", "../login.xhtml"));
    }
}
