package com.dealercs.infrastructure.imports;

import com.dealercs.application.PublishedScorecards;
import com.dealercs.domain.model.imports.ImportStatus;
import com.dealercs.infrastructure.imports.file.FileRefusedException;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/**
 * When the job ends without completing the import, the import is FAILED with the reason the
 * artifacts gave (or the 10% rule, or an unexpected failure) and its staged rows are dropped:
 * nothing of the file was written.
 */
@Named("importJobListener")
@Dependent
public class ImportJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ImportJobListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    ImportStore store;

    @Inject
    PublishedScorecards published;

    @Override
    public void afterJob() {
        // the apply step has committed: a dealers import may have renamed a dealer of a published scorecard
        published.forget();
        if (job.getBatchStatus() == BatchStatus.COMPLETED) {
            return;
        }
        ImportRun run = ImportRun.of(job);
        // the rows written so far (while the file was staged) are rolled back
        run.abortApplying();
        if (store.status(run.importId()) == ImportStatus.COMPLETED) {
            // the batch runtime still says STARTED while its listeners run: the apply step has
            // marked the import COMPLETED in its own transaction, so nothing failed
            return;
        }
        int rejected = store.rejectedLines(run.importId());
        int read = store.stagedRows(run.importId()) + rejected;
        FileRefusedException refusal = run.refusal();
        String key;
        List<Object> arguments;
        if (refusal != null) {
            key = refusal.key();
            arguments = refusal.arguments();
        } else if (run.rejectedRows() > rejected || rejected * 10 > read) {
            // the skip limit (10% of the data rows) was exceeded: the step stopped there
            key = "import.file.tooManyRejected";
            arguments = List.of(run.rejectedRows(), read + run.rejectedRows() - rejected);
        } else {
            key = "import.file.failed";
            arguments = List.of(job.getExecutionId());
            LOG.warning(() -> "Import " + run.importId() + " failed unexpectedly (reference " + job.getExecutionId()
                    + ": the job execution; exit status " + job.getExitStatus() + "); see the log above");
        }
        store.fail(run.importId(), key, arguments, read, rejected);
    }
}
