package com.dealercs.infrastructure.persistence.jpa;

import static com.dealercs.infrastructure.persistence.jpa.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.facts.CrisisAssessment;
import com.dealercs.domain.model.facts.CscResponse;
import com.dealercs.domain.model.facts.JdpFactorScore;
import com.dealercs.domain.model.facts.JdpStudy;
import com.dealercs.domain.model.facts.PurchaseVolume;
import com.dealercs.domain.model.facts.RebateAdjustment;
import com.dealercs.domain.model.facts.SocKind;
import com.dealercs.domain.model.facts.SocScore;
import com.dealercs.domain.model.facts.TrainingScore;
import com.dealercs.domain.model.facts.YearFact;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.Region;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaFactRepositoryTest {

    private static final String HASH = "0f".repeat(32);

    private static TestDatabase db;

    @BeforeAll
    static void start() {
        db = TestDatabase.start();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    /** Facts of two dealers in 2024, stored out of order, and one of each kind in 2025 that must not show. */
    @BeforeEach
    void givenFacts() {
        db.clear();
        db.run(em -> {
            EvaluationYear year = Fixtures.year(em, 2024);
            EvaluationYear next = Fixtures.year(em, 2025);
            Region north = Fixtures.region(em, "华北");
            Dealer second = Fixtures.dealer(em, north, "D0002");
            Dealer first = Fixtures.dealer(em, north, "D0001");
            em.flush();
            JpaFactRepository facts = repository(em);
            for (Dealer dealer : List.of(second, first)) {
                facts.store(new SocScore(year, dealer, SocKind.SPOT, LocalDate.of(2024, 9, 9), new BigDecimal("79")));
                facts.store(new SocScore(year, dealer, SocKind.FINAL, LocalDate.of(2024, 11, 5), new BigDecimal("80.5")));
                facts.store(new SocScore(year, dealer, SocKind.BASELINE, LocalDate.of(2024, 1, 20), new BigDecimal("71")));
                facts.store(new SocScore(year, dealer, SocKind.SPOT, LocalDate.of(2024, 5, 6), new BigDecimal("76")));
                facts.store(new JdpFactorScore(year, dealer, Fixtures.factor(em, year, "SERVICE_QUALITY"),
                        new BigDecimal("800"), 40));
                facts.store(new JdpFactorScore(year, dealer, Fixtures.factor(em, year, "PAPERWORK"),
                        new BigDecimal("731"), 64));
                facts.store(new JdpFactorScore(year, dealer, Fixtures.factor(em, year, "DEAL"),
                        new BigDecimal("767"), 64));
                facts.store(new CscResponse(dealer.getCode() + "-B", year, 2, dealer, ratings()));
                facts.store(new CscResponse(dealer.getCode() + "-C", year, 1, dealer, ratings()));
                facts.store(new CscResponse(dealer.getCode() + "-A", year, 2, dealer, ratings()));
                facts.store(new TrainingScore(year, dealer, LocalDate.of(2024, 12, 30), "TAS-周", new BigDecimal("7.86")));
                facts.store(new TrainingScore(year, dealer, LocalDate.of(2024, 9, 3), "TAS-吴", new BigDecimal("10")));
                facts.store(new CrisisAssessment(year, dealer, LocalDate.of(2024, 2, 28), new BigDecimal("8.55")));
                facts.store(new CrisisAssessment(year, dealer, LocalDate.of(2024, 1, 19), new BigDecimal("7.13")));
                facts.store(new PurchaseVolume(year, dealer, 100));
                facts.store(RebateAdjustment.entered(year, dealer, new BigDecimal("-1"), "second", "admin",
                        NOW.plusSeconds(1)));
                facts.store(RebateAdjustment.imported(year, dealer, new BigDecimal("1"), "first", HASH,
                        dealer == first ? 2 : 3, "admin", NOW));
            }
            facts.store(new SocScore(next, first, SocKind.FINAL, LocalDate.of(2025, 11, 5), new BigDecimal("90")));
            facts.store(new JdpFactorScore(next, first, Fixtures.factor(em, next, "DEAL"), new BigDecimal("1"), 1));
            facts.store(new CscResponse("NEXT", next, 1, first, ratings()));
            facts.store(new TrainingScore(next, first, LocalDate.of(2025, 1, 1), "TAS", BigDecimal.ONE));
            facts.store(new CrisisAssessment(next, first, LocalDate.of(2025, 1, 1), BigDecimal.ONE));
            facts.store(new PurchaseVolume(next, first, 1));
            facts.store(RebateAdjustment.entered(next, first, BigDecimal.ONE, "next", "admin", NOW));
        });
    }

    private static CscResponse.Ratings ratings() {
        return new CscResponse.Ratings(8, 9, null, 10, 7);
    }

    private static JpaFactRepository repository(EntityManager em) {
        JpaFactRepository repository = new JpaFactRepository();
        repository.em = em;
        return repository;
    }

    private static <T> T with(BiFunction<JpaFactRepository, EntityManager, T> work) {
        return db.call(em -> work.apply(repository(em), em));
    }

    /** One year's facts of one kind, each described as dealer code and what orders it within the dealer. */
    private static <T extends YearFact> List<String> ofYear(BiFunction<JpaFactRepository, EvaluationYear, List<T>> kind,
                                                            Function<T, String> key) {
        return with((facts, em) -> kind.apply(facts, Fixtures.findYear(em, 2024)).stream()
                .map(fact -> fact.getDealer().getCode() + " " + key.apply(fact)).toList());
    }

    @Test
    void oneYearsFactsOfEachKindByDealerAndKey() {
        assertEquals(List.of("D0001 BASELINE", "D0001 SPOT:2024-05-06", "D0001 SPOT:2024-09-09", "D0001 FINAL",
                        "D0002 BASELINE", "D0002 SPOT:2024-05-06", "D0002 SPOT:2024-09-09", "D0002 FINAL"),
                ofYear(JpaFactRepository::socScores, SocScore::getSlot));
        assertEquals(List.of("D0001 CSI SERVICE_QUALITY", "D0001 SSI DEAL", "D0001 SSI PAPERWORK",
                        "D0002 CSI SERVICE_QUALITY", "D0002 SSI DEAL", "D0002 SSI PAPERWORK"),
                ofYear(JpaFactRepository::jdpFactorScores, score -> score.getStudy() + " " + score.getFactorCode()));
        assertEquals(List.of("D0001 1 D0001-C", "D0001 2 D0001-A", "D0001 2 D0001-B",
                        "D0002 1 D0002-C", "D0002 2 D0002-A", "D0002 2 D0002-B"),
                ofYear(JpaFactRepository::cscResponses, response -> response.getQuarter() + " "
                        + response.getResponseId()));
        assertEquals(List.of("D0001 2024-09-03", "D0001 2024-12-30", "D0002 2024-09-03", "D0002 2024-12-30"),
                ofYear(JpaFactRepository::trainingScores, score -> score.getSessionDate().toString()));
        assertEquals(List.of("D0001 2024-01-19", "D0001 2024-02-28", "D0002 2024-01-19", "D0002 2024-02-28"),
                ofYear(JpaFactRepository::crisisAssessments, assessment -> assessment.getAssessedOn().toString()));
        assertEquals(List.of("D0001 100", "D0002 100"),
                ofYear(JpaFactRepository::purchaseVolumes, volume -> String.valueOf(volume.getUnits())));
        assertEquals(List.of("D0001 first", "D0001 second", "D0002 first", "D0002 second"),
                ofYear(JpaFactRepository::rebateAdjustments, RebateAdjustment::getReason));
    }

    @Test
    void aFactIsFoundByItsKey() {
        assertEquals(new BigDecimal("76.00"), with((facts, em) -> facts.findSocScore(Fixtures.findYear(em, 2024),
                Fixtures.findDealer(em, "D0001"), SocKind.SPOT, LocalDate.of(2024, 5, 6))).orElseThrow().getScore());
        assertEquals(new BigDecimal("80.50"), with((facts, em) -> facts.findSocScore(Fixtures.findYear(em, 2024),
                Fixtures.findDealer(em, "D0001"), SocKind.FINAL, LocalDate.of(2024, 12, 31))).orElseThrow().getScore(),
                "BASELINE and FINAL are found whatever the date");
        assertTrue(with((facts, em) -> facts.findSocScore(Fixtures.findYear(em, 2024), Fixtures.findDealer(em, "D0001"),
                SocKind.SPOT, LocalDate.of(2024, 5, 7))).isEmpty());

        assertEquals(64, with((facts, em) -> facts.findJdpFactorScore(Fixtures.findYear(em, 2024), JdpStudy.SSI,
                Fixtures.findDealer(em, "D0002"), "DEAL")).orElseThrow().getSampleSize());
        assertTrue(with((facts, em) -> facts.findJdpFactorScore(Fixtures.findYear(em, 2024), JdpStudy.CSI,
                Fixtures.findDealer(em, "D0002"), "DEAL")).isEmpty());

        assertEquals(2025, with((facts, em) -> facts.findCscResponse(" NEXT ")).orElseThrow().getYear().getYear());
        assertTrue(with((facts, em) -> facts.findCscResponse("NONE")).isEmpty());

        assertEquals("TAS-吴", with((facts, em) -> facts.findTrainingScore(Fixtures.findYear(em, 2024),
                Fixtures.findDealer(em, "D0001"), LocalDate.of(2024, 9, 3))).orElseThrow().getTrainer());
        assertEquals(new BigDecimal("7.13"), with((facts, em) -> facts.findCrisisAssessment(Fixtures.findYear(em, 2024),
                Fixtures.findDealer(em, "D0001"), LocalDate.of(2024, 1, 19))).orElseThrow().getScore());
        assertEquals(1, with((facts, em) -> facts.findPurchaseVolume(Fixtures.findYear(em, 2025),
                Fixtures.findDealer(em, "D0001"))).orElseThrow().getUnits());
        assertTrue(with((facts, em) -> facts.findPurchaseVolume(Fixtures.findYear(em, 2025),
                Fixtures.findDealer(em, "D0002"))).isEmpty());
    }

    @Test
    void anImportedLineIsRecognised() {
        assertTrue(hasAdjustmentFrom(HASH, 2));
        assertTrue(hasAdjustmentFrom(HASH.toUpperCase(), 3));
        assertFalse(hasAdjustmentFrom(HASH, 4));
        assertFalse(hasAdjustmentFrom("1".repeat(64), 2));
    }

    private static boolean hasAdjustmentFrom(String hash, int line) {
        return with((facts, em) -> facts.hasAdjustmentFrom(hash, line));
    }

    @Test
    void aFactIsRemoved() {
        with((facts, em) -> {
            facts.remove(facts.findPurchaseVolume(Fixtures.findYear(em, 2024), Fixtures.findDealer(em, "D0002"))
                    .orElseThrow());
            return null;
        });

        assertEquals(List.of("D0001 100"),
                ofYear(JpaFactRepository::purchaseVolumes, volume -> String.valueOf(volume.getUnits())));
    }
}
