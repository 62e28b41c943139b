package com.dealercs.it.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark, run on demand ({@code ./mvnw verify -Pbenchmark}). A generated year
 * of 2,000 dealers with full data (quarterly inspections of both checklists, SOC, J.D. Power, CSC,
 * training, crisis plan, volumes); the year's calculation through the API against one plain JDBC
 * scan of the same rows, in the same run.
 */
class CalculationBenchmark extends DeployedApplication {

    private static final int DEALERS = 2000;
    /** A year of its own, not in the database before (its facts are the benchmark's alone). */
    private static int year;

    @Test
    void calculationAgainstOnePlainScan() throws Exception {
        year = TestYears.fresh();
        StringBuilder dealers = new StringBuilder("dealer_code,name,region,province,city,opened_on,status\n");
        StringBuilder volumes = new StringBuilder("year,dealer_code,units\n");
        for (int i = 1; i <= DEALERS; i++) {
            dealers.append(String.format("C%04d,计算基准%d号汽车销售服务有限公司,基准%d区,江苏,南京,2015-01-01,ACTIVE%n", i, i, i % 8));
            volumes.append(String.format("%d,C%04d,%d%n", year, i, 50 + i % 400));
        }
        assertEquals("COMPLETED", Api.importFile("dealers", "text/csv", utf8(dealers)).get("status").asText());
        assertEquals("COMPLETED", Api.importFile("volumes", "text/csv", utf8(volumes)).get("status").asText());
        long rows = generateFacts();

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

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String seconds(double[] values) {
        return java.util.Arrays.stream(values).mapToObj(v -> String.format("%.2f", v))
                .collect(java.util.stream.Collectors.joining(", "));
    }

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

    /** Inserts a full year of facts for every dealer with plain JDBC batches; answers how many rows. */
    private static long generateFacts() throws SQLException {
        Random random = new Random(year);
        long rows = 0;
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            long yearId = yearId(db);
            Map<String, Long> dealerIds = new java.util.HashMap<>();
            Map<String, List<Long>> checkpointsByMap = new java.util.HashMap<>();
            try (Statement query = db.createStatement()) {
                try (ResultSet r = query.executeQuery("select dealer_code, id from dealer where dealer_code like 'C%'")) {
                    while (r.next()) {
                        dealerIds.put(r.getString(1), r.getLong(2));
                    }
                }
                try (ResultSet r = query.executeQuery("select i.map, c.id from checkpoint c join checklist_item i "
                        + "on i.id = c.item_id where c.year_id = " + yearId + " order by c.id")) {
                    while (r.next()) {
                        checkpointsByMap.computeIfAbsent(r.getString(1), m -> new ArrayList<>()).add(r.getLong(2));
                    }
                }
            }
            try (PreparedStatement inspection = db.prepareStatement("insert into inspection (year_id, quarter, dealer_id, "
                    + "map, inspection_date, inspector, status, version) values (?, ?, ?, ?, ?, '基准', 'APPROVED', 0)",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement result = db.prepareStatement(
                         "insert into checkpoint_result (inspection_id, checkpoint_id, result) values (?, ?, ?)")) {
                for (long dealer : dealerIds.values()) {
                    for (int quarter = 1; quarter <= 4; quarter++) {
                        for (String map : List.of("SSI_MAP", "CS_MAP")) {
                            inspection.setLong(1, yearId);
                            inspection.setInt(2, quarter);
                            inspection.setLong(3, dealer);
                            inspection.setString(4, map);
                            inspection.setDate(5, Date.valueOf(LocalDate.of(year, quarter * 3 - 1, "SSI_MAP".equals(map) ? 10 : 20)));
                            inspection.executeUpdate();
                            long id;
                            try (ResultSet key = inspection.getGeneratedKeys()) {
                                key.next();
                                id = key.getLong(1);
                            }
                            for (long checkpoint : checkpointsByMap.get(map)) {
                                result.setLong(1, id);
                                result.setLong(2, checkpoint);
                                int roll = random.nextInt(20);
                                result.setString(3, roll == 0 ? "NA" : roll < 4 ? "FAIL" : "PASS");
                                result.addBatch();
                                rows++;
                            }
                            rows++;
                        }
                    }
                    result.executeBatch();
                }
            }
            rows += batch(db, "insert into soc_score (year_id, dealer_id, kind, slot, visit_date, score) values (?, ?, ?, ?, ?, ?)",
                    dealerIds.values(), (statement, dealer, n) -> {
                        String[] kinds = {"BASELINE", "FINAL", "SPOT", "SPOT"};
                        LocalDate[] dates = {LocalDate.of(year, 1, 15), LocalDate.of(year, 11, 15),
                            LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 1)};
                        statement.setLong(1, yearId);
                        statement.setLong(2, dealer);
                        statement.setString(3, kinds[n]);
                        statement.setString(4, n < 2 ? kinds[n] : "SPOT:" + dates[n]);
                        statement.setDate(5, Date.valueOf(dates[n]));
                        statement.setBigDecimal(6, new java.math.BigDecimal(60 + random.nextInt(4000) / 100.0).setScale(2, java.math.RoundingMode.HALF_UP));
                    }, 4);
            List<String[]> factors = new ArrayList<>();
            try (Statement query = db.createStatement();
                 ResultSet r = query.executeQuery("select component, factor_code from scoring_factor where year_id = "
                         + yearId + " and component like 'JDP%' order by id")) {
                while (r.next()) {
                    factors.add(new String[] {r.getString(1).substring(4), r.getString(2)});
                }
            }
            rows += batch(db, "insert into jdp_factor_score (year_id, study, dealer_id, factor_code, index_score, sample_size) "
                    + "values (?, ?, ?, ?, ?, ?)", dealerIds.values(), (statement, dealer, n) -> {
                        statement.setLong(1, yearId);
                        statement.setString(2, factors.get(n)[0]);
                        statement.setLong(3, dealer);
                        statement.setString(4, factors.get(n)[1]);
                        statement.setInt(5, 600 + random.nextInt(380));
                        statement.setInt(6, 40 + random.nextInt(60));
                    }, factors.size());
            long[] response = {0};
            rows += batch(db, "insert into csc_response (year_id, quarter, dealer_id, response_id, awareness, attitude, "
                    + "communication, experience, first_time_resolution) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    dealerIds.values(), (statement, dealer, n) -> {
                        statement.setLong(1, yearId);
                        statement.setInt(2, n / 6 + 1);
                        statement.setLong(3, dealer);
                        statement.setString(4, "C" + year + String.format("%09d", response[0]++));
                        for (int c = 5; c <= 9; c++) {
                            statement.setInt(c, 5 + random.nextInt(6));
                        }
                    }, 24);
            rows += batch(db, "insert into training_score (year_id, dealer_id, session_date, trainer, score) values (?, ?, ?, 'TAS', ?)",
                    dealerIds.values(), (statement, dealer, n) -> {
                        statement.setLong(1, yearId);
                        statement.setLong(2, dealer);
                        statement.setDate(3, Date.valueOf(LocalDate.of(year, 3 + n * 5, 8)));
                        statement.setBigDecimal(4, java.math.BigDecimal.valueOf(600 + random.nextInt(400), 2));
                    }, 2);
            rows += batch(db, "insert into crisis_assessment (year_id, dealer_id, assessed_on, score) values (?, ?, ?, ?)",
                    dealerIds.values(), (statement, dealer, n) -> {
                        statement.setLong(1, yearId);
                        statement.setLong(2, dealer);
                        statement.setDate(3, Date.valueOf(LocalDate.of(year, 6, 30)));
                        statement.setBigDecimal(4, java.math.BigDecimal.valueOf(500 + random.nextInt(500), 2));
                    }, 1);
            db.commit();
        }
        return rows;
    }

    @FunctionalInterface
    private interface RowBinder {
        void bind(PreparedStatement statement, long dealer, int n) throws SQLException;
    }

    private static long batch(Connection db, String sql, Iterable<Long> dealers, RowBinder binder, int perDealer)
            throws SQLException {
        long rows = 0;
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (long dealer : dealers) {
                for (int n = 0; n < perDealer; n++) {
                    binder.bind(statement, dealer, n);
                    statement.addBatch();
                    rows++;
                }
                if (rows % 1000 < perDealer) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
        return rows;
    }

    private static long yearId(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
             ResultSet r = query.executeQuery("select id from evaluation_year where eval_year = " + year)) {
            r.next();
            return r.getLong(1);
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private static double time(Action action) throws Exception {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static byte[] utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
