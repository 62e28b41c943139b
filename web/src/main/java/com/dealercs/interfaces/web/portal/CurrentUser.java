package com.dealercs.interfaces.web.portal;

import com.dealercs.application.UserAccountService;
import com.dealercs.application.UserAccountView;
import com.dealercs.domain.model.identity.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The signed-in user of this portal session, as pages show it: name, role, dealer. Read once
 * per session from the account service.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAccountService accounts;

    private UserAccountView account;

    private UserAccountView account() {
        if (account == null) {
            account = accounts.currentUser();
        }
        return account;
    }

    public String getUsername() {
        return account().username();
    }

    public Role getRole() {
        return account().role();
    }

    /** The role's name ({@code ADMIN}, …) for bundle keys such as {@code role.ADMIN}. */
    public String getRoleName() {
        return getRole().name();
    }

    public String getDealerCode() {
        return account().dealerCode();
    }

    public boolean isAdmin() {
        return getRole() == Role.ADMIN;
    }

    public boolean isSupervisor() {
        return getRole() == Role.SUPERVISOR;
    }

    public boolean isExecutive() {
        return getRole() == Role.EXECUTIVE;
    }

    public boolean isDealer() {
        return getRole() == Role.DEALER;
    }

    /** The role's home page, relative to the application root. */
    public String getHomePath() {
        return PortalHome.of(getRole());
    }
}
