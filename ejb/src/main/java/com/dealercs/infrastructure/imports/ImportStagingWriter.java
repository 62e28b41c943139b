package com.dealercs.infrastructure.imports;

import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.infrastructure.imports.file.FileRefusedException;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Keeps a chunk's valid rows in {@code import_chunk} (one record per chunk) until the apply step,
 * notes how far the file is read, and hands the rows to the import's {@link ApplyingTransaction},
 * which writes them while the next chunk is read. An inspections file is written only after all
 * of it is staged: the apply step first rejects its inspections without an applicable checkpoint.
 */
@Named("importStagingWriter")
@Dependent
public class ImportStagingWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    ImportStore store;

    @Inject
    ApplyingTransactions applying;

    @Override
    public void writeItems(List<Object> items) {
        ImportRun run = ImportRun.of(job);
        List<StagedRow> rows = items.stream().map(StagedRow.class::cast).toList();
        store.stage(run.importId(), run.kind(), rows);
        // the progress HQ sees while the file is staged, committed with the chunk
        store.progress(run.importId(), run.rowsRead(), run.rejectedRows());
        if (run.kind() != ImportKind.INSPECTIONS && !rows.isEmpty()) {
            try {
                applying.of(run).write(rows);
            } catch (FileRefusedException refused) {
                run.refuse(refused);
                throw refused;
            }
        }
    }
}
