package com.dealercs.infrastructure.imports;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Keeps a chunk's valid rows in {@code import_chunk} (one record per chunk) until the apply step, and notes how far the file is read. */
@Named("importStagingWriter")
@Dependent
public class ImportStagingWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    ImportStore store;

    @Override
    public void writeItems(List<Object> items) {
        ImportRun run = ImportRun.of(job);
        store.stage(run.importId(), run.kind(), items.stream().map(StagedRow.class::cast).toList());
        // the progress HQ sees while the file is staged, committed with the chunk
        store.progress(run.importId(), run.rowsRead(), run.rejectedRows());
    }
}
