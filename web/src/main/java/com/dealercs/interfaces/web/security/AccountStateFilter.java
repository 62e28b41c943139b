package com.dealercs.interfaces.web.security;

import com.dealercs.application.AccountStates;
import com.dealercs.interfaces.rest.ApiError;
import com.dealercs.interfaces.rest.ApiLocale;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * What an account's state allows after it signed in (the container has authenticated the request
 * when filters run): an account whose password an administrator reset may only change it (every
 * portal page sends it to {@link #PASSWORD_PAGE}; the API answers 403 but for the change itself and
 * reading the account), and a portal session of an account disabled or given another role since
 * it signed in ends (the API authenticates every request anew).
 * The state is {@link AccountStates}', kept per account and forgotten when the account changes.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AccountStateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String PASSWORD_PAGE = "/account/password.xhtml";
    static final String OWN_PASSWORD_API = "/api/v1/users/me/password";
    static final String OWN_ACCOUNT_API = "/api/v1/users/me";

    @Inject
    transient AccountStates states;

    private final transient Jsonb jsonb = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (user == null || isStatic(path)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountStates.State> state = states.of(user);
        boolean api = path.startsWith(PortalAuthenticationMechanism.API_PREFIX);
        // a portal session keeps the role it signed in with: one whose account has another role now ends
        boolean staleRole = state.isPresent() && !request.isUserInRole(state.get().role().name());
        if (state.isPresent() && (!state.get().enabled() || staleRole)) {
            if (api) {
                refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                        state.get().enabled() ? "user.roleChanged" : "user.disabled");
            } else {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                redirect(request, response, PortalAuthenticationMechanism.LOGIN_PAGE);
            }
            return;
        }
        if (state.isPresent() && state.get().mustChangePassword() && !allowedBeforeChange(request, path, api)) {
            if (api) {
                refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "password.mustChange");
            } else {
                redirect(request, response, PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowedBeforeChange(HttpServletRequest request, String path, boolean api) {
        if (api) {
            return path.equals(OWN_PASSWORD_API) || (path.equals(OWN_ACCOUNT_API) && "GET".equals(request.getMethod()));
        }
        // the page itself (its form posts back to it), signing in and out, the error pages
        return path.equals(PASSWORD_PAGE) || path.equals(PortalAuthenticationMechanism.LOGIN_PAGE)
                || path.startsWith("/error/");
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(jsonb.toJson(ApiError.of(ApiLocale.of(request.getHeader("Accept-Language")), key)));
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String page)
            throws IOException {
        String url = request.getContextPath() + page;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an AJAX request: tell the Faces client to navigate
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url + "\"></redirect></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
