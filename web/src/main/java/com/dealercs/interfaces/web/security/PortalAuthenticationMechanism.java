package com.dealercs.interfaces.web.security;

import com.dealercs.application.SignInAudit;
import com.dealercs.application.SignInAudit.Door;
import com.dealercs.application.TokenSignIn;
import com.dealercs.interfaces.rest.ApiError;
import com.dealercs.interfaces.rest.ApiLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One mechanism for the two doors of the application (Jakarta Security 3 allows one per
 * application):
 * <ul>
 * <li>{@code /api/v1/*}: HTTP Basic or an API token ({@code Bearer}) on every request, no session;
 * a missing or wrong credential gets a JSON 401.</li>
 * <li>the portal: a form login through {@code SecurityContext.authenticate} from the login page;
 * on success the session id is changed (no fixation) and the caller is kept in the session.
 * A protected page without a signed-in caller redirects to the login page, remembering where
 * the user was going.</li>
 * </ul>
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String API_PREFIX = "/api/";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Session attribute: the page a user asked for before being sent to the login page. */
    public static final String SAVED_REQUEST = "dealercs.savedRequest";
    private static final String CALLER = "dealercs.caller";
    private static final String BEARER = "Bearer";
    /** Request attribute for the login page: signing in is delayed for this many minutes (an Integer). */
    public static final String LOCKED_MINUTES = "dealercs.lockedMinutes";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    SignInThrottle throttle;

    @Inject
    SignInAudit audit;

    @Inject
    TokenSignIn tokenSignIn;

    @Inject
    CurrentPasswordGuard passwordGuard;

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential given) {
            UsernamePasswordCredential normalized = normalized(given);
            String username = normalized.getCaller();
            String address = request.getRemoteAddr();
            Optional<Duration> locked = throttle.retryAfter(username, address);
            if (locked.isPresent()) {
                // refused without checking the password, and not recorded again: the delay's start was
                request.setAttribute(LOCKED_MINUTES, minutes(locked.get()));
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result = identityStore.validate(normalized);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                passwordGuard.failedSignIn(username, address, Door.PORTAL);
                // the response is left to the login page, which says so
                return AuthenticationStatus.SEND_FAILURE;
            }
            throttle.succeeded(username, address);
            audit.signedIn(username);
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(CALLER, new SignedInCaller(result.getCallerPrincipal().getName(),
                    result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        SignedInCaller caller = session == null ? null : (SignedInCaller) session.getAttribute(CALLER);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (isBearer(header)) {
            return validateBearer(header.substring(BEARER.length()).trim(), request, response, context);
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decodeBasic(header.substring(6).trim());
            if (credential != null) {
                String address = request.getRemoteAddr();
                Optional<Duration> locked = throttle.retryAfter(credential.getCaller(), address);
                if (locked.isPresent()) {
                    return tooManyFailures(request, response, locked.get());
                }
                CredentialValidationResult result = identityStore.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    // every API request signs in: not recorded (the trail would grow by each call)
                    throttle.succeeded(credential.getCaller(), address);
                    return context.notifyContainerAboutLogin(result);
                }
                passwordGuard.failedSignIn(credential.getCaller(), address, Door.API);
            }
            return unauthorized(request, response, "api.unauthorized.wrongCredentials");
        }
        if (context.isProtected()) {
            return unauthorized(request, response, "api.unauthorized.missingCredentials");
        }
        return context.doNothing();
    }

    /**
     * An API token ({@code Authorization: Bearer}): a SHA-256 and a lookup, no password hash, no
     * throttle (a token of 256 random bits cannot be guessed). Refused with a JSON 401 without
     * WWW-Authenticate: there is nothing for a browser to ask for.
     */
    private AuthenticationStatus validateBearer(String token, HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Optional<TokenSignIn.TokenCaller> caller = tokenSignIn.verify(token);
        if (caller.isEmpty()) {
            return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.unauthorized.token");
        }
        return context.notifyContainerAboutLogin(caller.get().username(), Set.of(caller.get().role().name()));
    }

    /** "Bearer" and a token, or "Bearer" alone (a client trims "Bearer " of an empty token): a token's 401 either way. */
    private static boolean isBearer(String header) {
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && (header.length() == BEARER.length() || Character.isWhitespace(header.charAt(BEARER.length())));
    }

    /** No WWW-Authenticate challenge: a browser would ask for and then cache Basic credentials. */
    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String key) {
        return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, key);
    }

    /** 429 with Retry-After: this username from this address (or this address) failed too often. */
    private AuthenticationStatus tooManyFailures(HttpServletRequest request, HttpServletResponse response,
                                                 Duration locked) {
        response.setHeader("Retry-After", String.valueOf(Math.max(1, locked.toSeconds())));
        return refuse(request, response, 429, "api.tooManyFailedSignIns", minutes(locked));
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
                                        String key, Object... arguments) {
        Locale locale = ApiLocale.of(request.getHeader("Accept-Language"));
        try {
            response.setStatus(status);
            SecurityHeadersFilter.apply(request, response);
            response.setHeader("Content-Security-Policy", SecurityHeadersFilter.NO_CONTENT_POLICY);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(jsonb.toJson(ApiError.of(locale, key, arguments)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the " + status + " response", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Whole minutes, rounded up: "try again in 1 minute" rather than in 0. */
    private static int minutes(Duration duration) {
        return (int) Math.max(1, (duration.toSeconds() + 59) / 60);
    }

    private AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        String loginUrl = request.getContextPath() + LOGIN_PAGE;
        // before any filter: the same headers, and a path as location (never a host from the Host header)
        SecurityHeadersFilter.apply(request, response);
        response.setHeader("Cache-Control", "no-store");
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // an AJAX request of an expired session: tell the Faces client to navigate
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + loginUrl + "\"></redirect></partial-response>");
            } else {
                if ("GET".equals(request.getMethod())) {
                    request.getSession(true).setAttribute(SAVED_REQUEST, requestedPath(request));
                }
                response.setStatus(HttpServletResponse.SC_FOUND);
                response.setHeader("Location", loginUrl);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot redirect to the login page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String requestedPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }

    private static UsernamePasswordCredential normalized(UsernamePasswordCredential given) {
        return new UsernamePasswordCredential(given.getCaller().strip().toLowerCase(Locale.ROOT), given.getPassword());
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return normalized(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

}
