package com.dealercs.application;

import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SystemInfoService {

    @Inject
    DatabaseDescription database;

    public SystemInfo info() {
        return new SystemInfo(database.schemaVersion(), database.product());
    }
}
