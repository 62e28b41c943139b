package com.dealercs.application;

import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.identity.UserAccount;
import com.dealercs.domain.model.identity.UserAccountRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Accounts: created by administrators; every signed-in user may read its own. */
@Stateless
public class UserAccountService {

    @Inject
    AccountRegistration registration;

    @Inject
    UserAccountRepository accounts;

    @Resource
    SessionContext session;

    @RolesAllowed(Role.ADMIN_NAME)
    public UserAccountView create(NewUserAccount request) {
        return registration.register(request, session.getCallerPrincipal().getName());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<UserAccountView> list() {
        return accounts.findAll().stream().map(AccountRegistration::view).toList();
    }

    /** The signed-in caller's own account. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
    public UserAccountView currentUser() {
        String username = session.getCallerPrincipal().getName();
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("user.notFound", username));
        return AccountRegistration.view(account);
    }
}
