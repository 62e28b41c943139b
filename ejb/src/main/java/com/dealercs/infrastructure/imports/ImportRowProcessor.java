package com.dealercs.infrastructure.imports;

import com.dealercs.domain.model.imports.ImportRow;
import com.dealercs.domain.model.imports.RowResult;
import com.dealercs.domain.model.imports.RowValidator;
import com.dealercs.domain.model.imports.SourceRow;
import com.dealercs.infrastructure.imports.file.FileRefusedException;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.OptionalInt;

/**
 * Validates one row (its values, what it refers to in the database, its key against the file's
 * earlier rows). A rejected row is skipped and recorded; a row of a year that is no longer OPEN
 * refuses the whole file.
 */
@Named("importRowProcessor")
@Dependent
public class ImportRowProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    ImportLookups lookups;

    @Override
    public Object processItem(Object item) throws RowRejectedException {
        ImportRun run = ImportRun.of(job);
        SourceRow source = (SourceRow) item;
        RowValidator validator = run.validator(() -> new RowValidator(run.kind(), lookups));
        RowResult<ImportRow> result = validator.validate(source);
        if (!result.isValid()) {
            run.rowRejected();
            throw new RowRejectedException(source.line(), result.problems());
        }
        OptionalInt year = result.row().evaluationYear();
        if (year.isPresent()) {
            ImportLookups.YearFacts facts = lookups.year(year.getAsInt());
            if (!facts.open()) {
                FileRefusedException refusal = FileRefusedException.of("import.file.yearLocked", String.valueOf(year.getAsInt()),
                        facts.state());
                run.refuse(refusal);
                throw refusal;
            }
        }
        return new StagedRow(source.line(), result.row());
    }
}
