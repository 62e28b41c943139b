package com.dealercs.it.benchmarks;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The benchmarks' plain JDBC baselines, run inside the server under test, on the server's own
 * pool ({@code jdbc/dealercs}), so that each baseline takes the path of what it is compared with:
 * on H2 the server holds the database file in-process and a client outside reaches it only through
 * H2's TCP server ({@code AUTO_SERVER}), a slower path that made the product look faster; on
 * MySQL/MariaDB the pool's Connector/J settings ({@code rewriteBatchedStatements}) are the
 * product's by construction. Test code only: {@link BaselineDeployment} deploys it as a WAR of
 * its own beside the EAR in the benchmarks' runs; it is never part of the application.
 *
 * <ul>
 * <li>{@code POST /cs-benchmark-baseline/csc?year=Y} with a CSC responses file (the import's CSV
 * format): the file read once and its rows inserted with JDBC batches of 1,000 and one commit,
 * nothing checked; answers the rows inserted.</li>
 * <li>{@code POST /cs-benchmark-baseline/facts?year=Y}: the queries of the calculation's
 * {@code JdbcYearFactReader}, word for word, read the same way (streamed row by row on
 * MySQL/MariaDB, pages of 5,000 on H2), every column of every row fetched; answers the rows read.</li>
 * </ul>
 */
@WebServlet(urlPatterns = {"/csc", "/facts"})
public class JdbcBaselineServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int BATCH = 1000;

    /** The calculation's reads (JdbcYearFactReader), in its order; "?" is the year's id. */
    static final String[] FACT_QUERIES = {
        "select d.id, d.dealer_code, r.name from dealer d join region r on r.id = d.region_id"
                + " where d.status = 'ACTIVE' order by d.dealer_code",
        "select id, checkpoint_code from checkpoint where year_id = ?",
        "select dealer_id, units from purchase_volume where year_id = ? order by id",
        "select i.id, i.dealer_id, i.map, i.quarter, i.inspection_date, r.checkpoint_id, r.result"
                + " from inspection i left join checkpoint_result r on r.inspection_id = i.id"
                + " where i.year_id = ? and i.status = 'APPROVED' order by i.id",
        "select dealer_id, kind, visit_date, score from soc_score where year_id = ?"
                + " order by dealer_id, visit_date, slot",
        "select dealer_id, study, factor_code, index_score, sample_size from jdp_factor_score"
                + " where year_id = ? order by dealer_id, study, factor_code",
        "select dealer_id, quarter, awareness, attitude, communication, experience,"
                + " first_time_resolution from csc_response where year_id = ? order by dealer_id, quarter,"
                + " response_id",
        "select dealer_id, session_date, score from training_score where year_id = ?"
                + " order by dealer_id, session_date",
        "select dealer_id, assessed_on, score from crisis_assessment where year_id = ?"
                + " order by dealer_id, assessed_on",
        "select dealer_id, amount, reason from rebate_adjustment where year_id = ?"
                + " order by dealer_id, created_at, id"};

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int year = Integer.parseInt(request.getParameter("year"));
        try (Connection db = dataSource().getConnection()) {
            long rows = "/csc".equals(request.getServletPath())
                    ? insertCsc(db, year, request.getInputStream().readAllBytes())
                    : scanFacts(db, year);
            response.setContentType("text/plain");
            response.getWriter().print(rows);
        } catch (SQLException | NamingException | RuntimeException e) {
            response.setStatus(500);
            response.setContentType("text/plain");
            response.getWriter().print(e);
        }
    }

    private static DataSource dataSource() throws NamingException {
        return (DataSource) new InitialContext().lookup("jdbc/dealercs");
    }

    private static long insertCsc(Connection db, int year, byte[] file) throws SQLException, IOException {
        long yearId = yearId(db, year);
        Map<String, Long> dealerIds = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("select dealer_code, id from dealer");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                dealerIds.put(rows.getString(1), rows.getLong(2));
            }
        }
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        long inserted = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file),
                StandardCharsets.UTF_8));
             PreparedStatement insert = db.prepareStatement("insert into csc_response (year_id, quarter, dealer_id,"
                     + " response_id, awareness, attitude, communication, experience, first_time_resolution)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            lines.readLine(); // the header
            String line;
            while ((line = lines.readLine()) != null) {
                // year,quarter,dealer_code,response_id,awareness,attitude,communication,experience,first_time_resolution
                String[] values = line.split(",", -1);
                insert.setLong(1, yearId);
                insert.setInt(2, Integer.parseInt(values[1]));
                insert.setLong(3, dealerIds.get(values[2]));
                insert.setString(4, values[3]);
                for (int column = 4; column <= 8; column++) {
                    insert.setInt(column + 1, Integer.parseInt(values[column]));
                }
                insert.addBatch();
                if (++inserted % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
        return inserted;
    }

    private static long scanFacts(Connection db, int year) throws SQLException {
        long yearId = yearId(db, year);
        boolean mysql = !db.getMetaData().getDatabaseProductName().toUpperCase().contains("H2");
        long read = 0;
        for (String sql : FACT_QUERIES) {
            try (PreparedStatement query = db.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                // as the server's reader: Connector/J streams only with this fetch size
                query.setFetchSize(mysql ? Integer.MIN_VALUE : 5000);
                if (sql.contains("?")) {
                    query.setLong(1, yearId);
                }
                try (ResultSet rows = query.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rows.getObject(c);
                        }
                        read++;
                    }
                }
            }
        }
        return read;
    }

    private static long yearId(Connection db, int year) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select id from evaluation_year where eval_year = ?")) {
            query.setInt(1, year);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("no year " + year);
                }
                return row.getLong(1);
            }
        }
    }
}
