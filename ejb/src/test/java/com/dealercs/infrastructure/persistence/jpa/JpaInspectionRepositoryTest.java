package com.dealercs.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.facts.Inspection;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.Region;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaInspectionRepositoryTest {

    private static TestDatabase db;

    @BeforeAll
    static void start() {
        db = TestDatabase.start();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    /** Two years, two dealers; inspections of 2024 in a scrambled order, one of them a draft. */
    @BeforeEach
    void givenInspections() {
        db.clear();
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
        JpaInspectionRepository repository = new JpaInspectionRepository();
        repository.em = em;
        repository.store(inspection);
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
    void theApprovedInspectionsOfAYearWithTheirResultsInAFixedOrder() {
        List<String> approved = withRepository((inspections, em) -> inspections
                .approvedOf(Fixtures.findYear(em, 2024)).stream()
                .map(inspection -> inspection.getDealer().getCode() + " " + inspection.getMap() + " "
                        + inspection.getInspectionDate() + " " + inspection.getResults().size())
                .toList());

        assertEquals(List.of(
                "D0001 CS_MAP 2024-03-01 3",
                "D0001 SSI_MAP 2024-03-01 3",
                "D0001 SSI_MAP 2024-09-01 3",
                "D0002 SSI_MAP 2024-02-01 3"), approved, "no draft, no other year, each inspection once");
    }

    @Test
    void everyInspectionOfADealerDraftsIncluded() {
        List<String> ofDealer = withRepository((inspections, em) -> inspections
                .of(Fixtures.findYear(em, 2024), Fixtures.findDealer(em, "D0001")).stream()
                .map(inspection -> inspection.getInspectionDate() + " " + inspection.getMap() + " "
                        + inspection.getStatus()).toList());

        assertEquals(List.of("2024-03-01 CS_MAP APPROVED", "2024-03-01 SSI_MAP APPROVED",
                "2024-09-01 SSI_MAP APPROVED", "2024-12-01 SSI_MAP DRAFT"), ofDealer);
    }

    @Test
    void anInspectionIsFoundByItsKeyAndById() {
        Inspection found = withRepository((inspections, em) -> inspections.find(Fixtures.findDealer(em, "D0001"),
                ChecklistMap.CS_MAP, LocalDate.of(2024, 3, 1)).orElseThrow());
        assertEquals(ChecklistMap.CS_MAP, found.getMap());
        assertEquals(found.getInspectionDate(), withRepository((inspections, em) -> inspections.find(found.getId())
                .orElseThrow()).getInspectionDate());
        assertTrue(withRepository((inspections, em) -> inspections.find(Fixtures.findDealer(em, "D0002"),
                ChecklistMap.CS_MAP, LocalDate.of(2024, 3, 1))).isEmpty());
        assertTrue(withRepository((inspections, em) -> inspections.find(-1L)).isEmpty());
    }

    @Test
    void changingOnlyResultsStillRaisesTheVersion() {
        long id = withRepository((inspections, em) -> inspections.find(Fixtures.findDealer(em, "D0002"),
                ChecklistMap.SSI_MAP, LocalDate.of(2024, 2, 1)).orElseThrow()).getId();
        EntityManager first = db.emf().createEntityManager();
        EntityManager second = db.emf().createEntityManager();
        try {
            JpaInspectionRepository one = new JpaInspectionRepository();
            one.em = first;
            JpaInspectionRepository other = new JpaInspectionRepository();
            other.em = second;
            first.getTransaction().begin();
            second.getTransaction().begin();
            // queries first: a query flushes, and the forced increment with it, which would make the
            // second writer wait for the first here (one thread) instead of failing at its commit
            Checkpoint myCheckpoint = Fixtures.checkpoint(first, Fixtures.findYear(first, 2024), "SSI-ENV-03");
            Checkpoint theirCheckpoint = Fixtures.checkpoint(second, Fixtures.findYear(second, 2024), "SSI-ENV-03");
            Inspection mine = one.findForChange(id).orElseThrow();
            Inspection theirs = other.findForChange(id).orElseThrow();

            mine.record(myCheckpoint, CheckpointOutcome.PASS, null);
            first.getTransaction().commit();
            theirs.record(theirCheckpoint, CheckpointOutcome.FAIL, null);
            RollbackException lost = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
            assertTrue(lost.getCause() instanceof OptimisticLockException, String.valueOf(lost.getCause()));
        } finally {
            TestDatabase.close(first);
            TestDatabase.close(second);
        }
    }

    @Test
    void removingAnInspectionRemovesItsResults() {
        withRepository((inspections, em) -> {
            inspections.remove(inspections.find(Fixtures.findDealer(em, "D0001"), ChecklistMap.SSI_MAP,
                    LocalDate.of(2024, 12, 1)).orElseThrow());
            return null;
        });

        long results = db.call(em -> em.createQuery("select count(r) from CheckpointResult r", Long.class)
                .getSingleResult());
        assertEquals(15, results, "five inspections of three results remain");
    }
}
