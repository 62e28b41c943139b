package com.dealercs.infrastructure.imports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds, when the application starts, the imports a stop of the server cut off: one still
 * STARTED cannot be running (one server; the batch runtime does not resume a job after a crash)
 * and would otherwise look alive forever. Each is marked FAILED as interrupted, its staged rows
 * dropped; nothing of it was written (the apply step is one transaction), so its file can
 * simply be imported again.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class InterruptedImports {

    private static final Logger LOG = Logger.getLogger(InterruptedImports.class.getName());

    @Inject
    ImportStore store;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void markInterrupted() {
        List<Long> unfinished;
        try {
            unfinished = store.unfinished();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot look for imports cut off by a stop of the server", e);
            return;
        }
        for (long id : unfinished) {
            // a tidy-up: the application starts whatever it meets (it is logged, and the next start tries again)
            try {
                if (store.interrupted(id)) {
                    LOG.warning(() -> "Import " + id + " was cut off by a stop of the server: marked FAILED ("
                            + ImportStore.INTERRUPTED + "), nothing of it was written; import its file again");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Cannot mark import " + id + " as interrupted", e);
            }
        }
    }
}
