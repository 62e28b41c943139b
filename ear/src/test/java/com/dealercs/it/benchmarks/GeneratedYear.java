package com.dealercs.it.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.TestDatabase;
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

/**
 * A generated year of 2,000 dealers ({@code C0001}…{@code C2000}, imported through the API) with
 * full data: quarterly inspections of both checklists, SOC, J.D. Power, CSC, training, crisis plan,
 * volumes; every dealer is rated. The benchmarks' common large year.
 */
final class GeneratedYear {

    static final int DEALERS = 2000;

    private final int year;

    private GeneratedYear(int year) {
        this.year = year;
    }

    /** Imports the dealers and the year's volumes, then inserts the facts; answers how many fact rows. */
    static long create(int year) throws SQLException {
        StringBuilder dealers = new StringBuilder("dealer_code,name,region,province,city,opened_on,status\n");
        StringBuilder volumes = new StringBuilder("year,dealer_code,units\n");
        for (int i = 1; i <= DEALERS; i++) {
            dealers.append(String.format("C%04d,计算基准%d号汽车销售服务有限公司,基准%d区,江苏,南京,2015-01-01,ACTIVE%n", i, i, i % 8));
            volumes.append(String.format("%d,C%04d,%d%n", year, i, 50 + i % 400));
        }
        assertEquals("COMPLETED", Api.importFile("dealers", "text/csv", utf8(dealers)).get("status").asText());
        assertEquals("COMPLETED", Api.importFile("volumes", "text/csv", utf8(volumes)).get("status").asText());
        return new GeneratedYear(year).generateFacts();
    }

    /** Inserts a full year of facts for every dealer with plain JDBC batches; answers how many rows. */
    private long generateFacts() throws SQLException {
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

    private long yearId(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
             ResultSet r = query.executeQuery("select id from evaluation_year where eval_year = " + year)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static byte[] utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
