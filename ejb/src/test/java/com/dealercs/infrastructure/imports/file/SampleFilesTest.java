package com.dealercs.infrastructure.imports.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.ImportRow;
import com.dealercs.domain.model.imports.RowResult;
import com.dealercs.domain.model.imports.RowValidator;
import com.dealercs.domain.model.imports.SourceRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample year's files (src/test/resources/sample-2024) read and validate without a single problem. */
class SampleFilesTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({"dealers,62", "volumes,62", "inspections,15376", "soc,161", "jdp,642", "csc,2792", "training,84",
        "crisis,58", "adjustments,2"})
    void everySampleRowIsValid(String path, int expectedRows) throws IOException {
        ImportKind kind = ImportKind.fromPath(path).orElseThrow();
        RowValidator validator = new RowValidator(kind);
        List<String> problems = new ArrayList<>();
        int rows = 0;
        int lastLine = 0;
        try (InputStream in = SampleFilesTest.class.getResourceAsStream("/sample-2024/" + path + ".csv");
             TabularFile file = TabularFile.open(in, kind)) {
            SourceRow row;
            while ((row = file.nextRow()) != null) {
                rows++;
                lastLine = row.line();
                RowResult<ImportRow> result = validator.validate(row);
                if (!result.isValid()) {
                    problems.add(result.line() + ": " + result.problems());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(expectedRows, rows);
        assertEquals(expectedRows + 1, lastLine);
    }

    @Test
    void aCscFileOfTwoHundredThousandRowsStreams() throws IOException {
        Path csv = temp.resolve("csc.csv");
        int rows = 200_000;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("year,quarter,dealer_code,response_id,awareness,attitude,communication,experience,"
                    + "first_time_resolution\r\n");
            for (int r = 1; r <= rows; r++) {
                out.write("2024," + (1 + r % 4) + ",D" + String.format("%04d", 1 + r % 62) + ",R" + r + ","
                        + (r % 11) + ",," + (r % 7) + ",10,0\r\n");
            }
        }
        RowValidator validator = new RowValidator(ImportKind.CSC);
        try (TabularFile file = TabularFile.open(csv, ImportKind.CSC)) {
            long valid = file.rows().map(validator::validate).filter(RowResult::isValid).count();
            assertEquals(rows, valid);
        }
    }
}
