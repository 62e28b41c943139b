package com.dealercs.infrastructure.imports;

import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.infrastructure.imports.file.FileRefusedException;
import com.dealercs.infrastructure.imports.file.TabularFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;

/** Opens uploads as the rows of an import kind. */
@ApplicationScoped
public class ImportFiles {

    /** The most rows a sheet has (ECMA-376: row numbers go up to 1,048,576). */
    static final int SHEET_ROWS = 1_048_576;

    /**
     * Checks that the content is a CSV or XLSX file with the kind's columns (its header only; the
     * rows are read once, by the job) and bounds its data rows without reading them: a CSV row
     * takes at least one byte, a sheet has at most {@link #SHEET_ROWS} rows.
     *
     * @throws FileRefusedException when the file is not one the import can read
     */
    public int rowBound(byte[] content, ImportKind kind) {
        try (TabularFile file = open(content, kind)) {
            return file.format() == TabularFile.Format.XLSX ? SHEET_ROWS : Math.max(content.length, 1);
        } catch (IOException e) {
            throw new FileRefusedException("import.file.unreadable", List.of(), e.getMessage(), e);
        }
    }

    /** The file, its columns checked, ready to be read row by row. */
    public TabularFile open(byte[] content, ImportKind kind) {
        try {
            return TabularFile.open(content, kind);
        } catch (IOException e) {
            throw new FileRefusedException("import.file.unreadable", List.of(), e.getMessage(), e);
        }
    }
}
