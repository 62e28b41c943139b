package com.dealercs.interfaces.web.portal;

import com.dealercs.interfaces.web.security.PortalAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The login form and the logout action of the portal. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                password == null ? "" : password))
                        .newAuthentication(true));
        password = null;
        boolean signedIn = status == AuthenticationStatus.SUCCESS && request.getUserPrincipal() != null;
        if (signedIn) {
            external.redirect(external.getRequestContextPath() + destination(request));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
            Object lockedMinutes = request.getAttribute(PortalAuthenticationMechanism.LOCKED_MINUTES);
            String message = lockedMinutes == null ? bundle.getString("login.failed")
                    : MessageFormat.format(bundle.getString("login.locked"), lockedMinutes);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
    }

    public void logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + PortalAuthenticationMechanism.LOGIN_PAGE + "?logout=true");
    }

    /** The page the user asked for before signing in, if it is one of ours; else the role's home. */
    private String destination(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(PortalAuthenticationMechanism.SAVED_REQUEST);
        if (session != null) {
            session.removeAttribute(PortalAuthenticationMechanism.SAVED_REQUEST);
        }
        if (saved instanceof String path && path.startsWith("/") && !path.startsWith("//")
                && !path.startsWith(PortalAuthenticationMechanism.API_PREFIX) && !"/".equals(path)) {
            return path;
        }
        return currentUser.getHomePath();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
