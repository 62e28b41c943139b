package com.dealercs.it.benchmarks;

import static com.dealercs.it.benchmarks.Timings.goal;
import static com.dealercs.it.benchmarks.Timings.median;
import static com.dealercs.it.benchmarks.Timings.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark, run on demand ({@code ./mvnw verify -Pbenchmark}), on H2 and, with
 * CS_TEST_DB_URL set, on MySQL/MariaDB. CSC responses imported through the API and the batch job
 * against a plain JDBC batch insert of the same file ({@link JdbcBaselineServlet}, in the server,
 * on its pool), 50,000 and 200,000 rows; at each size warm-up rounds (three at 50,000, one at
 * 200,000) and three measured rounds, the order of import and baseline alternating, the median of
 * three. It prints rows/s of each,
 * their ratio (goal ≥ 0.5 on MySQL/MariaDB), how the import's time grows with 4× the rows (goal
 * ≤ 4.4×), and the server's peak heap during the 200,000-row imports.
 *
 * <p>Like with like: both get the same file (the same generator, rows and values; the year
 * differs, each response id carries it), the same kind of year (created through the API just
 * before, empty), and the same table: every measurement's rows are deleted after it (outside the
 * timing), so each one starts from the table as it was before the benchmark.
 */
class ImportBenchmark extends BaselineDeployment {

    private static final int DEALERS = 200;
    private static final int SMALL = 50_000;
    private static final int LARGE = 200_000;
    private static final double GOAL_RATIO = 0.5;
    private static final double GOAL_GROWTH = 4.4;
    /**
     * Warm-up rounds at 50,000 rows: a freshly started server needs a few imports before its
     * compiler has caught up (measured on bin/run: 1.9, 1.3, 1.3, 1.3 s, then 0.9–1.2 s), and a
     * server in use has long passed that; the baseline's short path warms sooner but gets as
     * many. The 200,000-row rounds come after them and need one.
     */
    private static final int SMALL_WARM_UPS = 3;

    private static AdminToken admin;
    private static long heapBefore;
    private static long heapPeak;

    @Test
    void cscImportAgainstPlainJdbc() throws Exception {
        StringBuilder dealers = new StringBuilder("dealer_code,name,region,province,city,opened_on,status\n");
        for (int i = 1; i <= DEALERS; i++) {
            dealers.append(String.format("B%04d,基准测试%d号汽车销售服务有限公司,基准区,江苏,南京,2018-01-01,ACTIVE%n", i, i));
        }
        assertEquals("COMPLETED", Api.importFile("dealers", "text/csv", utf8(dealers.toString())).get("status").asText());
        admin = AdminToken.create();
        // the baseline inserts into one year of its own, emptied after each measurement; the
        // import takes a fresh year each time (a year's first import, as HQ's yearly file is)
        int baselineYear = TestYears.fresh();
        admin.createYear(baselineYear);

        Timings.Rounds<Double> small = Timings.inTurn(SMALL_WARM_UPS, Timings.ROUNDS, () -> timeImport(SMALL),
                () -> timeBaseline(baselineYear, SMALL));
        Timings.Rounds<Double> large = Timings.inTurn(1, Timings.ROUNDS, () -> timeImport(LARGE),
                () -> timeBaseline(baselineYear, LARGE));

        double importSmall = median(small.product());
        double jdbcSmall = median(small.baseline());
        double importLarge = median(large.product());
        double jdbcLarge = median(large.baseline());
        double ratioSmall = jdbcSmall / importSmall;
        double ratioLarge = jdbcLarge / importLarge;
        double growth = importLarge / importSmall;
        boolean mysql = !"H2".equals(Timings.database());

        System.out.printf("%n=== Import benchmark on %s (CSC responses; median of %d after %d warm-up rounds at %d rows"
                + " and 1 at %d, import and baseline in alternating order) ===%n", Timings.database(), Timings.ROUNDS,
                SMALL_WARM_UPS, SMALL, LARGE);
        System.out.printf("%-30s %14s %14s%n", "", SMALL + " rows", LARGE + " rows");
        System.out.printf("%-30s %12.0f/s %12.0f/s   (s: %s | %s)%n", "import (API + batch job)", SMALL / importSmall,
                LARGE / importLarge, seconds(small.product()), seconds(large.product()));
        System.out.printf("%-30s %12.0f/s %12.0f/s   (s: %s | %s)%n", "plain JDBC batch (in server)", SMALL / jdbcSmall,
                LARGE / jdbcLarge, seconds(small.baseline()), seconds(large.baseline()));
        System.out.printf("%-30s %13.2f %14.2f   (goal >= %.2f on MySQL/MariaDB: %s)%n", "import speed / JDBC speed",
                ratioSmall, ratioLarge, GOAL_RATIO, mysql ? goal(ratioSmall >= GOAL_RATIO && ratioLarge >= GOAL_RATIO)
                        : "not a goal on H2");
        System.out.printf("%-30s %13.2f   (goal <= %.2f: %s)%n", "import time 4x rows / 1x", growth, GOAL_GROWTH,
                goal(growth <= GOAL_GROWTH));
        System.out.printf("%-30s %13.2f%n", "JDBC time 4x rows / 1x", jdbcLarge / jdbcSmall);
        System.out.printf("%-30s %10d MB live before (after a full GC), peak %d MB during the %d-row imports%n"
                + "%-30s (jstat -gc every 100 ms: survivors + eden + old, garbage included, so an upper bound)%n",
                "server heap", heapBefore / 1024, heapPeak / 1024, LARGE, "");
    }

    /**
     * Seconds from the upload to the import's end, into a fresh year; the 200,000-row imports are
     * watched by a {@link HeapSampler} after a full collection.
     */
    private static double timeImport(int rows) throws Exception {
        int year = TestYears.fresh();
        admin.createYear(year);
        byte[] file = utf8(csv(year, rows));
        HeapSampler heap = null;
        if (rows == LARGE) {
            HeapSampler.collectGarbage();
            heap = HeapSampler.ofServer();
            long live = heap.current();
            heapBefore = heapBefore == 0 ? live : Math.min(heapBefore, live);
        }
        double seconds;
        JsonNode result;
        try {
            long start = System.nanoTime();
            result = admin.importFile("csc", "text/csv", file);
            seconds = (System.nanoTime() - start) / 1e9;
        } finally {
            if (heap != null) {
                heapPeak = Math.max(heapPeak, heap.peak());
                heap.close();
            }
        }
        assertEquals("COMPLETED", result.get("status").asText(), result.toString());
        assertEquals(rows, result.get("written").asInt());
        empty(year);
        return seconds;
    }

    /** Seconds the baseline servlet took for the same file, the call timed from here as the import's. */
    private static double timeBaseline(int year, int rows) throws Exception {
        byte[] file = utf8(csv(year, rows));
        if (rows == LARGE) {
            HeapSampler.collectGarbage(); // as before the import: neither meets the other's garbage
        }
        long start = System.nanoTime();
        long inserted = baseline("csc", year, file);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(rows, inserted);
        assertEquals(rows, TestDatabase.count("select count(*) from csc_response r join evaluation_year y"
                + " on y.id = r.year_id where y.eval_year = ?", year));
        empty(year);
        return seconds;
    }

    /** The year's responses deleted, so the next measurement meets the table the first one did. */
    private static void empty(int year) {
        TestDatabase.update("delete from csc_response where year_id = (select id from evaluation_year"
                + " where eval_year = ?)", year);
    }

    /** The same rows for every year of a size: only the year and the response ids (which carry it) differ. */
    private static String csv(int year, int rows) {
        return Imports.cscResponses(year, rows, "B", 4, DEALERS, "R", rows);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
