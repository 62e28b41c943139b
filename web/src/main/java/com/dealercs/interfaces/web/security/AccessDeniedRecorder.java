package com.dealercs.interfaces.web.security;

import com.dealercs.application.SignInAudit;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records a page refused to a signed-in caller (the container's role check of web.xml's
 * constraints, or a servlet's own 403) as {@code ACCESS_DENIED}, with the path asked for. It sees
 * only the error dispatch to the 403 page, so opening {@code /error/403.xhtml} directly records nothing.
 */
@WebFilter(urlPatterns = "/error/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class AccessDeniedRecorder extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(AccessDeniedRecorder.class.getName());

    @Inject
    SignInAudit audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getUserPrincipal() != null && path != null) {
            try {
                audit.accessDenied(request.getUserPrincipal().getName(), request.getMethod() + " " + path);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record a denied access", e);
            }
        }
        chain.doFilter(request, response);
    }
}
