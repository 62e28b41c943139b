package com.dealercs.it.benchmarks;

import static com.dealercs.it.benchmarks.Timings.median;
import static com.dealercs.it.benchmarks.Timings.seconds;
import static com.dealercs.it.benchmarks.Timings.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark, run on demand ({@code ./mvnw verify -Pbenchmark}). A generated year
 * of 2,000 dealers with full data ({@link GeneratedYear}) (quarterly inspections of both checklists, SOC, J.D. Power, CSC,
 * training, crisis plan, volumes); the year's calculation through the API against one plain JDBC
 * scan of the same rows, in the same run.
 */
class CalculationBenchmark extends DeployedApplication {

    private static final int DEALERS = GeneratedYear.DEALERS;
    /** A year of its own, not in the database before (its facts are the benchmark's alone). */
    private static int year;

    @Test
    void calculationAgainstOnePlainScan() throws Exception {
        year = TestYears.fresh();
        long rows = GeneratedYear.create(year);

        // warm-up of both (class loading, JIT, the database's caches), then measured runs in turn;
        // the median of each
        calculate();
        long scanned = scan();
        double[] calculations = new double[RUNS];
        double[] scans = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            calculations[run] = calculate();
            scans[run] = time(CalculationBenchmark::scan);
        }
        double calculation = median(calculations);
        double scan = median(scans);
        double ratio = calculation / scan;

        String database = System.getProperty("cs.db.url").startsWith("jdbc:h2:") ? "H2" : "MySQL/MariaDB";
        System.out.printf("%n=== Calculation benchmark on %s: %d dealers, %d fact rows generated ===%n",
                database, DEALERS, rows);
        System.out.printf("%-40s %8.2f s   (median of %d: %s)%n", "calculation (API, run stored)", calculation, RUNS,
                seconds(calculations));
        System.out.printf("%-40s %8.2f s   (median of %d: %s; %d rows read)%n", "one plain JDBC scan of the same rows",
                scan, RUNS, seconds(scans), scanned);
        System.out.printf("%-40s %8.2f     (goal <= 3.00: %s)%n", "RATIO calculation time / scan time", ratio,
                ratio <= 3.0 ? "met" : "NOT MET");
        System.out.printf("(phases of each run, load / rules / store: server log, \"Calculation of %d\")%n", year);
    }

    private static final int RUNS = 3;

    private static double calculate() {
        long start = System.nanoTime();
        Api.Reply reply = Api.postJson("/api/v1/years/" + year + "/calculation", "admin", adminPassword(), "{}");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(200, reply.status(), reply.body());
        // every generated dealer has every kind of fact: all of them are rated
        assertTrue(reply.json().get("rated").asInt() >= DEALERS, reply.body());
        assertEquals(DEALERS, TestDatabase.count("select count(*) from scorecard s join dealer d on d.id = s.dealer_id"
                + " where s.run_id = ? and d.dealer_code like 'C%' and s.status = 'RATED'",
                reply.json().get("runId").asLong()));
        return seconds;
    }

    /** Reads every fact of the year a calculation needs, every column, once. */
    private static long scan() throws SQLException {
        String[] queries = {
            "select i.dealer_id, i.quarter, i.map, i.inspection_date, i.status, r.checkpoint_id, r.result, c.item_id "
                    + "from inspection i join checkpoint_result r on r.inspection_id = i.id "
                    + "join checkpoint c on c.id = r.checkpoint_id where i.year_id = ?",
            "select dealer_id, kind, visit_date, score from soc_score where year_id = ?",
            "select dealer_id, study, factor_code, index_score, sample_size from jdp_factor_score where year_id = ?",
            "select dealer_id, quarter, awareness, attitude, communication, experience, first_time_resolution "
                    + "from csc_response where year_id = ?",
            "select dealer_id, session_date, score from training_score where year_id = ?",
            "select dealer_id, assessed_on, score from crisis_assessment where year_id = ?",
            "select dealer_id, units from purchase_volume where year_id = ?",
            "select dealer_id, amount from rebate_adjustment where year_id = ?",
            "select d.id, d.dealer_code, d.status, r.name from dealer d join region r on r.id = d.region_id"};
        long read = 0;
        try (Connection db = TestDatabase.connect()) {
            long yearId = yearId(db);
            for (String sql : queries) {
                try (PreparedStatement query = db.prepareStatement(sql)) {
                    query.setFetchSize(5000);
                    if (sql.contains("?")) {
                        query.setLong(1, yearId);
                    }
                    try (ResultSet result = query.executeQuery()) {
                        int columns = result.getMetaData().getColumnCount();
                        while (result.next()) {
                            for (int c = 1; c <= columns; c++) {
                                result.getObject(c);
                            }
                            read++;
                        }
                    }
                }
            }
        }
        return read;
    }

    private static long yearId(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
             ResultSet r = query.executeQuery("select id from evaluation_year where eval_year = " + year)) {
            r.next();
            return r.getLong(1);
        }
    }
}
