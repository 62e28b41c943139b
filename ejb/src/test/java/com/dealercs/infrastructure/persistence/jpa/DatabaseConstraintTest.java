package com.dealercs.infrastructure.persistence.jpa;

import static com.dealercs.infrastructure.persistence.jpa.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.facts.CrisisAssessment;
import com.dealercs.domain.model.facts.CscResponse;
import com.dealercs.domain.model.facts.Inspection;
import com.dealercs.domain.model.facts.JdpFactorScore;
import com.dealercs.domain.model.facts.PurchaseVolume;
import com.dealercs.domain.model.facts.RebateAdjustment;
import com.dealercs.domain.model.facts.SocKind;
import com.dealercs.domain.model.facts.SocScore;
import com.dealercs.domain.model.facts.TrainingScore;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The database refuses what the entities refuse, so that a write that bypasses them (a bug, a
 * script, a second writer) cannot leave a fact the calculation would trip over: the keys of
 * interfaces.md §1 and the value ranges, on H2 as the same migration builds them on MySQL.
 */
class DatabaseConstraintTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.emptiedBeforeEach();
    private static final String HASH = "ab".repeat(32);

    private long yearId;
    private long dealerId;
    private long inspectionId;
    private long checkpointId;

    @BeforeEach
    void givenAYearADealerAndADraftInspection() {
        db.run(em -> {
            EvaluationYear year = Fixtures.year(em, 2024);
            Dealer dealer = Fixtures.dealer(em, Fixtures.region(em, "华北"), "D0001");
            Inspection inspection = new Inspection(year, 1, dealer, ChecklistMap.SSI_MAP, LocalDate.of(2024, 3, 8),
                    "李娜");
            em.persist(inspection);
            em.flush();
            yearId = year.getId();
            dealerId = dealer.getId();
            inspectionId = inspection.getId();
            checkpointId = Fixtures.checkpoint(em, year, "SSI-ENV-01").getId();
        });
    }

    // --- keys: two entities the domain allows to exist side by side, the table does not ---

    @Test
    void oneBaselineAndOneFinalPerDealerYear() {
        twice("uk_soc_score", (em, year) -> em.persist(new SocScore(year, dealer(em), SocKind.BASELINE,
                LocalDate.of(2024, 1, 20), new BigDecimal("70"))));
        twice("uk_soc_score", (em, year) -> em.persist(new SocScore(year, dealer(em), SocKind.FINAL,
                LocalDate.of(2024, 11, 20), new BigDecimal("80"))));
    }

    @Test
    void oneSpotCheckPerDayButAnyNumberOfDays() {
        twice("uk_soc_score", (em, year) -> em.persist(new SocScore(year, dealer(em), SocKind.SPOT,
                LocalDate.of(2024, 5, 6), new BigDecimal("70"))));
        db.run(em -> em.persist(new SocScore(Fixtures.findYear(em, 2024), dealer(em), SocKind.SPOT,
                LocalDate.of(2024, 5, 7), new BigDecimal("70"))));
    }

    @Test
    void oneInspectionPerDealerChecklistAndDate() {
        assertRefused("uk_inspection", () -> db.run(em -> em.persist(new Inspection(Fixtures.findYear(em, 2024), 2,
                dealer(em), ChecklistMap.SSI_MAP, LocalDate.of(2024, 3, 8), "王伟"))));
        db.run(em -> em.persist(new Inspection(Fixtures.findYear(em, 2024), 1, dealer(em), ChecklistMap.CS_MAP,
                LocalDate.of(2024, 3, 8), "李娜")));
    }

    @Test
    void oneJdpIndexPerStudyDealerAndFactor() {
        twice("uk_jdp_factor_score", (em, year) -> em.persist(new JdpFactorScore(year, dealer(em),
                Fixtures.factor(em, year, "DEAL"), new BigDecimal("750"), 45)));
    }

    @Test
    void aCscResponseIdOnceAcrossAllYears() {
        db.run(em -> Fixtures.year(em, 2025));
        db.run(em -> em.persist(new CscResponse("R1", Fixtures.findYear(em, 2024), 4, dealer(em),
                new CscResponse.Ratings(1, 2, 3, 4, 5))));
        assertRefused("uk_csc_response", () -> db.run(em -> em.persist(new CscResponse("R1",
                Fixtures.findYear(em, 2025), 1, dealer(em), new CscResponse.Ratings(1, 2, 3, 4, 5)))));
    }

    @Test
    void oneTrainingScoreAndOneCrisisAssessmentPerDealerAndDay() {
        twice("uk_training_score", (em, year) -> em.persist(new TrainingScore(year, dealer(em),
                LocalDate.of(2024, 9, 3), "TAS-吴", new BigDecimal("8"))));
        twice("uk_crisis_assessment", (em, year) -> em.persist(new CrisisAssessment(year, dealer(em),
                LocalDate.of(2024, 2, 28), new BigDecimal("8"))));
    }

    @Test
    void onePurchaseVolumePerDealerYear() {
        twice("uk_purchase_volume", (em, year) -> em.persist(new PurchaseVolume(year, dealer(em), 10)));
    }

    @Test
    void aLineOfAnImportedFileBecomesOneAdjustmentButManualOnesAreUnlimited() {
        twice("uk_rebate_adjustment_source", (em, year) -> em.persist(RebateAdjustment.imported(year, dealer(em),
                BigDecimal.TEN, "奖励", HASH, 2, "admin", NOW)));
        db.run(em -> {
            em.persist(RebateAdjustment.entered(Fixtures.findYear(em, 2024), dealer(em), BigDecimal.ONE, "一", "admin",
                    NOW));
            em.persist(RebateAdjustment.entered(Fixtures.findYear(em, 2024), dealer(em), BigDecimal.ONE, "一", "admin",
                    NOW));
        });
    }

    @Test
    void oneResultPerInspectionAndCheckpoint() throws SQLException {
        db.run(em -> em.find(Inspection.class, inspectionId).record(Fixtures.checkpoint(em,
                Fixtures.findYear(em, 2024), "SSI-ENV-01"), CheckpointOutcome.PASS, null));
        try (Connection jdbc = db.connect(); Statement sql = jdbc.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "insert into checkpoint_result (inspection_id, checkpoint_id, result) values ("
                            + inspectionId + ", " + checkpointId + ", 'FAIL')"));
            assertNames("checkpoint_result(inspection_id, checkpoint_id)", refused); // H2 names its primary keys itself
        }
    }

    // --- values: each refused row next to the same row with an acceptable value ---

    static Stream<Arguments> valuesTheEntitiesRefuse() {
        String soc = "insert into soc_score (year_id, dealer_id, kind, slot, visit_date, score)"
                + " values ({year}, {dealer}, %s, 'SPOT:2024-05-06', '2024-05-06', %s)";
        String jdp = "insert into jdp_factor_score (year_id, study, dealer_id, factor_code, index_score, sample_size)"
                + " values ({year}, %s, {dealer}, 'DEAL', %s, %s)";
        String csc = "insert into csc_response (year_id, quarter, dealer_id, response_id, awareness, attitude,"
                + " communication, experience, first_time_resolution) values ({year}, %s, {dealer}, 'R9', %s, 5, 5, 5, %s)";
        String inspection = "insert into inspection (year_id, quarter, dealer_id, map, inspection_date, inspector,"
                + " status, version) values ({year}, %s, {dealer}, %s, '2024-06-01', %s, %s, 1)";
        String adjustment = "insert into rebate_adjustment (year_id, dealer_id, amount, reason, created_at, created_by)"
                + " values ({year}, {dealer}, -5000.00, %s, '2024-12-01 10:00:00', 'admin')";
        return Stream.of(
                refuse("an inspection in quarter 5", inspection, "4, 'SSI_MAP', 'x', 'DRAFT'", "5, 'SSI_MAP', 'x', 'DRAFT'"),
                refuse("an inspection in quarter 0", inspection, "1, 'SSI_MAP', 'x', 'DRAFT'", "0, 'SSI_MAP', 'x', 'DRAFT'"),
                refuse("an unknown checklist", inspection, "1, 'CS_MAP', 'x', 'DRAFT'", "1, 'XX_MAP', 'x', 'DRAFT'"),
                refuse("an unknown inspection status", inspection, "1, 'CS_MAP', 'x', 'APPROVED'", "1, 'CS_MAP', 'x', 'DONE'"),
                refuse("an inspection without inspector", inspection, "1, 'CS_MAP', 'x', 'DRAFT'", "1, 'CS_MAP', null, 'DRAFT'"),
                refuse("an unknown checkpoint mark", "insert into checkpoint_result (inspection_id, checkpoint_id,"
                        + " result) values ({inspection}, {checkpoint}, %s)", "'NA'", "'OK'"),
                refuse("a result of no checkpoint", "insert into checkpoint_result (inspection_id, checkpoint_id,"
                        + " result) values ({inspection}, %s, 'PASS')", "{checkpoint}", "-1"),
                refuse("an unknown SOC kind", soc, "'SPOT', 50", "'MID', 50"),
                refuse("a SOC score above 100", soc, "'SPOT', 100", "'SPOT', 100.01"),
                refuse("a negative SOC score", soc, "'SPOT', 0", "'SPOT', -0.01"),
                refuse("a SOC score of no dealer", "insert into soc_score (year_id, dealer_id, kind, slot, visit_date,"
                        + " score) values ({year}, %s, 'FINAL', 'FINAL', '2024-11-06', 50)", "{dealer}", "-1"),
                refuse("an unknown study", jdp, "'CSI', 500, 30", "'NPS', 500, 30"),
                refuse("a J.D. Power index above 1000", jdp, "'SSI', 1000, 30", "'SSI', 1000.01, 30"),
                refuse("a negative sample size", jdp, "'SSI', 0, 0", "'SSI', 0, -1"),
                refuse("a CSC response in quarter 5", csc, "4, 0, 10", "5, 0, 10"),
                refuse("a CSC rating above 10", csc, "1, 10, null", "1, 11, null"),
                refuse("a negative CSC rating", csc, "1, null, 0", "1, null, -1"),
                refuse("a training score above 10", "insert into training_score (year_id, dealer_id, session_date,"
                        + " trainer, score) values ({year}, {dealer}, '2024-09-03', 'TAS', %s)", "10", "10.01"),
                refuse("a negative crisis-plan score", "insert into crisis_assessment (year_id, dealer_id, assessed_on,"
                        + " score) values ({year}, {dealer}, '2024-02-28', %s)", "0", "-0.01"),
                refuse("negative units", "insert into purchase_volume (year_id, dealer_id, units)"
                        + " values ({year}, {dealer}, %s)", "0", "-1"),
                refuse("an adjustment without reason", adjustment, "'x'", "''"),
                refuse("an adjustment with a null reason", adjustment, "'x'", "null"));
    }

    private static Arguments refuse(String what, String template, String acceptable, String refused) {
        return Arguments.of(what, template, acceptable, refused);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesTheEntitiesRefuse")
    void theDatabaseRefuses(String what, String template, String acceptable, String refused) throws SQLException {
        try (Connection jdbc = db.connect(); Statement sql = jdbc.createStatement()) {
            jdbc.setAutoCommit(false);
            assertDoesNotThrow(() -> sql.executeUpdate(statement(template, acceptable)), "the row is otherwise fine");
            jdbc.rollback();
            SQLException refusal = assertThrows(SQLException.class,
                    () -> sql.executeUpdate(statement(template, refused)), what);
            assertTrue(refusal.getSQLState().startsWith("23"), "an integrity constraint, not " + refusal);
            jdbc.rollback();
        }
    }

    private String statement(String template, String values) {
        return String.format(template, (Object[]) values.split(", (?=(?:[^']*'[^']*')*[^']*$)"))
                .replace("{year}", String.valueOf(yearId))
                .replace("{dealer}", String.valueOf(dealerId))
                .replace("{inspection}", String.valueOf(inspectionId))
                .replace("{checkpoint}", String.valueOf(checkpointId));
    }

    // --- helpers ---

    /** Stores the same fact twice, in two transactions: the second is refused by the constraint. */
    private static void twice(String constraint, BiConsumer<EntityManager, EvaluationYear> store) {
        db.run(em -> store.accept(em, Fixtures.findYear(em, 2024)));
        assertRefused(constraint, () -> db.run(em -> store.accept(em, Fixtures.findYear(em, 2024))));
    }

    private static void assertRefused(String constraint, org.junit.jupiter.api.function.Executable write) {
        assertNames(constraint, assertThrows(PersistenceException.class, write));
    }

    private static void assertNames(String constraint, Throwable refused) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        assertTrue(messages.toString().toLowerCase(Locale.ROOT).contains(constraint), messages.toString());
    }

    private static Dealer dealer(EntityManager em) {
        return Fixtures.findDealer(em, "D0001");
    }
}
