package com.dealercs.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.imports.CscRow;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.infrastructure.imports.file.FileRefusedException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The import's one transaction on a thread of its own ({@link ApplyingTransaction}), on the real
 * schema (H2 in MySQL mode): the chunks handed over are written but seen by nobody until the
 * finish commits them; an abort rolls back what was written; a year that is no longer open
 * refuses the file at the next hand-over or at the finish.
 */
class ApplyingTransactionTest {

    private MigratedSchema schema;
    private Connection connection;
    private ImportApplyStepTest.Transaction transaction;
    private long importId;

    @BeforeEach
    void givenAnImportOfAnOpenYear() throws SQLException {
        schema = new MigratedSchema("applying");
        importId = ImportApplierTest.staged(schema.dataSource, ImportKind.CSC, List.of());
        connection = schema.dataSource.getConnection();
        connection.setAutoCommit(false);
        transaction = new ImportApplyStepTest.Transaction(connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        schema.close();
    }

    @Test
    void theRowsHandedOverAreSeenByNobodyUntilTheFinishCommitsThem() throws Exception {
        ApplyingTransaction applying = start();
        applying.write(csc(0, 2000));
        applying.write(csc(2000, 1000));
        int[] ended = new int[1];

        int written = applying.finish(4, (c, rows) -> ended[0] = rows);

        assertEquals(3000, written);
        assertEquals(3000, ended[0], "the ending runs in the transaction, with the rows written");
        assertEquals(List.of("commit"), transaction.log);
        assertEquals(3000, count("select count(*) from csc_response"));
        assertTrue(count("select count(*) from audit_entry where after_value like '%3000 rows written, 4 rejected%'") > 0);
    }

    @Test
    void beforeTheFinishNothingIsVisibleAndAnAbortRollsItAllBack() throws Exception {
        ApplyingTransaction applying = start();
        applying.write(csc(0, 2000));
        applying.write(csc(2000, 2000));
        applying.write(csc(4000, 2000));  // waits until the first one is taken: at most two wait
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (countInTransaction() < 2000 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertTrue(countInTransaction() >= 2000, "the transaction has written the first chunk");
        assertEquals(0, count("select count(*) from csc_response"), "another connection sees nothing yet");
        applying.abort();

        assertEquals(List.of("rollback"), transaction.log);
        assertEquals(0, count("select count(*) from csc_response"));
        assertThrows(IllegalStateException.class, () -> applying.write(csc(6000, 10)), "it has ended");
    }

    @Test
    void aYearNoLongerOpenRefusesTheFileAndNothingIsWritten() throws Exception {
        try (Statement sql = schema.connection.createStatement()) {
            sql.executeUpdate("update evaluation_year set state = 'APPROVED' where id = 1");
        }
        ApplyingTransaction applying = start();
        applying.write(csc(0, 100));

        FileRefusedException refused = assertThrows(FileRefusedException.class,
                () -> applying.finish(0, (c, rows) -> { }));

        assertEquals("import.file.yearLocked", refused.key());
        assertEquals(List.of("rollback"), transaction.log);
        assertEquals(0, count("select count(*) from csc_response"));
    }

    private ApplyingTransaction start() {
        return ApplyingTransaction.start(Thread::new, transaction, ImportApplyStepTest.joining(connection),
                ImportApplierTest.applier(schema.dataSource),
                new ImportApplier.Context(importId, ImportKind.CSC, "a".repeat(64), "hq", 0), 60);
    }

    private static List<StagedRow> csc(int from, int rows) {
        List<StagedRow> chunk = new ArrayList<>();
        for (int i = from; i < from + rows; i++) {
            chunk.add(new StagedRow(i + 2, new CscRow(2024, 1, "D000" + (1 + i % 2), "T" + i, 5, 5, 5, 5, i % 11)));
        }
        return chunk;
    }

    /** The rows the transaction itself has written so far (its connection sees them before the commit). */
    private long countInTransaction() throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery("select count(*) from csc_response")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Counted on the schema's own connection: what another session sees. */
    private long count(String query) throws SQLException {
        try (Statement sql = schema.connection.createStatement(); ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
