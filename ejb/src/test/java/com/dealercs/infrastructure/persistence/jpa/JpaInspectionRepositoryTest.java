package com.dealercs.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.facts.Inspection;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.Region;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaInspectionRepositoryTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.emptiedBeforeEach();

    /** Two years, two dealers; inspections of 2024 in a scrambled order, one of them a draft. */
    @BeforeEach
    void givenInspections() {
        db.run(em -> {
            EvaluationYear year = Fixtures.year(em, 2024);
            EvaluationYear next = Fixtures.year(em, 2025);
            Region north = Fixtures.region(em, "华北");
            Dealer second = Fixtures.dealer(em, north, "D0002");
            Dealer first = Fixtures.dealer(em, north, "D0001");
            em.flush();
            inspection(em, year, second, ChecklistMap.SSI_MAP, LocalDate.of(2024, 2, 1), true);
            inspection(em, year, first, ChecklistMap.SSI_MAP, LocalDate.of(2024, 9, 1), true);
            inspection(em, year, first, ChecklistMap.CS_MAP, LocalDate.of(2024, 3, 1), true);
            inspection(em, year, first, ChecklistMap.SSI_MAP, LocalDate.of(2024, 3, 1), true);
            inspection(em, year, first, ChecklistMap.SSI_MAP, LocalDate.of(2024, 12, 1), false);
            inspection(em, next, first, ChecklistMap.SSI_MAP, LocalDate.of(2025, 1, 10), true);
        });
    }

    private static void inspection(EntityManager em, EvaluationYear year, Dealer dealer, ChecklistMap map,
                                   LocalDate date, boolean approved) {
        Inspection inspection = new Inspection(year, (date.getMonthValue() + 2) / 3, dealer, map, date, "李娜");
        String prefix = map == ChecklistMap.SSI_MAP ? "SSI-ENV-0" : "CS-HW-0";
        inspection.record(Fixtures.checkpoint(em, year, prefix + "1"), CheckpointOutcome.PASS, null);
        inspection.record(Fixtures.checkpoint(em, year, prefix + "2"), CheckpointOutcome.FAIL, "差");
        inspection.record(Fixtures.checkpoint(em, year, prefix + "3"), CheckpointOutcome.NA, null);
        if (approved) {
            inspection.approve();
        }
        em.persist(inspection);
    }

    @Test
    void failedCheckpointsAreTheFailsOfTheDealersApprovedInspectionsOfTheYearByDate() {
        List<com.dealercs.domain.model.facts.FailedCheckpoint> failed =
                withRepository((repository, em) -> repository.failedCheckpoints(2024, "D0001"));

        // D0001's approved 2024 inspections: CS-MAP and SSI-MAP on 1 March, SSI-MAP on 1 September;
        // not the draft of December, not 2025, not D0002
        assertEquals(List.of("2024-03-01 CS_MAP Q1 CS-HW-02 差", "2024-03-01 SSI_MAP Q1 SSI-ENV-02 差",
                        "2024-09-01 SSI_MAP Q3 SSI-ENV-02 差"),
                failed.stream().map(f -> f.inspectionDate() + " " + f.map() + " Q" + f.quarter() + " "
                        + f.checkpointCode() + " " + f.comment()).toList());
        assertTrue(failed.stream().allMatch(f -> !f.nameZh().isBlank() && !f.nameEn().isBlank()));
        assertEquals(1, withRepository((repository, em) -> repository.failedCheckpoints(2024, "D0002")).size());
        assertEquals(0, withRepository((repository, em) -> repository.failedCheckpoints(2023, "D0001")).size());
    }

    private static <T> T withRepository(BiFunction<JpaInspectionRepository, EntityManager, T> work) {
        return db.call(em -> {
            JpaInspectionRepository repository = new JpaInspectionRepository();
            repository.em = em;
            return work.apply(repository, em);
        });
    }

    @Test
    void removingAnInspectionRemovesItsResults() {
        db.run(em -> em.remove(em.createQuery("select i from Inspection i where i.dealer.code = 'D0001'"
                + " and i.map = :map and i.inspectionDate = :date", Inspection.class)
                .setParameter("map", ChecklistMap.SSI_MAP).setParameter("date", LocalDate.of(2024, 12, 1))
                .getSingleResult()));

        long results = db.call(em -> em.createQuery("select count(r) from CheckpointResult r", Long.class)
                .getSingleResult());
        assertEquals(15, results, "five inspections of three results remain");
    }
}
