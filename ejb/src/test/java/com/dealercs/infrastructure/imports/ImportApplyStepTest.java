package com.dealercs.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.imports.CscRow;
import com.dealercs.domain.model.imports.DataImport;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.RowProblem;
import com.dealercs.infrastructure.imports.file.FileRefusedException;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import javax.sql.DataSource;
import org.h2.api.Trigger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The import's apply step ({@link ImportApplyBatchlet}) on the real schema (H2 in MySQL mode,
 * Flyway), its one transaction (the {@link ApplyingTransaction}, on a thread of its own) played by
 * one connection: the staged rows land, the staging
 * is emptied and the import COMPLETED with its counts, all at once; more than 10% rejected refuses
 * the file before anything is written; a write the database refuses in the middle leaves nothing.
 */
class ImportApplyStepTest {

    private MigratedSchema schema;
    private JdbcDataSource dataSource;
    private Connection keepAlive;

    @BeforeEach
    void givenAnOpenYearAndTwoDealers() throws SQLException {
        schema = new MigratedSchema("step");
        dataSource = schema.dataSource;
        keepAlive = schema.connection;
    }

    @AfterEach
    void close() throws SQLException {
        schema.close();
    }

    @Test
    void theStagedRowsLandAndTheImportCompletesInOneTransaction() throws Exception {
        long importId = ImportApplierTest.staged(dataSource, ImportKind.CSC, csc(1500));
        Step step = new Step(importId);
        step.rejected(1502, 1503);

        assertEquals("COMPLETED", step.batchlet.process());

        assertEquals(List.of("commit"), step.transaction.log);
        assertEquals(List.of("COMPLETED|1502|1500|2"), rows("select status, read_count, written_count, rejected_count "
                + "from data_import where id = " + importId));
        assertEquals(List.of("1500"), rows("select count(*) from csc_response"));
        assertEquals(List.of("0"), rows("select count(*) from import_chunk"));
    }

    @Test
    void moreThanTenPercentRejectedRefusesTheFileBeforeAnythingIsWritten() throws Exception {
        long importId = ImportApplierTest.staged(dataSource, ImportKind.CSC, csc(18));
        Step step = new Step(importId);
        step.rejected(20, 21, 22);

        FileRefusedException refused = assertThrows(FileRefusedException.class, step.batchlet::process);

        assertEquals("import.file.tooManyRejected", refused.key());
        assertEquals(List.of(3, 21), refused.arguments());
        assertEquals(refused, step.run.refusal(), "the listener fails the import with this reason");
        assertEquals(List.of(), step.transaction.log);
        assertEquals(List.of("0"), rows("select count(*) from csc_response"));
    }

    @Test
    void aWriteTheDatabaseRefusesInTheMiddleLeavesNothing() throws Exception {
        long importId = ImportApplierTest.staged(dataSource, ImportKind.CSC, csc(2500));
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("create trigger refuse_after_2000 before insert on csc_response for each row call \""
                    + RefuseAfter2000.class.getName() + "\"");
        }
        Step step = new Step(importId);

        SQLException failed = assertThrows(SQLException.class, step.batchlet::process);

        assertTrue(String.valueOf(failed.getMessage()).contains("row 2001"), failed.toString());
        assertEquals(List.of("rollback"), step.transaction.log);
        assertEquals(List.of("0"), rows("select count(*) from csc_response"));
        assertEquals(List.of("STARTED"), rows("select status from data_import where id = " + importId),
                "the job's listener fails it");
        assertEquals(List.of("2500"), rows("select sum(row_count) from import_chunk"));
        assertFalse(rows("select count(*) from audit_entry").contains("1"));
    }

    /** Refuses the 2,001st row it sees: a database that gives up in the middle of the apply step. */
    public static class RefuseAfter2000 implements Trigger {
        private int rows;

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            if (++rows > 2000) {
                throw new SQLException("refused row " + rows);
            }
        }
    }

    private static List<StagedRow> csc(int rows) {
        List<StagedRow> file = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            file.add(new StagedRow(i + 2, new CscRow(2024, 1, "D000" + (1 + i % 2), "S" + i, 5, 5, 5, 5, i % 11)));
        }
        return file;
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement sql = keepAlive.createStatement(); ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                    values.add(String.valueOf(result.getObject(c)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    /** The batchlet wired as the server wires it, its transaction one connection's. */
    private final class Step {
        final ImportApplyBatchlet batchlet = new ImportApplyBatchlet();
        final Transaction transaction;
        final ImportRun run;
        final ImportStore store;

        Step(long importId) throws Exception {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            transaction = new Transaction(connection);
            Constructor<ImportRun> create = ImportRun.class.getDeclaredConstructor(long.class, ImportKind.class);
            create.setAccessible(true);
            run = create.newInstance(importId, ImportKind.CSC);
            store = new ImportStore() {
                @Override
                public DataImport find(long id) {
                    return new DataImport("CSC", "f.csv", new byte[] {0}, "a".repeat(64), "hq", Instant.now());
                }
            };
            store.dataSource = dataSource;
            batchlet.store = store;
            batchlet.applying = new ApplyingTransactions();
            batchlet.applying.store = store;
            batchlet.applying.applier = ImportApplierTest.applier(dataSource);
            batchlet.applying.transaction = transaction;
            batchlet.applying.threads = new ManagedThreadFactory() {
                @Override
                public Thread newThread(Runnable work) {
                    return new Thread(work);
                }

                @Override
                public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                    throw new UnsupportedOperationException();
                }
            };
            batchlet.job = (JobContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {JobContext.class}, (proxy, method, args) ->
                            method.getName().equals("getTransientUserData") ? run : null);
            batchlet.dataSource = batchlet.applying.dataSource = joining(connection);
        }

        void rejected(int... lines) {
            for (int line : lines) {
                store.recordRejection(run.importId(), line, List.of(RowProblem.of("awareness", "import.row.x")));
            }
        }
    }

    /** Hands out {@code connection}, which plays the transaction: closing it hands it back, it does not end it. */
    static DataSource joining(Connection connection) {
        ClassLoader loader = ImportApplyStepTest.class.getClassLoader();
        return (DataSource) Proxy.newProxyInstance(loader, new Class<?>[] {DataSource.class},
                (proxy, method, args) -> method.getName().equals("getConnection")
                        ? Proxy.newProxyInstance(loader, new Class<?>[] {Connection.class},
                                (c, m, a) -> m.getName().equals("close") ? null : m.invoke(connection, a))
                        : null);
    }

    /** A user transaction over one connection, noting how it ended. */
    static final class Transaction implements UserTransaction {
        final Connection connection;
        final List<String> log = new ArrayList<>();

        Transaction(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void begin() {
        }

        @Override
        public void commit() {
            try {
                connection.commit();
                log.add("commit");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void rollback() {
            try {
                connection.rollback();
                log.add("rollback");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public int getStatus() {
            return 0;
        }

        @Override
        public void setTransactionTimeout(int seconds) {
        }
    }
}
