package com.dealercs.infrastructure.imports;

import com.dealercs.infrastructure.imports.file.FileRefusedException;
import com.dealercs.domain.model.imports.DataImport;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.ImportStatus;
import com.dealercs.infrastructure.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The import's last step: in ONE transaction, write every staged row into the real tables, drop
 * the staging rows and mark the import COMPLETED. Any failure rolls all of it back.
 */
@Named("importApplyBatchlet")
@Dependent
public class ImportApplyBatchlet extends AbstractBatchlet {

    /** Generous: a file of hundreds of thousands of rows must not time out halfway. */
    private static final int TRANSACTION_TIMEOUT_SECONDS = 3600;

    @Inject
    JobContext job;

    @Inject
    ImportStore store;

    @Inject
    ImportApplier applier;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private final Clock clock = Clock.systemUTC();

    @Override
    public String process() throws Exception {
        ImportRun run = ImportRun.of(job);
        DataImport upload = store.find(run.importId());
        if (run.kind() == ImportKind.INSPECTIONS) {
            store.rejectInspectionsWithoutApplicableCheckpoints(run.importId());
        }
        int rejected = store.rejectedLines(run.importId());
        int staged = store.stagedRows(run.importId());
        int read = staged + rejected;
        if (rejected * 10 > read) {
            // the skip limit stops most such files earlier; this catches the rest (and tiny files)
            throw refuse(run, FileRefusedException.of("import.file.tooManyRejected", rejected, read));
        }
        transaction.setTransactionTimeout(TRANSACTION_TIMEOUT_SECONDS);
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
            int written = applier.apply(connection, new ImportApplier.Context(run.importId(), run.kind(),
                    upload.getContentSha256(), upload.getStartedBy(), rejected));
            store.clearStaged(connection, run.importId());
            try (PreparedStatement done = connection.prepareStatement("update data_import set status = ?, "
                    + "read_count = ?, written_count = ?, rejected_count = ?, finished_at = ?, version = version + 1 "
                    + "where id = ? and status = ?")) {
                done.setString(1, ImportStatus.COMPLETED.name());
                done.setInt(2, read);
                done.setInt(3, written);
                done.setInt(4, rejected);
                done.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
                done.setLong(6, run.importId());
                done.setString(7, ImportStatus.STARTED.name());
                if (done.executeUpdate() != 1) {
                    throw new IllegalStateException("Import " + run.importId() + " ended meanwhile");
                }
            }
            transaction.commit();
        } catch (FileRefusedException refusal) {
            transaction.rollback();
            throw refuse(run, refusal);
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
        return BatchStatus.COMPLETED.name();
    }

    private static FileRefusedException refuse(ImportRun run, FileRefusedException refusal) {
        run.refuse(refusal);
        return refusal;
    }
}
