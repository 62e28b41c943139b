package com.dealercs.interfaces.web.security;

import com.dealercs.application.CallerAddress;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Remembers every request's client address for the audit trail. A request listener rather than a
 * filter: it runs before the authentication mechanism, so sign-ins and refusals have it too. The
 * address is the connection's peer: a proxy in front of the server would need its own setting.
 */
@WebListener
public class CallerAddressListener implements ServletRequestListener {

    @Inject
    CallerAddress callerAddress;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        callerAddress.remember(event.getServletRequest().getRemoteAddr());
    }
}
