package com.dealercs.application;

import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Moves a year through its life cycle (scoring.md §6): executives and administrators approve and
 * publish; only an administrator reopens, giving a reason.
 */
@Stateless
public class YearLifecycleService {

    @Inject
    YearLifecycle lifecycle;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public YearStateView approve(int year) {
        return lifecycle.approve(year, caller());
    }

    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public YearStateView publish(int year) {
        return lifecycle.publish(year, caller());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public YearStateView reopen(int year, String reason) {
        return lifecycle.reopen(year, reason, caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
