package com.dealercs.interfaces.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.primefaces.csp.CspException;

/**
 * Headers every response carries, also error pages and forwards (hence the dispatcher types).
 * Pages get their Content-Security-Policy from PrimeFaces ({@code primefaces.CSP} in web.xml), which
 * adds the per-request script nonce; a second CSP header here would be enforced on top of it, so
 * this filter sets one only for what is no page (the API, static resources). The authentication
 * mechanism, which answers before any filter, applies the same headers itself ({@link #apply}).
 * <p>
 * Two more guards of the portal: redirects carry a path only, never a host taken from the request's
 * {@code Host} header; and a GET carrying a Faces view state is refused, since Faces would take it
 * for a postback and run a button's action (state changes come by POST only).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** For responses that are no page: nothing may load, nothing may frame them. */
    public static final String NO_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(PortalAuthenticationMechanism.API_PREFIX)) {
            response.setHeader("Content-Security-Policy", NO_CONTENT_POLICY);
            response.setHeader("Cache-Control", "no-store");
        } else if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            response.setHeader("Content-Security-Policy", NO_CONTENT_POLICY);
        } else {
            // pages show personal data: never keep them in a shared or back-button cache
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.getDispatcherType() == DispatcherType.REQUEST && isGetWithViewState(request)) {
            // 400 (web.xml: the expired page, "open it again from the home page"): no view is restored
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (causedBy(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), CspException.class)) {
                // a form posted without PrimeFaces' nonce: the client's fault, not the server's
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            chain.doFilter(new ErrorPageRequest(request), new PathRedirects(request, response));
            return;
        }
        chain.doFilter(request, new PathRedirects(request, response));
    }

    private static boolean causedBy(Object thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown instanceof Throwable throwable ? throwable : null; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The request as an error page sees it: a plain GET without the failed request's parameters.
     * With them, Faces would take the error page for a postback of the failed form (its view state
     * is there) and fail again on it (PrimeFaces' nonce, an unknown view): a bare 500 without a page.
     */
    static final class ErrorPageRequest extends HttpServletRequestWrapper {
        ErrorPageRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    /** The headers of every response (also of the authentication mechanism's 401s and redirects). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    private static boolean isGetWithViewState(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getQueryString() != null && request.getParameter(VIEW_STATE) != null;
    }

    /**
     * The location of a redirect as a path of this server: the container would make it absolute with
     * the host of the request's {@code Host} header, which a client chooses (a forged one would send
     * users to another site through a cache or a proxy). Browsers resolve a path against the page.
     */
    static String pathOf(String requestUri, String location) {
        URI uri = URI.create(location);
        if (uri.isAbsolute() || uri.getRawAuthority() != null) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        }
        if (location.startsWith("/")) {
            return location;
        }
        return URI.create(requestUri).resolve(uri).toString();
    }

    /** Sends redirects with a path as location, never an absolute URL built from the Host header. */
    static final class PathRedirects extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        PathRedirects(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The response is committed: no redirect");
            }
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", pathOf(request.getRequestURI(), location));
            flushBuffer();
        }
    }
}
