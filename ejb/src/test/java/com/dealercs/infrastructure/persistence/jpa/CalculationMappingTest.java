package com.dealercs.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.calculation.CalculationRun;
import com.dealercs.domain.model.calculation.DealerScorecard;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.Region;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.scoring.Adjustment;
import com.dealercs.domain.scoring.Checklist;
import com.dealercs.domain.scoring.ChecklistItem;
import com.dealercs.domain.scoring.Component;
import com.dealercs.domain.scoring.CrisisAssessment;
import com.dealercs.domain.scoring.DealerFacts;
import com.dealercs.domain.scoring.Factor;
import com.dealercs.domain.scoring.RatingStatus;
import com.dealercs.domain.scoring.QuarterResult;
import com.dealercs.domain.scoring.Scheme;
import com.dealercs.domain.scoring.Scorecard;
import com.dealercs.domain.scoring.TrainingVisit;
import com.dealercs.domain.scoring.YearCalculation;
import com.dealercs.domain.scoring.YearPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A calculation run and its scorecards survive the trip to the database and back, rated or not. */
class CalculationMappingTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.emptiedBeforeEach();

    @Test
    void aRunWithARatedAndANotRatedScorecard() {
        List<Scorecard> scorecards = YearCalculation.run(2024, scheme(), YearPolicy.defaults().withMinCoverage(20),
                List.of(
                        DealerFacts.of(dealer("D0001")).units(120)
                                .training(new TrainingVisit(LocalDate.of(2024, 3, 1), new BigDecimal("8.50")))
                                .crisis(new CrisisAssessment(LocalDate.of(2024, 5, 1), new BigDecimal("9.00")))
                                .adjustment(new Adjustment(new BigDecimal("-5000.00"), "负面媒体曝光"))
                                .build(),
                        DealerFacts.of(dealer("D0002")).build())).scorecards();

        db.run(em -> {
            EvaluationYear year = Fixtures.year(em, 2024);
            Region region = Fixtures.region(em, "华北");
            Dealer one = Fixtures.dealer(em, region, "D0001");
            Dealer two = Fixtures.dealer(em, region, "D0002");
            CalculationRun run = new CalculationRun(year, Fixtures.NOW, "supervisor", 1, 1);
            em.persist(run);
            em.flush();
            // as a calculation stores them: in bulk, in the columns the entity reads back
            JpaCalculationRepository runs = new JpaCalculationRepository();
            runs.em = em;
            runs.storeAll(run, scorecards, Map.of("D0001", one.getId(), "D0002", two.getId()));
        });

        db.run(em -> {
            CalculationRun run = em.createQuery("select r from CalculationRun r", CalculationRun.class)
                    .getSingleResult();
            assertEquals(Fixtures.NOW, run.getRunAt());
            assertEquals("supervisor", run.getRunBy());
            assertTrue(run.isDraft());
            assertEquals(Fixtures.NOW, run.getDataChangedAt());
            assertEquals(EvaluationYear.Policy.defaults(), normalized(run.policy()));
            assertEquals(1, run.getDealersRated());

            DealerScorecard stored = scorecard(em, "D0001");
            assertEquals("华北", stored.getRegion());
            Scorecard rated = stored.scorecard();
            assertEquals(RatingStatus.RATED, rated.status());
            assertEquals("华北", rated.region());
            assertEquals(Optional.of(new BigDecimal("8.50")), rated.component(Component.TRAINING));
            assertEquals(Optional.of(new BigDecimal("9.00")), rated.component(Component.CRISIS));
            assertEquals(Optional.empty(), rated.component(Component.SSI_MAP));
            assertEquals(20, rated.coverage());
            assertEquals(Optional.of(new BigDecimal("87.50")), rated.total());
            assertEquals(Optional.of(new BigDecimal("13.13")), rated.assessmentPoints());
            assertEquals(Optional.of(1), rated.nationalRank());
            assertEquals(Optional.of(1), rated.regionalRank());
            assertEquals(0, new BigDecimal("72000").compareTo(rated.rebate().base()));
            assertEquals(0, new BigDecimal("0.90").compareTo(rated.rebate().payoutRatio()));
            assertEquals(new BigDecimal("64800.00"), rated.rebate().cs());
            assertEquals(new BigDecimal("-5000.00"), rated.rebate().adjustments());
            assertEquals(new BigDecimal("59800.00"), rated.rebate().rebate());
            assertFalse(rated.socBonus());
            assertEquals(List.of(Component.SSI_MAP, Component.CS_MAP, Component.SOC_CENTRAL, Component.SOC_SPOT,
                    Component.JDP_SSI, Component.JDP_CSI, Component.CSC), rated.missingComponents());
            assertEquals(List.of(1, 2, 3, 4), rated.quarters().stream().map(QuarterResult::quarter).toList());
            assertEquals(scorecards.get(0).quarters().toString(), rated.quarters().toString());

            Scorecard notRated = scorecard(em, "D0002").scorecard();
            assertEquals(RatingStatus.NOT_RATED, notRated.status());
            assertEquals(Optional.empty(), notRated.total());
            assertEquals(Optional.empty(), notRated.nationalRank());
            assertEquals(Optional.empty(), notRated.regionalRank());
            assertEquals(Component.values().length, notRated.missingComponents().size());
            assertEquals(0, notRated.rebate().units());
        });
    }

    @Test
    void theLatestRunOfEachYearInOneQueryIsTheOneLatestGives() {
        db.run(em -> {
            EvaluationYear older = Fixtures.year(em, 2023);
            EvaluationYear newer = Fixtures.year(em, 2024);
            Fixtures.year(em, 2025); // no run
            em.persist(new CalculationRun(older, Fixtures.NOW.minusSeconds(60), "supervisor", 1, 0));
            em.persist(new CalculationRun(older, Fixtures.NOW, "supervisor", 2, 0));
            em.persist(new CalculationRun(newer, Fixtures.NOW, "supervisor", 3, 0));
            em.persist(new CalculationRun(newer, Fixtures.NOW, "supervisor", 4, 0)); // at the same time
            em.flush();
        });

        db.run(em -> {
            JpaCalculationRepository runs = new JpaCalculationRepository();
            runs.em = em;
            Map<Long, CalculationRun> latest = runs.latestOfEachYear();
            List<EvaluationYear> years = em.createQuery("select y from EvaluationYear y order by y.year",
                    EvaluationYear.class).getResultList();

            assertEquals(2, latest.size(), "the years with a run");
            for (EvaluationYear year : years.subList(0, 2)) {
                assertEquals(runs.latest(year).orElseThrow().getId(), latest.get(year.getId()).getId(),
                        "year " + year.getYear());
            }
            assertEquals(2, latest.get(years.get(0).getId()).getDealersRated());
            long highestId = em.createQuery("select max(r.id) from CalculationRun r where r.year = :year", Long.class)
                    .setParameter("year", years.get(1)).getSingleResult();
            assertEquals(highestId, latest.get(years.get(1).getId()).getId(), "of two at the same time, the later id");
        });
    }

    private static DealerScorecard scorecard(jakarta.persistence.EntityManager em, String code) {
        return em.createQuery("select s from DealerScorecard s where s.dealer.code = :code", DealerScorecard.class)
                .setParameter("code", code).getSingleResult();
    }

    /** The policy's decimals as the defaults write them, for a comparison by value. */
    private static EvaluationYear.Policy normalized(EvaluationYear.Policy read) {
        EvaluationYear.Policy defaults = EvaluationYear.Policy.defaults();
        assertEquals(0, defaults.minCoverage().compareTo(read.minCoverage()));
        assertEquals(0, defaults.csShare().compareTo(read.csShare()));
        assertEquals(0, defaults.overallWeight().compareTo(read.overallWeight()));
        assertEquals(defaults.payoutTiers(), read.payoutTiers());
        return new EvaluationYear.Policy(read.missingPolicy(), defaults.minCoverage(), read.jdpMinSample(),
                read.cscMinResponses(), read.socBonusTopN(), read.socBonusAmount(), read.rebatePerUnit(),
                defaults.csShare(), defaults.overallWeight(), defaults.payoutTiers());
    }

    private static com.dealercs.domain.scoring.Dealer dealer(String code) {
        return new com.dealercs.domain.scoring.Dealer(code, "华北", com.dealercs.domain.scoring.DealerStatus.ACTIVE);
    }

    private static Scheme scheme() {
        return new Scheme(
                List.of(new Checklist(Component.SSI_MAP, List.of(new ChecklistItem("S1", BigDecimal.TEN, List.of("S1A")))),
                        new Checklist(Component.CS_MAP, List.of(new ChecklistItem("C1", BigDecimal.TEN, List.of("C1A"))))),
                List.of(new Factor(Component.JDP_SSI, "F", BigDecimal.TEN), new Factor(Component.JDP_CSI, "G", BigDecimal.TEN),
                        new Factor(Component.CSC, "AWARENESS", BigDecimal.TEN)));
    }
}
