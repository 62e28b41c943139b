package com.dealercs.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain JDBC for the few places that move rows in bulk (imports). A connection of the
 * container's data source joins the caller's transaction, if there is one.
 */
public final class Jdbc {

    private Jdbc() {
    }

    @FunctionalInterface
    public interface RowAction {
        void accept(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    public interface StatementAction {
        void accept(PreparedStatement statement) throws SQLException;
    }

    /** Runs the query with its parameters and hands each row to the action. */
    public static void query(DataSource dataSource, String sql, RowAction action, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            query(connection, sql, action, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + e.getMessage(), e);
        }
    }

    public static void query(Connection connection, String sql, RowAction action, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    action.accept(rows);
                }
            }
        }
    }

    /** Prepares the statement and lets the action fill and run it (typically a batch). */
    public static void execute(DataSource dataSource, String sql, StatementAction action) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            action.accept(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Statement failed: " + e.getMessage(), e);
        }
    }
}
