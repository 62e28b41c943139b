package com.dealercs.infrastructure.imports;

import com.dealercs.infrastructure.imports.file.FileRefusedException;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.RowValidator;
import jakarta.batch.runtime.context.JobContext;
import java.util.function.Supplier;

/**
 * What the artifacts of one job execution share: which import, which kind, the file's validator
 * (it remembers the keys seen so far) and why the file was refused, if it was.
 */
public final class ImportRun {

    public static final String JOB = "import-file";
    public static final String IMPORT_ID = "importId";
    public static final String KIND = "kind";
    public static final String SKIP_LIMIT = "skipLimit";

    private final long importId;
    private final ImportKind kind;
    private FileRefusedException refusal;
    private int rejectedRows;
    private int rowsRead;
    private RowValidator validator;
    private ApplyingTransaction applying;

    private ImportRun(long importId, ImportKind kind) {
        this.importId = importId;
        this.kind = kind;
    }

    /** The run of the job this context belongs to. */
    public static ImportRun of(JobContext job) {
        if (job.getTransientUserData() instanceof ImportRun run) {
            return run;
        }
        var parameters = jakarta.batch.runtime.BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        ImportRun run = new ImportRun(Long.parseLong(parameters.getProperty(IMPORT_ID)),
                ImportKind.valueOf(parameters.getProperty(KIND)));
        job.setTransientUserData(run);
        return run;
    }

    public long importId() {
        return importId;
    }

    public ImportKind kind() {
        return kind;
    }

    /** The file's validator: it remembers the keys of the rows accepted so far. */
    public RowValidator validator(Supplier<RowValidator> create) {
        if (validator == null) {
            validator = create.get();
        }
        return validator;
    }

    /** Counts a rejected row (also the one that exceeds the skip limit, which no listener sees). */
    public void rowRejected() {
        rejectedRows++;
    }

    public int rejectedRows() {
        return rejectedRows;
    }

    /** How many data rows the reader has read so far (the staging step's progress). */
    public void rowsRead(int rows) {
        rowsRead = rows;
    }

    public int rowsRead() {
        return rowsRead;
    }

    /** The transaction writing the file's rows, begun by {@code start} the first time it is asked for. */
    ApplyingTransaction applying(Supplier<ApplyingTransaction> start) {
        if (applying == null) {
            applying = start.get();
        }
        return applying;
    }

    /** Rolls back the writing of the file's rows, if it has begun and not ended. */
    void abortApplying() {
        if (applying != null) {
            applying.abort();
        }
    }

    public void refuse(FileRefusedException reason) {
        if (refusal == null) {
            refusal = reason;
        }
    }

    public FileRefusedException refusal() {
        return refusal;
    }
}
