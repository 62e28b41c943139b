package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.calculation.CalculationRepository;
import com.dealercs.domain.model.calculation.CalculationRun;
import com.dealercs.domain.model.calculation.DealerScorecard;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.calculation.QuarterScore;
import com.dealercs.domain.scoring.RatingStatus;
import com.dealercs.domain.scoring.Component;
import com.dealercs.domain.scoring.QuarterResult;
import com.dealercs.domain.scoring.Rebate;
import com.dealercs.domain.scoring.Scorecard;
import com.dealercs.infrastructure.persistence.Jdbc;
import com.dealercs.infrastructure.persistence.JdbcBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaCalculationRepository implements CalculationRepository {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;


    @Override
    public Optional<CalculationRun> latest(EvaluationYear year) {
        return em.createQuery("select r from CalculationRun r where r.year = :year order by r.runAt desc, r.id desc",
                        CalculationRun.class)
                .setParameter("year", year).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Map<Long, CalculationRun> latestOfEachYear() {
        // the runs at each year's latest time; of two at the same time the higher id, as latest() orders
        Map<Long, CalculationRun> latest = new HashMap<>();
        em.createQuery("select r from CalculationRun r join fetch r.year y where r.runAt = (select max(o.runAt)"
                        + " from CalculationRun o where o.year = r.year)", CalculationRun.class)
                .getResultList()
                .forEach(run -> latest.merge(run.getYear().getId(), run,
                        (a, b) -> a.getId() >= b.getId() ? a : b));
        return latest;
    }

    @Override
    public List<DealerScorecard> scorecards(CalculationRun run) {
        return em.createQuery("select s from DealerScorecard s join fetch s.dealer d where s.run = :run",
                        DealerScorecard.class)
                .setParameter("run", run)
                // the quarterly results of all of them in one more query, not one query each
                .setHint("eclipselink.batch", "s.quarters").setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    @Override
    public Optional<DealerScorecard> scorecard(CalculationRun run, String dealerCode) {
        return em.createQuery("select s from DealerScorecard s join fetch s.dealer d where s.run = :run"
                        + " and d.code = :code", DealerScorecard.class)
                .setParameter("run", run).setParameter("code", dealerCode).getResultStream().findFirst();
    }

    @Override
    public long ratedCount(CalculationRun run) {
        return em.createQuery("select count(s) from DealerScorecard s where s.run = :run and s.status = :rated",
                        Long.class)
                .setParameter("run", run).setParameter("rated", RatingStatus.RATED).getSingleResult();
    }

    @Override
    public long ratedCount(CalculationRun run, String region) {
        return em.createQuery("select count(s) from DealerScorecard s where s.run = :run and s.status = :rated"
                        + " and s.region = :region", Long.class)
                .setParameter("run", run).setParameter("rated", RatingStatus.RATED).setParameter("region", region)
                .getSingleResult();
    }

    @Override
    public void store(CalculationRun run) {
        em.persist(run);
        em.flush(); // its id, for the summary
    }

    /**
     * Plain JDBC batches on the connection of the run's transaction: thousands of scorecards as
     * entities would each be a single insert that reads its generated id back. The columns are
     * the ones {@link DealerScorecard} and {@link QuarterScore} map.
     */
    @Override
    public void storeAll(CalculationRun run, List<Scorecard> scorecards, Map<String, Long> dealerIds) {
        em.flush(); // the run's row, which the scorecards refer to
        // The persistence context's own connection: it holds the run's row and commits with it. A
        // connection from the data source is not always the same one (a calculation started by a
        // timer got another, outside the transaction, and the run's row was not there).
        Connection db = em.unwrap(Connection.class);
        try {
            try (JdbcBatch batch = new JdbcBatch(db, "insert into scorecard (run_id, dealer_id, region,"
                    + " status, ssi_map, cs_map, soc_central, soc_spot, jdp_ssi, jdp_csi, training, csc, crisis,"
                    + " coverage, score_sum, total, assessment_points, national_rank, regional_rank, soc_improvement,"
                    + " soc_improvement_rank, soc_bonus, units, base, payout_ratio, cs, soc_bonus_amount, adjustments,"
                    + " rebate, missing_components) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Scorecard scorecard : scorecards) {
                    Long dealerId = dealerIds.get(scorecard.dealerCode());
                    if (dealerId == null) {
                        throw new IllegalArgumentException("No dealer " + scorecard.dealerCode());
                    }
                    batch.add(insert -> bindScorecard(insert, run, dealerId, scorecard));
                }
            }
            Map<Long, Long> scorecardOfDealer = new HashMap<>();
            Jdbc.query(db, "select dealer_id, id from scorecard where run_id = ?",
                    row -> scorecardOfDealer.put(row.getLong(1), row.getLong(2)), run.getId());
            try (JdbcBatch batch = new JdbcBatch(db, "insert into quarter_result (scorecard_id, quarter,"
                    + " ssi_map, cs_map, csc, coverage, quarter_total, quarter_rank) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Scorecard scorecard : scorecards) {
                    long scorecardId = scorecardOfDealer.get(dealerIds.get(scorecard.dealerCode()));
                    for (QuarterResult quarter : scorecard.quarters()) {
                        batch.add(insert -> {
                            insert.setLong(1, scorecardId);
                            insert.setInt(2, quarter.quarter());
                            int c = 2;
                            // the columns ssi_map, cs_map, csc are the quarterly components in their order
                            for (Component component : Component.QUARTERLY) {
                                insert.setBigDecimal(++c, quarter.component(component).orElse(null));
                            }
                            insert.setInt(++c, quarter.coverage());
                            insert.setBigDecimal(++c, quarter.total().orElse(null));
                            JdbcBatch.setInteger(insert, ++c, quarter.rank().orElse(null));
                        });
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the scorecards of run " + run.getId() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static void bindScorecard(PreparedStatement insert, CalculationRun run, long dealerId, Scorecard scorecard)
            throws SQLException {
        int c = 0;
        insert.setLong(++c, run.getId());
        insert.setLong(++c, dealerId);
        insert.setString(++c, scorecard.region());
        insert.setString(++c, scorecard.status().name());
        // the columns ssi_map … crisis are in the scheme's order
        for (Component component : Component.values()) {
            insert.setBigDecimal(++c, scorecard.component(component).orElse(null));
        }
        insert.setInt(++c, scorecard.coverage());
        insert.setBigDecimal(++c, scorecard.sum());
        insert.setBigDecimal(++c, scorecard.total().orElse(null));
        insert.setBigDecimal(++c, scorecard.assessmentPoints().orElse(null));
        JdbcBatch.setInteger(insert, ++c, scorecard.nationalRank().orElse(null));
        JdbcBatch.setInteger(insert, ++c, scorecard.regionalRank().orElse(null));
        insert.setBigDecimal(++c, scorecard.socImprovement().orElse(null));
        JdbcBatch.setInteger(insert, ++c, scorecard.socImprovementRank().orElse(null));
        insert.setBoolean(++c, scorecard.socBonus());
        Rebate rebate = scorecard.rebate();
        insert.setInt(++c, rebate.units());
        insert.setBigDecimal(++c, rebate.base());
        insert.setBigDecimal(++c, rebate.payoutRatio());
        insert.setBigDecimal(++c, rebate.cs());
        insert.setBigDecimal(++c, rebate.socBonus());
        insert.setBigDecimal(++c, rebate.adjustments());
        insert.setBigDecimal(++c, rebate.rebate());
        insert.setString(++c, scorecard.missingComponents().stream().map(Component::name)
                .collect(Collectors.joining(",")));
    }
}
