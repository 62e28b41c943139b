package com.dealercs.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The database the server under test runs on, read directly to check what landed. */
final class TestDatabase {

    private TestDatabase() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("cs.db.url"), System.getProperty("cs.db.user", ""),
                System.getProperty("cs.db.password", ""));
    }

    static long count(String sql, Object... parameters) {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("Query failed: " + sql, e);
        }
    }

    /** The rows of a query, each by lower-case column label. */
    static java.util.List<java.util.Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            java.util.List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        values.put(row.getMetaData().getColumnLabel(c).toLowerCase(java.util.Locale.ROOT),
                                row.getObject(c));
                    }
                    rows.add(values);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError("Query failed: " + sql, e);
        }
    }

    static void update(String sql, Object... parameters) {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError("Update failed: " + sql, e);
        }
    }
}
