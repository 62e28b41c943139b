package com.dealercs.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * The schema as the application's Flyway migrations build it, on an in-memory H2 in MySQL mode:
 * the length of every text column, read from {@code INFORMATION_SCHEMA}, so that tests take the
 * limits from the database itself, never from a copy of them.
 */
public final class MigratedSchema {

    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static Map<String, Integer> lengths;

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private MigratedSchema() {
    }

    /** {@code table.column} (lower case) → its length in characters, for every character column. */
    public static synchronized Map<String, Integer> textLengths() {
        if (lengths == null) {
            lengths = Collections.unmodifiableMap(read());
        }
        return lengths;
    }

    /** The length of one column; fails when the schema has no such text column. */
    public static int length(String tableDotColumn) {
        Integer length = textLengths().get(tableDotColumn);
        if (length == null) {
            throw new AssertionError("The migrations make no text column " + tableDotColumn);
        }
        return length;
    }

    private static Map<String, Integer> read() {
        String url = "jdbc:h2:mem:schema-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=YEAR,VALUE";
        try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure(MigratedSchema.class.getClassLoader()).dataSource(url, "sa", "")
                    .locations("classpath:db/migration").load().migrate();
            Map<String, Integer> columns = new HashMap<>();
            try (Statement sql = keepAlive.createStatement();
                 ResultSet rows = sql.executeQuery("select table_name, column_name, character_maximum_length"
                         + " from information_schema.columns where lower(table_schema) = 'public'"
                         + " and upper(data_type) like '%CHAR%' and character_maximum_length < 100000")) {
                while (rows.next()) {
                    columns.put(rows.getString(1).toLowerCase() + "." + rows.getString(2).toLowerCase(), rows.getInt(3));
                }
            }
            if (columns.isEmpty()) {
                throw new AssertionError("No text column found in the migrated schema");
            }
            return columns;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot migrate " + url, e);
        }
    }
}
