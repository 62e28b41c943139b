package com.dealercs.infrastructure.imports;

import com.dealercs.application.ImportJobs;
import com.dealercs.application.ImportView;
import com.dealercs.application.InvalidInputException;
import com.dealercs.application.Problem;
import com.dealercs.domain.model.imports.DataImport;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.infrastructure.imports.file.FileRefusedException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * Starts the import job for a file: checks the file's format and columns, keeps the upload, and
 * launches {@value ImportRun#JOB}. It checks no caller: the application service in front of it
 * does.
 */
@ApplicationScoped
public class ImportLauncher implements ImportJobs {

    @Inject
    ImportStore store;

    @Inject
    ImportFiles files;

    private final Clock clock = Clock.systemUTC();

    /** A file that is not a CSV or XLSX file of the kind is refused with the application's own exception. */
    @Override
    public long start(ImportKind kind, byte[] content, String fileName, String startedBy) {
        try {
            return launch(kind, content, fileName, startedBy);
        } catch (FileRefusedException refused) {
            throw new InvalidInputException(Problem.of("file", refused.key(), refused.arguments().toArray()));
        }
    }

    @Override
    public List<ImportView.LineProblem> rejections(long importId) {
        return store.rejections(importId).stream()
                .map(r -> new ImportView.LineProblem(r.line(),
                        new Problem(r.column(), r.messageKey(), List.<Object>copyOf(r.arguments()))))
                .toList();
    }

    /**
     * @return the new import's id
     * @throws FileRefusedException when the file is not a CSV or XLSX file of the kind
     */
    private long launch(ImportKind kind, byte[] content, String fileName, String startedBy) {
        int rowBound = files.rowBound(content, kind);
        long id = store.create(new DataImport(kind.name(), fileName, content, sha256(content), startedBy,
                clock.instant()));
        Properties parameters = new Properties();
        parameters.setProperty(ImportRun.IMPORT_ID, Long.toString(id));
        parameters.setProperty(ImportRun.KIND, kind.name());
        // Every rejected row is recorded, so HQ can mend them all at once; the apply step then
        // refuses the file if more than 10% were rejected. The skip limit is only a bound no file
        // reaches (more rows than the file can hold), so the file is not read once more to count them.
        parameters.setProperty(ImportRun.SKIP_LIMIT, Integer.toString(rowBound));
        long execution = BatchRuntime.getJobOperator().start(ImportRun.JOB, parameters);
        store.attachExecution(id, execution);
        return id;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
