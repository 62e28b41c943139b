package com.dealercs.it.benchmarks;

import static com.dealercs.it.benchmarks.Timings.goal;
import static com.dealercs.it.benchmarks.Timings.median;
import static com.dealercs.it.benchmarks.Timings.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark, run on demand ({@code ./mvnw verify -Pbenchmark}). A generated year
 * of 2,000 dealers with full data ({@link GeneratedYear}) (quarterly inspections of both checklists, SOC, J.D. Power, CSC,
 * training, crisis plan, volumes); the year's calculation through the API against a plain JDBC
 * scan of the same rows, in the same run: one warm-up round and three measured rounds, the order
 * alternating, the median of three each.
 *
 * <p>Like with like: the scan runs in the server on the server's pool ({@link JdbcBaselineServlet}:
 * in-process H2 as the calculation reads it, not H2's TCP server a client would go through), makes
 * the calculation's queries word for word (no join it does not make) and reads them as it does
 * (streamed row by row on MySQL/MariaDB, where Connector/J would otherwise hold the whole result),
 * and is timed the same way: one HTTP call from here, the calculation's with an API token
 * (HTTP Basic would add a PBKDF2 verification to every call).
 */
class CalculationBenchmark extends BaselineDeployment {

    private static final int DEALERS = GeneratedYear.DEALERS;
    private static final double GOAL = 3.0;
    /** A year of its own, not in the database before (its facts are the benchmark's alone). */
    private static int year;
    private static AdminToken admin;
    private static long scanned;

    @Test
    void calculationAgainstOnePlainScan() throws Exception {
        year = TestYears.fresh();
        long rows = GeneratedYear.create(year);
        admin = AdminToken.create();

        Timings.Rounds<Double> rounds = Timings.inTurn(1, Timings.ROUNDS, CalculationBenchmark::calculate,
                () -> Timings.time(() -> scanned = baseline("facts", year, null)));
        double calculation = median(rounds.product());
        double scan = median(rounds.baseline());
        double ratio = calculation / scan;

        System.out.printf("%n=== Calculation benchmark on %s: %d dealers, %d fact rows generated ===%n",
                Timings.database(), DEALERS, rows);
        System.out.printf("%-44s %8.2f s   (median of %d: %s)%n", "calculation (API, run stored)", calculation,
                Timings.ROUNDS, seconds(rounds.product()));
        System.out.printf("%-44s %8.2f s   (median of %d: %s; %d rows read)%n",
                "the calculation's reads, plain JDBC in server", scan, Timings.ROUNDS, seconds(rounds.baseline()), scanned);
        System.out.printf("%-44s %8.2f     (goal <= %.2f: %s)%n", "RATIO calculation time / scan time", ratio, GOAL,
                goal(ratio <= GOAL));
        System.out.printf("(phases of each run, load / rules / store: server log, \"Calculation of %d\")%n", year);
    }

    private static double calculate() throws Exception {
        long start = System.nanoTime();
        Api.Reply reply = admin.send("POST", "/api/v1/years/" + year + "/calculation", "application/json",
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(200, reply.status(), reply.body());
        // every generated dealer has every kind of fact: all of them are rated
        assertTrue(reply.json().get("rated").asInt() >= DEALERS, reply.body());
        assertEquals(DEALERS, TestDatabase.count("select count(*) from scorecard s join dealer d on d.id = s.dealer_id"
                + " where s.run_id = ? and d.dealer_code like 'C%' and s.status = 'RATED'",
                reply.json().get("runId").asLong()));
        return seconds;
    }
}
