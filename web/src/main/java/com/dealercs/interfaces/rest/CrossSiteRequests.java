package com.dealercs.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The API against cross-site requests: a page of another site can make a signed-in browser (one
 * that cached Basic credentials) send a form or plain text to the API. A request that changes
 * something (every method but GET, HEAD and OPTIONS) is refused when it comes from another origin
 * (its {@code Origin} header names another host than the one it was sent to: 403), or when its
 * body is of a type a page can send without asking (a form, multipart or plain text: 415); the
 * API's bodies are JSON, CSV, XLSX and images. Scripts and integrators send no {@code Origin}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CrossSiteRequests implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** What an HTML form (or a no-cors fetch) may send to another site without a preflight. */
    private static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        Locale locale = ApiLocale.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin, request.getHeaderString(HttpHeaders.HOST))) {
            request.abortWith(ErrorMappers.json(403, ApiError.of(locale, "api.foreignOrigin", shortened(origin))));
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && SIMPLE_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT))) {
            request.abortWith(ErrorMappers.json(415, ApiError.of(locale, "api.unsupportedMediaType")));
        }
    }

    /** Whether the page's origin is the host (and port) the request was sent to. */
    static boolean sameOrigin(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI page = URI.create(origin.strip());
            if (page.getHost() == null || !("http".equals(page.getScheme()) || "https".equals(page.getScheme()))) {
                return false; // "null" (a sandboxed page, a file) and anything else that is no site
            }
            int port = page.getPort() != -1 ? page.getPort() : "https".equals(page.getScheme()) ? 443 : 80;
            String target = host.strip().toLowerCase(Locale.ROOT);
            String pageHost = page.getHost().toLowerCase(Locale.ROOT);
            return target.equals(pageHost + ":" + port) || (target.equals(pageHost) && (port == 80 || port == 443));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String shortened(String value) {
        return value.length() <= 100 ? value : value.substring(0, 97) + "...";
    }
}
