package com.dealercs.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * One prepared statement sent in JDBC batches of {@link #SIZE} rows: the one way the imports and
 * the calculation's store write rows in bulk. With Connector/J's {@code rewriteBatchedStatements}
 * a batch travels as one multi-row statement. Closing sends what is still pending.
 *
 * <pre>{@code
 * try (JdbcBatch batch = new JdbcBatch(connection, "insert into t (a, b) values (?, ?)")) {
 *     for (Row row : rows) {
 *         batch.add(s -> { s.setLong(1, row.a()); s.setString(2, row.b()); });
 *     }
 * }
 * }</pre>
 */
public final class JdbcBatch implements AutoCloseable {

    /** Rows a batch sends at once: large enough to amortise a round trip, small enough for any packet limit. */
    public static final int SIZE = 1000;

    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private final PreparedStatement statement;
    private int pending;
    private long added;

    public JdbcBatch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    /** Binds one row and adds it; every {@link #SIZE} rows the batch is sent. */
    public void add(Binder binder) throws SQLException {
        binder.bind(statement);
        statement.addBatch();
        added++;
        if (++pending == SIZE) {
            flush();
        }
    }

    /** Sends the rows added since the last send. */
    public void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    /** Rows added so far. */
    public long added() {
        return added;
    }

    /** Sends what is pending, then closes the statement (also when sending fails). */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }

    /** An INTEGER parameter that may be null. */
    public static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
