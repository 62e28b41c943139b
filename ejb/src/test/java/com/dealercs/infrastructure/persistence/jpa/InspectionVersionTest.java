package com.dealercs.infrastructure.persistence.jpa;

import static com.dealercs.infrastructure.persistence.jpa.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.facts.Inspection;
import com.dealercs.domain.model.facts.InspectionSource;
import com.dealercs.domain.model.facts.InspectionStatus;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The version of an entered inspection, which a save must name (optimistic locking,
 * interfaces.md §2): {@link JpaInspectionRepository#changed} makes every change a new version, even
 * one that touches only its checkpoint results (other rows), and the version read after it is the
 * one stored. A save on an older version fails in the database too.
 */
class InspectionVersionTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.emptiedBeforeEach();

    private long id;
    private long version;

    /** A CS-MAP draft of D0001 with CS-HW-01 PASS, entered by "supervisor". */
    @BeforeEach
    void givenADraft() {
        Inspection stored = db.call(em -> {
            EvaluationYear year = Fixtures.year(em, 2024);
            Dealer dealer = Fixtures.dealer(em, Fixtures.region(em, "华北"), "D0001");
            em.flush();
            Inspection inspection = Inspection.entered(year, 2, dealer, ChecklistMap.CS_MAP, LocalDate.of(2024, 5, 14),
                    "王敏", "supervisor", NOW);
            inspection.record(Fixtures.checkpoint(em, year, "CS-HW-01"), CheckpointOutcome.PASS, null);
            repository(em).add(inspection);
            return inspection;
        });
        id = stored.getId();
        version = stored.getVersion();
    }

    @Test
    void anEnteredDraftIsStoredWithItsAuthorAndSource() {
        db.run(em -> {
            Inspection inspection = repository(em).find(id).orElseThrow();
            assertEquals(InspectionSource.ENTERED, inspection.getSource());
            assertEquals(InspectionStatus.DRAFT, inspection.getStatus());
            assertEquals("supervisor", inspection.getAuthor());
            assertEquals("supervisor", inspection.getSavedBy());
            assertEquals(NOW, inspection.getSavedAt());
            assertEquals(1, inspection.getResults().size());
        });
    }

    @Test
    void aChangedResultAloneIsANewVersion() {
        long changed = change((inspection, em) -> inspection.record(checkpoint(em, "CS-HW-01"),
                CheckpointOutcome.FAIL, "前台积灰"));

        assertEquals(version + 1, changed, "one change, one version");
        assertEquals(changed, stored(), "the version the save answers is the one stored");
        assertEquals(CheckpointOutcome.FAIL, db.call(em -> repository(em).find(id).orElseThrow()
                .result(checkpoint(em, "CS-HW-01")).orElseThrow().getOutcome()));
    }

    @Test
    void aNewResultAloneIsANewVersion() {
        long changed = change((inspection, em) -> inspection.record(checkpoint(em, "CS-HW-02"),
                CheckpointOutcome.PASS, null));

        assertEquals(version + 1, changed);
        assertEquals(changed, stored());
    }

    @Test
    void aResultTakenAwayIsANewVersion() {
        long changed = change((inspection, em) -> inspection.clear(checkpoint(em, "CS-HW-01")));

        assertEquals(version + 1, changed);
        assertEquals(changed, stored());
        assertTrue(db.<Boolean>call(em -> repository(em).find(id).orElseThrow().getResults().isEmpty()));
    }

    @Test
    void aSaveThatAlsoChangesTheInspectionItselfIsOneNewVersion() {
        long changed = change((inspection, em) -> {
            inspection.record(checkpoint(em, "CS-HW-02"), CheckpointOutcome.PASS, null);
            inspection.saved("approver", NOW.plusSeconds(60));
        });

        assertEquals(changed, stored());
        assertTrue(changed > version);
        long again = change((inspection, em) -> inspection.saved("supervisor", NOW.plusSeconds(120)));
        assertEquals(again, stored());
        assertTrue(again > changed);
    }

    @Test
    void aSaveOnAnOlderVersionFailsInTheDatabaseToo() {
        EntityManager late = db.emf().createEntityManager();
        try {
            late.getTransaction().begin();
            Inspection stale = late.find(Inspection.class, id);
            change((inspection, em) -> inspection.record(checkpoint(em, "CS-HW-02"), CheckpointOutcome.PASS, null));

            stale.record(checkpointIn(late, stale, "CS-HW-03"), CheckpointOutcome.FAIL, "x");
            PersistenceException refused = assertThrows(PersistenceException.class, () -> repository(late).changed(stale));
            assertTrue(refused instanceof OptimisticLockException || refused.getCause() instanceof OptimisticLockException
                    || String.valueOf(refused.getMessage()).contains("ptimistic"), String.valueOf(refused));
        } finally {
            TestDatabase.close(late);
        }
        assertEquals(version + 1, stored(), "the first save stands, the stale one left nothing");
        assertTrue(db.<Boolean>call(em -> repository(em).find(id).orElseThrow().result(checkpoint(em, "CS-HW-03")).isEmpty()));
    }

    /** Applies the change in a transaction of its own, as a save does; answers the version read after it. */
    private long change(BiConsumer<Inspection, EntityManager> change) {
        return db.call(em -> {
            JpaInspectionRepository repository = repository(em);
            Inspection inspection = repository.findForUpdate(id).orElseThrow();
            change.accept(inspection, em);
            repository.changed(inspection);
            return inspection.getVersion();
        });
    }

    private long stored() {
        List<Long> versions = new ArrayList<>();
        db.run(em -> versions.add(((Number) em.createNativeQuery("select version from inspection where id = ?")
                .setParameter(1, id).getSingleResult()).longValue()));
        return versions.get(0);
    }

    private static Checkpoint checkpoint(EntityManager em, String code) {
        return Fixtures.checkpoint(em, Fixtures.findYear(em, 2024), code);
    }

    private static Checkpoint checkpointIn(EntityManager em, Inspection inspection, String code) {
        ChecklistItem item = Fixtures.item(em, inspection.getYear(), ChecklistMap.CS_MAP, "CS-HW");
        return item.getCheckpoints().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static JpaInspectionRepository repository(EntityManager em) {
        JpaInspectionRepository repository = new JpaInspectionRepository();
        repository.em = em;
        return repository;
    }
}
