package com.dealercs.infrastructure.imports;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records every skipped (rejected) row with its line and reasons. */
@Named("importRejectionRecorder")
@Dependent
public class ImportRejectionRecorder implements SkipProcessListener {

    @Inject
    JobContext job;

    @Inject
    ImportStore store;

    @Override
    public void onSkipProcessItem(Object item, Exception exception) {
        RowRejectedException rejected = (RowRejectedException) exception;
        store.recordRejection(ImportRun.of(job).importId(), rejected.line(), rejected.problems());
    }
}
