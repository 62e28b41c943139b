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

    /**
     * Checks that the content is a CSV or XLSX file with the kind's columns and counts its data
     * rows (blank lines not counted).
     *
     * @throws FileRefusedException when the file is not one the import can read
     */
    public int countRows(byte[] content, ImportKind kind) {
        try (TabularFile file = open(content, kind)) {
            int rows = 0;
            while (file.nextRow() != null) {
                rows++;
            }
            return rows;
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
