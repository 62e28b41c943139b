package com.dealercs.infrastructure.persistence;

import com.dealercs.application.DatabaseDescription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The database as {@link DatabaseMigration} left it (kept apart so that EJB keeps its no-interface view). */
@ApplicationScoped
public class MigratedDatabase implements DatabaseDescription {

    @Inject
    DatabaseMigration migration;

    @Override
    public String schemaVersion() {
        return migration.currentVersion();
    }

    @Override
    public String product() {
        return migration.databaseProduct();
    }
}
