package com.dealercs.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.application.CallerAddress;
import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.facts.JdpStudy;
import com.dealercs.domain.model.facts.SocKind;
import com.dealercs.domain.model.imports.AdjustmentRow;
import com.dealercs.domain.model.imports.CrisisRow;
import com.dealercs.domain.model.imports.CscRow;
import com.dealercs.domain.model.imports.DealerRow;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.InspectionRow;
import com.dealercs.domain.model.imports.JdpRow;
import com.dealercs.domain.model.imports.SocRow;
import com.dealercs.domain.model.imports.TrainingRow;
import com.dealercs.domain.model.imports.VolumeRow;
import com.dealercs.domain.model.network.DealerStatus;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.infrastructure.imports.file.FileRefusedException;
import com.dealercs.infrastructure.persistence.jpa.JpaAuditTrail;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The apply step's writer on the application's real schema (H2 in MySQL mode, Flyway): rows staged
 * in chunks land as the file says, the same file twice leaves every value as it was and audits no
 * change, a changed value is audited with before, after and line, and a locked year refuses it all.
 */
class ImportApplierTest {

    private MigratedSchema schema;
    private JdbcDataSource dataSource;
    private Connection keepAlive;

    @BeforeEach
    void givenAnOpenYearAndTwoDealers() throws SQLException {
        schema = new MigratedSchema("apply");
        dataSource = schema.dataSource;
        keepAlive = schema.connection;
    }

    @AfterEach
    void close() throws SQLException {
        schema.close();
    }

    @Test
    void rowsStagedInChunksLandAndTheSameFileTwiceChangesNothing() throws SQLException {
        List<StagedRow> file = cscFile(1234, 0);
        assertEquals(1234, applyAndCommit(staged(dataSource, ImportKind.CSC, file)));
        List<String> first = table("select * from csc_response order by response_id");
        assertEquals(1234, first.size());
        assertTrue(first.get(0).contains("R00000"), first.get(0));

        assertEquals(1234, applyAndCommit(staged(dataSource, ImportKind.CSC, file)));

        assertEquals(first, table("select * from csc_response order by response_id"));
        assertEquals(List.of(), table("select * from audit_entry where action = 'VALUE_CHANGED'"));
        assertEquals(2, table("select * from audit_entry where action = 'IMPORTED' and subject = 'year:2024'").size());
    }

    @Test
    void aChangedValueIsAuditedWithItsValueBeforeAndAfterAndItsLine() throws SQLException {
        applyAndCommit(staged(dataSource, ImportKind.CSC, cscFile(600, 0)));
        List<StagedRow> changed = new ArrayList<>(cscFile(600, 0));
        changed.set(550, new StagedRow(552, new CscRow(2024, 3, "D0002", "R00550", 1, null, 9, 9, 9)));
        long importId = staged(dataSource, ImportKind.CSC, changed);

        applyAndCommit(importId);

        assertEquals(List.of("VALUE_CHANGED|year:2024|CSC R00550: D0001 Q2 0/0/0/0/0|CSC R00550: D0002 Q3 1/-/9/9/9"
                        + "|csc import " + importId + ", line 552"),
                table("select action, subject, before_value, after_value, reason from audit_entry "
                        + "where action = 'VALUE_CHANGED'"));
        assertEquals(List.of("R00550|2|3|1|null|9|9|9"), table("select c.response_id, c.dealer_id, c.quarter, "
                + "c.awareness, c.attitude, c.communication, c.experience, c.first_time_resolution from csc_response c "
                + "where c.response_id = 'R00550'"));
    }

    @Test
    void aYearNoLongerOpenRefusesTheFileAndNothingIsWritten() throws SQLException {
        long importId = staged(dataSource, ImportKind.CSC, cscFile(10, 0));
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("update evaluation_year set state = 'APPROVED'");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            FileRefusedException refused = assertThrows(FileRefusedException.class, () -> applier(dataSource)
                    .apply(connection, new ImportApplier.Context(importId, ImportKind.CSC, "a".repeat(64), "hq", 0)));
            assertEquals("import.file.yearLocked", refused.key());
            assertEquals(List.of("2024", "APPROVED"), refused.arguments());
            connection.rollback();
        }
        assertEquals(List.of(), table("select * from csc_response"));
    }

    @Test
    void aStagedChunkGivesBackEveryKindsTypedRowsWithTheirLines() {
        List<StagedRow> rows = List.of(
                new StagedRow(2, new DealerRow("D0009", "北京店", "华北", "北京", "北京", LocalDate.of(2020, 1, 2),
                        DealerStatus.CLOSED)),
                new StagedRow(3, new VolumeRow(2024, "D0001", 1200)),
                new StagedRow(5, new InspectionRow(2024, 2, "D0001", ChecklistMap.CS_MAP, LocalDate.of(2024, 5, 14),
                        "王敏", "CS-HW-01", CheckpointOutcome.NA, null)),
                new StagedRow(6, new SocRow(2024, "D0001", SocKind.SPOT, LocalDate.of(2024, 3, 1), new BigDecimal("78.50"))),
                new StagedRow(7, new JdpRow(2024, JdpStudy.CSI, "D0001", "F1", new BigDecimal("812.3"), 41)),
                new StagedRow(8, new CscRow(2024, 1, "D0001", "r-1\u001F,\"x\"", null, 0, 10, null, 7)),
                new StagedRow(9, new TrainingRow(2024, "D0001", LocalDate.of(2024, 6, 1), "李", new BigDecimal("9.5"))),
                new StagedRow(11, new CrisisRow(2024, "D0001", LocalDate.of(2024, 7, 1), BigDecimal.TEN)),
                new StagedRow(12, new AdjustmentRow(2024, "D0001", new BigDecimal("-1200.00"), "多行\n原因")));
        for (StagedRow row : rows) {
            ImportKind kind = row.row().importKind();
            assertEquals(List.of(row, row), StagedChunk.decode(kind, StagedChunk.encode(kind, List.of(row, row))));
        }
    }

    @Test
    void theLargestChunkTheJobStagesFitsItsColumn() throws java.io.IOException {
        // as many rows as the job's chunk holds, each as long as a row can be: a 500-character
        // Chinese comment, a 64-character inspector (the longest rows of any kind)
        String job;
        try (var in = getClass().getResourceAsStream("/META-INF/batch-jobs/import-file.xml")) {
            job = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var itemCount = java.util.regex.Pattern.compile("item-count=\"(\\d+)\"").matcher(job);
        assertTrue(itemCount.find(), "the job's chunk size");
        int rows = Integer.parseInt(itemCount.group(1));
        List<StagedRow> chunk = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            chunk.add(new StagedRow(100_000 + i, new InspectionRow(2024, 2, "D".repeat(16), ChecklistMap.CS_MAP,
                    LocalDate.of(2024, 5, 14), "检".repeat(64), "C".repeat(32), CheckpointOutcome.FAIL, "积".repeat(500))));
        }
        int length = StagedChunk.encode(ImportKind.INSPECTIONS, chunk).length();
        // import_chunk.content is MEDIUMTEXT (16 MB), and the text is one statement's parameter
        // (MySQL's max_allowed_packet: at least 32 MB, docs/interfaces.md)
        assertTrue(length < 16 * 1024 * 1024 - 1, rows + " rows staged as " + length + " characters");
    }

    /** CSC rows R00000… on lines 2…, alternating dealers, quarter 2, ratings from the row's number. */
    private static List<StagedRow> cscFile(int rows, int firstLine) {
        List<StagedRow> file = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            file.add(new StagedRow(firstLine + i + 2, new CscRow(2024, 2, i % 2 == 0 ? "D0001" : "D0002",
                    String.format("R%05d", i), i % 11, i % 7 == 0 ? null : i % 5, 0, 0, 0)));
        }
        return file;
    }

    private int applyAndCommit(long importId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int written = applier(dataSource).apply(connection,
                    new ImportApplier.Context(importId, ImportKind.CSC, "a".repeat(64), "hq", 0));
            applier(dataSource).store.clearStaged(connection, importId);
            connection.commit();
            return written;
        }
    }

    /** Every row of the query, its columns joined by {@code |}. */
    private List<String> table(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement sql = keepAlive.createStatement(); ResultSet result = sql.executeQuery(query)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    values.add(String.valueOf(result.getObject(c)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    static ImportApplier applier(DataSource dataSource) {
        ImportApplier applier = new ImportApplier();
        applier.store = store(dataSource);
        applier.audit = new JpaAuditTrail();
        try {
            // injected in the server; here no request, so no address (as on an import's job thread)
            var field = JpaAuditTrail.class.getDeclaredField("callerAddress");
            field.setAccessible(true);
            field.set(applier.audit, new CallerAddress());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return applier;
    }

    private static ImportStore store(DataSource dataSource) {
        ImportStore store = new ImportStore();
        store.dataSource = dataSource;
        return store;
    }

    /** A new import of the kind with the rows staged as the job stages them: 500 a chunk. */
    static long staged(DataSource dataSource, ImportKind kind, List<StagedRow> rows) throws SQLException {
        long id;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into data_import (kind, file_name, content, content_sha256, size_bytes, status,"
                    + " read_count, written_count, rejected_count, started_by, started_at, version) values ('" + kind
                    + "', 'f.csv', X'00', '" + "a".repeat(64) + "', 1, 'STARTED', 0, 0, 0, 'hq', '2024-01-01 00:00:00', 0)",
                    Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = sql.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        ImportStore store = store(dataSource);
        for (int from = 0; from < rows.size(); from += 500) {
            store.stage(id, kind, rows.subList(from, Math.min(rows.size(), from + 500)));
        }
        return id;
    }
}
