package com.dealercs.infrastructure.imports;

import com.dealercs.domain.model.imports.DataImport;
import com.dealercs.infrastructure.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import javax.sql.DataSource;

/** Begins an import's {@link ApplyingTransaction}: once per job execution, with its first chunk or its apply step. */
@ApplicationScoped
public class ApplyingTransactions {

    /** Generous: a file of hundreds of thousands of rows must not time out halfway. */
    static final int TIMEOUT_SECONDS = 3600;

    @Inject
    ImportStore store;

    @Inject
    ImportApplier applier;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    /** Container-managed threads: the applying transaction's thread may use JTA. */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    /** The run's applying transaction, begun now if it has none yet. */
    ApplyingTransaction of(ImportRun run) {
        return run.applying(() -> {
            DataImport upload = store.find(run.importId());
            return ApplyingTransaction.start(threads, transaction, dataSource, applier,
                    new ImportApplier.Context(run.importId(), run.kind(), upload.getContentSha256(),
                            upload.getStartedBy(), 0), TIMEOUT_SECONDS);
        });
    }
}
