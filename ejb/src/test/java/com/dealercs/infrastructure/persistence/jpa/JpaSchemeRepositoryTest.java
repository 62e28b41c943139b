package com.dealercs.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.infrastructure.scheme.DefaultScheme;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A year's checklist as the inspections show it: items and their checkpoints in the scheme's order. */
class JpaSchemeRepositoryTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.emptiedBeforeEach();

    @Test
    void theChecklistIsInTheSchemesOrderItemByItemAndCheckpointByCheckpoint() {
        db.run(em -> Fixtures.year(em, 2024));

        for (ChecklistMap map : ChecklistMap.values()) {
            List<String> expected = db.call(em -> DefaultScheme.checklists(Fixtures.findYear(em, 2024)).stream()
                    .filter(item -> item.getMap() == map)
                    .flatMap(item -> item.getCheckpoints().stream()).map(Checkpoint::getCode).toList());
            List<String> read = db.call(em -> {
                JpaSchemeRepository repository = new JpaSchemeRepository();
                repository.em = em;
                return repository.checklist(2024, map).stream().flatMap(item -> item.getCheckpoints().stream())
                        .map(Checkpoint::getCode).toList();
            });
            assertEquals(expected, read, map.name());
        }
        List<String> items = db.call(em -> {
            JpaSchemeRepository repository = new JpaSchemeRepository();
            repository.em = em;
            return repository.checklist(2024, ChecklistMap.CS_MAP).stream().map(ChecklistItem::getCode).toList();
        });
        assertEquals(List.of("CS-HW", "CS-STAFF", "CS-PROC", "CS-QUAL"), items);
    }
}
