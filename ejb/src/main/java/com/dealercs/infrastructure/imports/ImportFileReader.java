package com.dealercs.infrastructure.imports;

import com.dealercs.domain.model.imports.SourceRow;
import com.dealercs.infrastructure.imports.file.FileRefusedException;
import com.dealercs.infrastructure.imports.file.TabularFile;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * Reads the uploaded file (kept with the import) row by row. Its checkpoint is the number of rows
 * read, so a restarted job continues where it stopped.
 */
@Named("importFileReader")
@Dependent
public class ImportFileReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    ImportStore store;

    @Inject
    ImportFiles files;

    private TabularFile file;
    private int read;

    @Override
    public void open(Serializable checkpoint) {
        ImportRun run = ImportRun.of(job);
        try {
            file = files.open(store.content(run.importId()), run.kind());
            int skip = checkpoint == null ? 0 : (Integer) checkpoint;
            while (read < skip && file.nextRow() != null) {
                read++;
            }
        } catch (FileRefusedException refused) {
            run.refuse(refused);
            throw refused;
        }
    }

    @Override
    public Object readItem() {
        try {
            SourceRow row = file.nextRow();
            if (row != null) {
                read++;
                ImportRun.of(job).rowsRead(read);
            }
            return row;
        } catch (FileRefusedException refused) {
            ImportRun.of(job).refuse(refused);
            throw refused;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return read;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
