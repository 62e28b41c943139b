package com.dealercs.it.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark, run on demand ({@code ./mvnw verify -Pbenchmark}), on H2 and, with
 * CS_TEST_DB_URL set, on MySQL/MariaDB. It imports CSC responses through the API and the batch
 * job, and inserts the same rows with a plain JDBC batch into the same table, in the same run;
 * it prints rows/s of each, their ratio, and how the import's time grows with 4× the rows.
 */
class ImportBenchmark extends DeployedApplication {

    private static final int DEALERS = 200;
    private static final int SMALL = 50_000;
    private static final int LARGE = 200_000;

    @Test
    void cscImportAgainstPlainJdbc() throws Exception {
        StringBuilder dealers = new StringBuilder("dealer_code,name,region,province,city,opened_on,status\n");
        for (int i = 1; i <= DEALERS; i++) {
            dealers.append(String.format("B%04d,基准测试%d号汽车销售服务有限公司,基准区,江苏,南京,2018-01-01,ACTIVE%n", i, i));
        }
        assertEquals("COMPLETED", Api.importFile("dealers", "text/csv", utf8(dealers.toString())).get("status").asText());
        // years of its own, not in the database before; the JDBC baseline's two come into being
        // through a one-row import each
        int warmUp = TestYears.fresh();
        int jdbcSmallYear = TestYears.fresh();
        int jdbcLargeYear = TestYears.fresh();
        int importSmallYear = TestYears.fresh();
        int importLargeYear = TestYears.fresh();
        for (int year : new int[] {jdbcSmallYear, jdbcLargeYear}) {
            Api.importFile("csc", "text/csv", utf8(csv(year, 1, "W")));
        }

        // warm-up: the first import pays for class loading and JIT
        timeImport(warmUp, 5_000, "U");

        double importSmall = timeImport(importSmallYear, SMALL, "S");
        double jdbcSmall = timeJdbc(jdbcSmallYear, SMALL);
        double importLarge = timeImport(importLargeYear, LARGE, "L");
        double jdbcLarge = timeJdbc(jdbcLargeYear, LARGE);

        String database = System.getProperty("cs.db.url").startsWith("jdbc:h2:") ? "H2" : "MySQL/MariaDB";
        System.out.printf("%n=== Import benchmark on %s (CSC responses) ===%n", database);
        System.out.printf("%-28s %12s %12s%n", "", SMALL + " rows", LARGE + " rows");
        System.out.printf("%-28s %10.0f/s %10.0f/s%n", "import (API + batch job)", SMALL / importSmall, LARGE / importLarge);
        System.out.printf("%-28s %10.0f/s %10.0f/s%n", "plain JDBC batch insert", SMALL / jdbcSmall, LARGE / jdbcLarge);
        System.out.printf("%-28s %11.2f %12.2f   (goal >= 0.50)%n", "import speed / JDBC speed",
                jdbcSmall / importSmall, jdbcLarge / importLarge);
        System.out.printf("%-28s %11.2f   (goal <= 4.40)%n", "import time 4x rows / 1x", importLarge / importSmall);
        System.out.printf("%-28s %11.2f%n", "JDBC time 4x rows / 1x", jdbcLarge / jdbcSmall);
    }

    /** Seconds from the upload to the import's end. */
    private static double timeImport(int year, int rows, String prefix) {
        byte[] file = utf8(csv(year, rows, prefix));
        long start = System.nanoTime();
        JsonNode result = Api.importFile("csc", "text/csv", file);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("COMPLETED", result.get("status").asText(), result.toString());
        assertEquals(rows, result.get("written").asInt());
        return seconds;
    }

    /** Seconds to insert the same kind of rows with one JDBC batch per 1000 rows and one commit. */
    private static double timeJdbc(int year, int rows) throws SQLException {
        try (Connection db = TestDatabase.connectForBatches()) {
            Map<String, Long> dealerIds = new HashMap<>();
            long yearId;
            try (var query = db.createStatement()) {
                try (var result = query.executeQuery("select dealer_code, id from dealer where dealer_code like 'B%'")) {
                    while (result.next()) {
                        dealerIds.put(result.getString(1), result.getLong(2));
                    }
                }
                try (var result = query.executeQuery("select id from evaluation_year where eval_year = " + year)) {
                    result.next();
                    yearId = result.getLong(1);
                }
            }
            Random random = new Random(year);
            long start = System.nanoTime();
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("insert into csc_response (year_id, quarter, dealer_id, "
                    + "response_id, awareness, attitude, communication, experience, first_time_resolution) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setLong(1, yearId);
                    insert.setInt(2, i % 4 + 1);
                    insert.setLong(3, dealerIds.get(String.format("B%04d", i % DEALERS + 1)));
                    insert.setString(4, String.format("J%d%08d", year, i));
                    for (int column = 5; column <= 9; column++) {
                        insert.setInt(column, random.nextInt(11));
                    }
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static String csv(int year, int rows, String prefix) {
        Random random = new Random(year);
        StringBuilder csv = new StringBuilder(rows * 40);
        csv.append("year,quarter,dealer_code,response_id,awareness,attitude,communication,experience,"
                + "first_time_resolution\n");
        for (int i = 0; i < rows; i++) {
            csv.append(year).append(',').append(i % 4 + 1).append(',')
                    .append(String.format("B%04d", i % DEALERS + 1)).append(',')
                    .append(prefix).append(year).append(String.format("%08d", i));
            for (int column = 0; column < 5; column++) {
                csv.append(',').append(random.nextInt(11));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
