package com.dealercs.application;

import com.dealercs.domain.model.identity.Role;
import com.dealercs.infrastructure.persistence.DatabaseMigration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SystemInfoService {

    @Inject
    DatabaseMigration migration;

    public SystemInfo info() {
        return new SystemInfo(migration.currentVersion(), migration.databaseProduct());
    }
}
