package com.dealercs.infrastructure.persistence.jdbc;

import com.dealercs.domain.model.facts.YearFactReader;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.scoring.Adjustment;
import com.dealercs.domain.scoring.Checklist;
import com.dealercs.domain.scoring.CheckpointResult;
import com.dealercs.domain.scoring.Component;
import com.dealercs.domain.scoring.CrisisAssessment;
import com.dealercs.domain.scoring.CscResponse;
import com.dealercs.domain.scoring.Dealer;
import com.dealercs.domain.scoring.DealerFacts;
import com.dealercs.domain.scoring.DealerStatus;
import com.dealercs.domain.scoring.Inspection;
import com.dealercs.domain.scoring.JdpFactorScore;
import com.dealercs.domain.scoring.Scheme;
import com.dealercs.domain.scoring.SocKind;
import com.dealercs.domain.scoring.SocScore;
import com.dealercs.domain.scoring.TrainingVisit;
import com.dealercs.infrastructure.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A year's facts for the calculation with plain JDBC: one scan per kind of fact, straight into the
 * scoring rules' inputs, with no entity in between (2,000 dealers have half a million checkpoint
 * results). The connection of the container's data source joins the calculation's transaction.
 * Within a dealer the facts come in the same order as the entities' queries gave them.
 */
@ApplicationScoped
public class JdbcYearFactReader implements YearFactReader {

    /** The CSC items in their columns' order; the names are the CSC factor codes of the scheme. */
    private static final String[] CSC_ITEMS = {"AWARENESS", "ATTITUDE", "COMMUNICATION", "EXPERIENCE",
        "FIRST_TIME_RESOLUTION"};

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @FunctionalInterface
    private interface Row {
        void accept(ResultSet row) throws SQLException;
    }

    /** One ACTIVE dealer's facts while they are read. */
    private static final class Collected {
        final String code;
        final DealerFacts.Builder builder;
        final List<Inspection> inspections = new ArrayList<>();

        Collected(String code, DealerFacts.Builder builder) {
            this.code = code;
            this.builder = builder;
        }
    }

    @Override
    public YearFacts read(EvaluationYear year, Scheme scheme) {
        long yearId = year.getId();
        try (Connection db = dataSource.getConnection()) {
            boolean mysql = !db.getMetaData().getDatabaseProductName().toUpperCase().contains("H2");
            Map<Long, Collected> dealers = new LinkedHashMap<>();
            Map<String, Long> dealerIds = new LinkedHashMap<>();
            scan(db, mysql, "select d.id, d.dealer_code, r.name from dealer d join region r on r.id = d.region_id"
                    + " where d.status = 'ACTIVE' order by d.dealer_code", -1, row -> {
                        String code = row.getString(2);
                        dealers.put(row.getLong(1), new Collected(code,
                                DealerFacts.of(new Dealer(code, row.getString(3), DealerStatus.ACTIVE))));
                        dealerIds.put(code, row.getLong(1));
                    });
            Map<Long, String> checkpoints = new HashMap<>();
            scan(db, mysql, "select id, checkpoint_code from checkpoint where year_id = ?", yearId,
                    row -> checkpoints.put(row.getLong(1), row.getString(2)));

            int[] count = {0};
            // facts of CLOSED dealers are kept but take no part: they get no scorecard (scoring.md §3)
            class Facts {
                void of(String sql, Row add) throws SQLException {
                    scan(db, mysql, sql, yearId, row -> {
                        count[0]++;
                        Collected dealer = dealers.get(row.getLong(1));
                        if (dealer != null) {
                            try {
                                add.accept(row);
                            } catch (IllegalArgumentException e) {
                                throw new InconsistentFacts(dealer.code, e.getMessage());
                            }
                        }
                    });
                }
            }
            Facts facts = new Facts();
            facts.of("select dealer_id, units from purchase_volume where year_id = ? order by id",
                    row -> dealers.get(row.getLong(1)).builder.units(row.getInt(2)));
            inspections(db, mysql, yearId, scheme, dealers, checkpoints, count);
            facts.of("select dealer_id, kind, visit_date, score from soc_score where year_id = ?"
                    + " order by dealer_id, visit_date, slot",
                    row -> dealers.get(row.getLong(1)).builder.soc(new SocScore(SocKind.valueOf(row.getString(2)),
                            row.getObject(3, LocalDate.class), row.getBigDecimal(4))));
            facts.of("select dealer_id, study, factor_code, index_score, sample_size from jdp_factor_score"
                    + " where year_id = ? order by dealer_id, study, factor_code",
                    row -> dealers.get(row.getLong(1)).builder.jdp(new JdpFactorScore(
                            Component.valueOf("JDP_" + row.getString(2)), row.getString(3), row.getBigDecimal(4),
                            row.getInt(5))));
            facts.of("select dealer_id, quarter, awareness, attitude, communication, experience,"
                    + " first_time_resolution from csc_response where year_id = ? order by dealer_id, quarter,"
                    + " response_id", row -> {
                        Map<String, Integer> ratings = new LinkedHashMap<>();
                        for (int i = 0; i < CSC_ITEMS.length; i++) {
                            int rating = row.getInt(3 + i);
                            ratings.put(CSC_ITEMS[i], row.wasNull() ? null : rating);
                        }
                        dealers.get(row.getLong(1)).builder.csc(new CscResponse(row.getInt(2), ratings));
                    });
            facts.of("select dealer_id, session_date, score from training_score where year_id = ?"
                    + " order by dealer_id, session_date",
                    row -> dealers.get(row.getLong(1)).builder.training(new TrainingVisit(
                            row.getObject(2, LocalDate.class), row.getBigDecimal(3))));
            facts.of("select dealer_id, assessed_on, score from crisis_assessment where year_id = ?"
                    + " order by dealer_id, assessed_on",
                    row -> dealers.get(row.getLong(1)).builder.crisis(new CrisisAssessment(
                            row.getObject(2, LocalDate.class), row.getBigDecimal(3))));
            facts.of("select dealer_id, amount, reason from rebate_adjustment where year_id = ?"
                    + " order by dealer_id, created_at, id",
                    row -> dealers.get(row.getLong(1)).builder.adjustment(new Adjustment(row.getBigDecimal(2),
                            row.getString(3))));

            List<DealerFacts> built = new ArrayList<>(dealers.size());
            for (Collected dealer : dealers.values()) {
                try {
                    // by checklist, then date, as the scoring rules always saw them
                    dealer.inspections.sort(Comparator.comparing((Inspection i) -> i.map().name())
                            .thenComparing(Inspection::date));
                    dealer.inspections.forEach(dealer.builder::inspection);
                    built.add(dealer.builder.build());
                } catch (IllegalArgumentException e) {
                    throw new InconsistentFacts(dealer.code, e.getMessage());
                }
            }
            return new YearFacts(built, dealerIds, count[0]);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the facts of " + year.getYear() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The approved inspections with their checkpoint results, one row per result, in inspection
     * order: each inspection is complete, and becomes the rules' compact input, before the next starts.
     */
    private static void inspections(Connection db, boolean mysql, long yearId, Scheme scheme,
            Map<Long, Collected> dealers, Map<Long, String> checkpoints, int[] count) throws SQLException {
        class Current {
            long id = -1;
            Collected dealer;
            Checklist checklist;
            int quarter;
            LocalDate date;
            final Map<String, CheckpointResult> results = new LinkedHashMap<>();

            void finish() {
                if (id != -1 && dealer != null) {
                    try {
                        dealer.inspections.add(Inspection.of(checklist, quarter, date, true, results));
                    } catch (IllegalArgumentException e) {
                        throw new InconsistentFacts(dealer.code, e.getMessage());
                    }
                }
                results.clear();
            }
        }
        Current current = new Current();
        scan(db, mysql, "select i.id, i.dealer_id, i.map, i.quarter, i.inspection_date, r.checkpoint_id, r.result"
                + " from inspection i left join checkpoint_result r on r.inspection_id = i.id"
                + " where i.year_id = ? and i.status = 'APPROVED' order by i.id", yearId, row -> {
                    long id = row.getLong(1);
                    if (id != current.id) {
                        current.finish();
                        count[0]++;
                        current.id = id;
                        current.dealer = dealers.get(row.getLong(2));
                        if (current.dealer != null) {
                            try {
                                current.checklist = scheme.checklist(Component.valueOf(row.getString(3)));
                            } catch (IllegalArgumentException e) {
                                throw new InconsistentFacts(current.dealer.code, e.getMessage());
                            }
                            current.quarter = row.getInt(4);
                            current.date = row.getObject(5, LocalDate.class);
                        }
                    }
                    long checkpoint = row.getLong(6);
                    if (current.dealer != null && !row.wasNull()) {
                        current.results.put(checkpoints.get(checkpoint), CheckpointResult.valueOf(row.getString(7)));
                    }
                });
        current.finish();
    }

    /**
     * Runs the query (with the year's id when {@code yearId} is not -1) and hands each row to the
     * action. Connector/J keeps a whole result in memory unless it streams it row by row, which it
     * does with the fetch size {@link Integer#MIN_VALUE}; H2 pages its results by the fetch size.
     */
    private static void scan(Connection db, boolean mysql, String sql, long yearId, Row action) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(mysql ? Integer.MIN_VALUE : 5000);
            if (yearId != -1) {
                query.setLong(1, yearId);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    action.accept(rows);
                }
            }
        }
    }
}
