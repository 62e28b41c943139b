package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.calculation.CalculationRepository;
import com.dealercs.domain.model.calculation.CalculationRun;
import com.dealercs.domain.model.calculation.DealerScorecard;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.scoring.RatingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

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

    @Override
    public void store(DealerScorecard scorecard) {
        em.persist(scorecard);
    }
}
