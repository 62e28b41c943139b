package com.dealercs.it.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Flyway has built the schema on the database the server runs on (H2, or MySQL/MariaDB in the
 * second round), and accounts are stored as PBKDF2 hashes.
 */
class DatabaseIT extends DeployedApplication {

    private static final Pattern MIGRATION = Pattern.compile("db/migration/V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    @Test
    void everyMigrationOfTheDeployedApplicationIsApplied() throws Exception {
        List<String> shipped = migrationVersionsInTheEar();
        JsonNode system = Api.get("/api/v1/system", "admin", adminPassword()).json();

        assertEquals(shipped.get(shipped.size() - 1), system.get("schemaVersion").asText());
        try (Connection db = connect();
             PreparedStatement query = db.prepareStatement(
                     "select version, success from flyway_schema_history where version is not null order by installed_rank");
             ResultSet rows = query.executeQuery()) {
            List<String> applied = new ArrayList<>();
            while (rows.next()) {
                assertTrue(rows.getBoolean("success"), "migration " + rows.getString("version") + " succeeded");
                applied.add(rows.getString("version"));
            }
            assertEquals(shipped, applied);
        }
    }

    @Test
    void theServerRunsOnTheDatabaseItWasGiven() {
        String database = Api.get("/api/v1/system", "admin", adminPassword()).json().get("database").asText();
        String url = System.getProperty("cs.db.url");

        if (url.startsWith("jdbc:h2:")) {
            assertTrue(database.startsWith("H2"), database);
        } else {
            assertTrue(database.startsWith("MySQL") || database.startsWith("MariaDB"), database);
        }
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesWithAtLeast100000Iterations() throws SQLException {
        Api.Account account = Api.createAccount("SUPERVISOR", null);
        try (Connection db = connect();
             PreparedStatement query = db.prepareStatement("select password_hash from app_user where username = ?")) {
            query.setString(1, account.username());
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                String hash = row.getString(1);
                String[] parts = hash.split(":");
                assertEquals("PBKDF2WithHmacSHA512", parts[0]);
                assertTrue(Integer.parseInt(parts[1]) >= 100_000, hash);
                assertTrue(!hash.contains(account.password()));
            }
        }
    }

    @Test
    void theDatabaseRefusesADealerAccountWithoutADealer() throws SQLException {
        try (Connection db = connect();
             PreparedStatement insert = db.prepareStatement("insert into app_user (username, password_hash, role, "
                     + "dealer_code, enabled, created_at, created_by, version) values (?, 'x', 'DEALER', null, true, "
                     + "current_timestamp, 'test', 0)")) {
            insert.setString(1, "orphan-dealer");
            SQLException refused = null;
            try {
                insert.executeUpdate();
            } catch (SQLException e) {
                refused = e;
            }
            assertTrue(refused != null, "the check constraint refuses a dealer user without a dealer code");
        }
    }

    private static Connection connect() throws SQLException {
        return TestDatabase.connect();
    }

    /** The versions of the migrations inside the EAR's EJB module, in order. */
    private static List<String> migrationVersionsInTheEar() throws IOException {
        List<String> versions = new ArrayList<>();
        try (ZipFile ear = new ZipFile(new File(System.getProperty("cs.ear")))) {
            ZipEntry ejb = ear.getEntry("dealer-cs-ejb.jar");
            try (InputStream in = ear.getInputStream(ejb); ZipInputStream jar = new ZipInputStream(in)) {
                for (ZipEntry entry; (entry = jar.getNextEntry()) != null; ) {
                    Matcher matcher = MIGRATION.matcher(entry.getName());
                    if (matcher.matches()) {
                        versions.add(matcher.group(1).replace('_', '.'));
                    }
                }
            }
        }
        versions.sort(Comparator.comparing(DatabaseIT::versionKey));
        assertTrue(!versions.isEmpty(), "the EAR ships migrations");
        return versions;
    }

    private static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%08d", Integer.parseInt(part)));
        }
        return key.toString();
    }
}
