package com.dealercs.infrastructure.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The application's schema, migrated by its Flyway migrations, on a private in-memory H2 in MySQL
 * mode, for the tests of the import's JDBC code: an OPEN 2024 (id 1), the region 华北 and the
 * dealers D0001 and D0002 (ids 1 and 2). The database lives until {@link #close}.
 */
final class MigratedSchema implements AutoCloseable {

    /** Flyway reports every migration at INFO; held here so the setting is not collected away. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    final JdbcDataSource dataSource = new JdbcDataSource();
    /** Keeps the in-memory database alive; the tests' own statements may use it. */
    final Connection connection;

    MigratedSchema(String name) throws SQLException {
        dataSource.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "NON_KEYWORDS=YEAR,VALUE");
        dataSource.setUser("sa");
        connection = dataSource.getConnection();
        Flyway.configure(MigratedSchema.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().migrate();
        try (Statement sql = connection.createStatement()) {
            sql.execute("insert into evaluation_year (id, eval_year, state, missing_policy, min_coverage, jdp_min_sample,"
                    + " csc_min_responses, soc_bonus_top_n, soc_bonus_amount, rebate_per_unit, cs_share, overall_weight,"
                    + " data_changed_at, created_at, version) values (1, 2024, 'OPEN', 'RENORMALIZE', 60, 30, 5, 10,"
                    + " 30000, 4000, 0.15, 0.15, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 0)");
            sql.execute("insert into region (id, name) values (1, '华北')");
            for (int i = 1; i <= 2; i++) {
                sql.execute("insert into dealer (id, dealer_code, name, region_id, province, city, opened_on, status,"
                        + " version) values (" + i + ", 'D000" + i + "', '店', 1, '北京', '北京', '2020-01-01', 'ACTIVE', 0)");
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
