package com.dealercs.infrastructure.imports;

import com.dealercs.infrastructure.imports.file.FileRefusedException;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The import's last step: after the rejection rules that need the whole file (more than 10%
 * rejected; inspections without an applicable checkpoint), it writes what is not yet written into
 * the real tables, drops the staging rows and marks the import COMPLETED, all in the import's ONE
 * {@link ApplyingTransaction}, which has been writing the rows since the first chunk was staged.
 * Any failure rolls all of it back.
 */
@Named("importApplyBatchlet")
@Dependent
public class ImportApplyBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    ImportStore store;

    @Inject
    ApplyingTransactions applying;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private final Clock clock = Clock.systemUTC();

    @Override
    public String process() throws Exception {
        ImportRun run = ImportRun.of(job);
        if (run.kind() == ImportKind.INSPECTIONS) {
            store.rejectInspectionsWithoutApplicableCheckpoints(run.importId());
        }
        int rejected = store.rejectedLines(run.importId());
        int staged = store.stagedRows(run.importId());
        int read = staged + rejected;
        if (rejected * 10 > read) {
            // the skip limit stops most such files earlier; this catches the rest (and tiny files)
            run.abortApplying();
            throw refuse(run, FileRefusedException.of("import.file.tooManyRejected", rejected, read));
        }
        ApplyingTransaction writing = applying.of(run);
        try {
            // what the stage step has not handed over: an inspections file, a job started again
            try (Connection connection = dataSource.getConnection()) {
                store.forEachStagedChunk(connection, run.importId(), run.kind(),
                        firstLine -> !writing.hasChunk(firstLine), (firstLine, rows) -> writing.write(rows));
            }
            writing.finish(rejected, (connection, written) -> {
                store.clearStaged(connection, run.importId());
                completed(connection, run.importId(), read, written, rejected);
            });
        } catch (FileRefusedException refusal) {
            run.abortApplying();
            throw refuse(run, refusal);
        } catch (Exception | Error e) {
            run.abortApplying();
            throw e;
        }
        return BatchStatus.COMPLETED.name();
    }

    private void completed(Connection connection, long importId, int read, int written, int rejected)
            throws SQLException {
        try (PreparedStatement done = connection.prepareStatement("update data_import set status = ?, "
                + "read_count = ?, written_count = ?, rejected_count = ?, finished_at = ?, version = version + 1 "
                + "where id = ? and status = ?")) {
            done.setString(1, ImportStatus.COMPLETED.name());
            done.setInt(2, read);
            done.setInt(3, written);
            done.setInt(4, rejected);
            done.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
            done.setLong(6, importId);
            done.setString(7, ImportStatus.STARTED.name());
            if (done.executeUpdate() != 1) {
                throw new IllegalStateException("Import " + importId + " ended meanwhile");
            }
        }
    }

    private static FileRefusedException refuse(ImportRun run, FileRefusedException refusal) {
        run.refuse(refusal);
        return refusal;
    }
}
