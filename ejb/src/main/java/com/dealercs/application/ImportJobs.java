package com.dealercs.application;

import com.dealercs.domain.model.imports.ImportKind;
import java.util.List;

/**
 * What {@link ImportService} needs of the import machinery (the batch job and its records); the
 * infrastructure implements it.
 */
public interface ImportJobs {

    /**
     * Checks the file's format and columns, keeps the upload and starts its import job.
     *
     * @return the new import's id
     * @throws InvalidInputException when the file is not a CSV or XLSX file of the kind (field {@code file})
     */
    long start(ImportKind kind, byte[] content, String fileName, String startedBy);

    /** Every problem of the import's rejected lines, by line. */
    List<ImportView.LineProblem> rejections(long importId);
}
