package com.dealercs.infrastructure.imports;

import com.dealercs.infrastructure.imports.file.FileRefusedException;
import com.dealercs.domain.model.imports.ImportKind;
import jakarta.batch.runtime.context.JobContext;
import java.util.HashMap;
import java.util.Map;

/**
 * What the artifacts of one job execution share: which import, which kind, the keys seen so far
 * (a key repeated within the file rejects the later row) and why the file was refused, if it was.
 */
public final class ImportRun {

    public static final String JOB = "import-file";
    public static final String IMPORT_ID = "importId";
    public static final String KIND = "kind";
    public static final String SKIP_LIMIT = "skipLimit";

    private final long importId;
    private final ImportKind kind;
    private final Map<String, Integer> firstLineOfKey = new HashMap<>();
    private FileRefusedException refusal;
    private int rejectedRows;

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

    /** The line that first had this key, or null when it is new (then it is remembered). */
    public Integer firstLineOf(String key, int line) {
        return firstLineOfKey.putIfAbsent(key, line);
    }

    /** Counts a rejected row (also the one that exceeds the skip limit, which no listener sees). */
    public void rowRejected() {
        rejectedRows++;
    }

    public int rejectedRows() {
        return rejectedRows;
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
