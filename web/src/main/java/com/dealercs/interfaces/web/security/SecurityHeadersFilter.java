package com.dealercs.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries. Pages get their Content-Security-Policy from PrimeFaces
 * ({@code primefaces.CSP} in web.xml), which adds the per-request script nonce; a second CSP
 * header here would be enforced on top of it, so this filter sets one only for the API.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(PortalAuthenticationMechanism.API_PREFIX)) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setHeader("Cache-Control", "no-store");
        } else if (!path.startsWith("/jakarta.faces.resource/")) {
            // pages show personal data: never keep them in a shared or back-button cache
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
