package com.dealercs.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which page may change data through the API: only one of the host the request was sent to. */
class CrossSiteRequestsTest {

    @Test
    void thePagesOfTheSameHostAndPortAreTheSameSite() {
        assertTrue(CrossSiteRequests.sameOrigin("http://localhost:8080", "localhost:8080"));
        assertTrue(CrossSiteRequests.sameOrigin("https://cs.example.com", "cs.example.com"));
        assertTrue(CrossSiteRequests.sameOrigin("https://CS.example.com:443", "cs.example.com:443"));
        assertTrue(CrossSiteRequests.sameOrigin("http://cs.example.com", "cs.example.com:80"));
    }

    @Test
    void anyOtherOriginIsAnotherSite() {
        assertFalse(CrossSiteRequests.sameOrigin("https://evil.example", "localhost:8080"));
        assertFalse(CrossSiteRequests.sameOrigin("http://localhost:8081", "localhost:8080"));
        assertFalse(CrossSiteRequests.sameOrigin("http://localhost:8080.evil.example", "localhost:8080"));
        assertFalse(CrossSiteRequests.sameOrigin("http://cs.example.com.evil.example", "cs.example.com"));
        assertFalse(CrossSiteRequests.sameOrigin("null", "localhost:8080"), "a sandboxed page or a file");
        assertFalse(CrossSiteRequests.sameOrigin("file://", "localhost:8080"));
        assertFalse(CrossSiteRequests.sameOrigin("http://localhost:8080", null));
        assertFalse(CrossSiteRequests.sameOrigin("ht tp://x", "x"));
    }
}
