package com.dealercs.domain.model.facts;

import static com.dealercs.domain.model.facts.Given.NOW;
import static com.dealercs.domain.model.facts.Given.dealer;
import static com.dealercs.domain.model.facts.Given.item;
import static com.dealercs.domain.model.facts.Given.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.domain.model.year.EvaluationYear;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The workflow of an entered inspection (interfaces.md §2): DRAFT → SUBMITTED → APPROVED by
 * another than its author, returned with a reason, reopened for a correction; what each step
 * refuses. The service checks the same first to name the problems; the entity is the last guard.
 */
class InspectionWorkflowTest {

    private static final Instant LATER = NOW.plusSeconds(3600);

    private final EvaluationYear year = year(2024);
    private final ChecklistItem environment = item(year, ChecklistMap.CS_MAP, "CS-HW");
    private final Checkpoint first = environment.getCheckpoints().get(0);
    private final Checkpoint second = environment.getCheckpoints().get(1);
    private final List<Checkpoint> checklist = List.of(first, second);

    private Inspection entered() {
        return Inspection.entered(year, 2, dealer(), ChecklistMap.CS_MAP, LocalDate.of(2024, 5, 14), "王敏",
                "supervisor", NOW);
    }

    private Inspection submitted() {
        Inspection inspection = entered();
        inspection.record(first, CheckpointOutcome.PASS, null);
        inspection.record(second, CheckpointOutcome.FAIL, "休息室无空调");
        inspection.submit(checklist, "supervisor", NOW);
        return inspection;
    }

    @Test
    void anEnteredInspectionIsADraftOfItsAuthor() {
        Inspection inspection = entered();

        assertEquals(InspectionStatus.DRAFT, inspection.getStatus());
        assertEquals(InspectionSource.ENTERED, inspection.getSource());
        assertEquals("supervisor", inspection.getAuthor());
        assertTrue(inspection.isAuthor("supervisor"));
        assertFalse(inspection.isAuthor("approver"));
        assertEquals("supervisor", inspection.getSavedBy());
        assertEquals(NOW, inspection.getSavedAt());
        assertFalse(inspection.isBeingCorrected());
        assertTrue(inspection.getResults().isEmpty());
    }

    @Test
    void aDraftIsSubmittedOnlyWithEveryCheckpointAnsweredEveryFailCommentedAndSomethingApplicable() {
        Inspection inspection = entered();
        inspection.record(first, CheckpointOutcome.PASS, null);

        refused("has no result yet", () -> inspection.submit(checklist, "supervisor", NOW));
        inspection.record(second, CheckpointOutcome.FAIL, " ");
        refused("needs a comment", () -> inspection.submit(checklist, "supervisor", NOW));
        assertEquals(InspectionStatus.DRAFT, inspection.getStatus());

        Inspection nothingApplicable = entered();
        nothingApplicable.record(first, CheckpointOutcome.NA, null);
        nothingApplicable.record(second, CheckpointOutcome.NA, null);
        refused("without any PASS or FAIL", () -> nothingApplicable.submit(checklist, "supervisor", NOW));

        inspection.record(second, CheckpointOutcome.FAIL, "休息室无空调");
        inspection.submit(checklist, "supervisor", LATER);
        assertEquals(InspectionStatus.SUBMITTED, inspection.getStatus());
        assertEquals(LATER, inspection.getSavedAt());
        refused("not changed; only a draft is", () -> inspection.record(first, CheckpointOutcome.FAIL, "x"));
        refused("not changed; only a draft is", () -> inspection.clear(first));
        refused("not changed; only a draft is", () -> inspection.submit(checklist, "supervisor", NOW));
    }

    @Test
    void aCheckpointOfAnotherChecklistIsNeitherMarkedNorSubmitted() {
        Inspection inspection = entered();
        Checkpoint sales = item(year, ChecklistMap.SSI_MAP, "SSI-ENV").getCheckpoints().get(0);

        assertThrows(IllegalArgumentException.class, () -> inspection.record(sales, CheckpointOutcome.PASS, null));
        inspection.record(first, CheckpointOutcome.PASS, null);
        inspection.record(second, CheckpointOutcome.PASS, null);
        assertThrows(IllegalArgumentException.class,
                () -> inspection.submit(List.of(first, second, sales), "supervisor", NOW));
    }

    @Test
    void aResultTakenAwayIsUnansweredAgain() {
        Inspection inspection = entered();
        inspection.record(first, CheckpointOutcome.PASS, null);

        inspection.clear(first);

        assertTrue(inspection.result(first).isEmpty());
        refused("has no result yet", () -> inspection.submit(checklist, "supervisor", NOW));
    }

    @Test
    void theAuthorNeverApprovesAnotherDoesAndOnlyASubmittedOne() {
        Inspection draft = entered();
        draft.record(first, CheckpointOutcome.PASS, null);
        refused("Only a submitted inspection is approved", () -> draft.approve("approver", NOW));

        Inspection inspection = submitted();
        refused("never approves it", () -> inspection.approve("supervisor", NOW));
        assertEquals(InspectionStatus.SUBMITTED, inspection.getStatus());

        inspection.approve("approver", LATER);
        assertTrue(inspection.isApproved());
        assertEquals("approver", inspection.getApprovedBy());
        assertEquals(LATER, inspection.getApprovedAt());
        assertEquals("approver", inspection.getSavedBy());
        refused("Only a submitted inspection is approved", () -> inspection.approve("approver", NOW));
        refused("not changed; only a draft is", () -> inspection.record(first, CheckpointOutcome.FAIL, "x"));
    }

    @Test
    void anotherReturnsASubmittedInspectionWithAReasonThatAnApprovalClears() {
        Inspection inspection = submitted();

        refused("does not return it to themselves", () -> inspection.returnToAuthor("不清楚", "supervisor", NOW));
        assertThrows(IllegalArgumentException.class, () -> inspection.returnToAuthor(" ", "approver", NOW));
        inspection.returnToAuthor("CS-HW-02 的说明不清楚", "approver", LATER);

        assertEquals(InspectionStatus.DRAFT, inspection.getStatus());
        assertEquals("CS-HW-02 的说明不清楚", inspection.getReturnReason());
        assertEquals("approver", inspection.getSavedBy());
        refused("Only a submitted inspection is returned", () -> inspection.returnToAuthor("again", "approver", NOW));

        inspection.record(second, CheckpointOutcome.FAIL, "休息室空调坏了");
        inspection.submit(checklist, "supervisor", NOW);
        inspection.approve("approver", NOW);
        assertNull(inspection.getReturnReason());
    }

    @Test
    void anApprovedInspectionIsReopenedWithAReasonAndIsCorrectedUntilApprovedAgain() {
        Inspection inspection = submitted();
        refused("Only an approved inspection is reopened", () -> inspection.reopen("记错了", "supervisor", NOW));
        inspection.approve("approver", NOW);

        assertThrows(IllegalArgumentException.class, () -> inspection.reopen("", "supervisor", NOW));
        inspection.reopen("CS-HW-01 记错了", "supervisor", LATER);

        assertEquals(InspectionStatus.DRAFT, inspection.getStatus());
        assertFalse(inspection.isApproved());
        assertEquals("CS-HW-01 记错了", inspection.getReopenReason());
        assertTrue(inspection.isBeingCorrected());
        inspection.record(first, CheckpointOutcome.FAIL, "前台积灰");
        inspection.submit(checklist, "supervisor", LATER);
        refused("never approves it", () -> inspection.approve("supervisor", LATER));
        inspection.approve("approver", LATER);
        assertFalse(inspection.isBeingCorrected(), "approved again: the correction is over");
        assertNull(inspection.getReopenReason());
    }

    @Test
    void anImportedInspectionHasNoWorkflow() {
        Inspection imported = new Inspection(year, 2, dealer(), ChecklistMap.CS_MAP, LocalDate.of(2024, 5, 14), "王敏");
        imported.record(first, CheckpointOutcome.PASS, null);
        imported.record(second, CheckpointOutcome.PASS, null);

        assertEquals(InspectionSource.IMPORTED, imported.getSource());
        assertNull(imported.getAuthor());
        refused("importing it again", () -> imported.submit(checklist, "supervisor", NOW));
        refused("importing it again", () -> imported.approve("approver", NOW));
        refused("importing it again", () -> imported.clear(first));
        imported.approve();
        assertTrue(imported.isApproved());
        refused("importing it again", () -> imported.reopen("x", "supervisor", NOW));

        Inspection entered = submitted();
        refused("approved by another HQ user, not by an import", entered::approve);
    }

    @Test
    void aLockedYearRefusesEveryStep() {
        Inspection draft = entered();
        draft.record(first, CheckpointOutcome.PASS, null);
        draft.record(second, CheckpointOutcome.PASS, null);
        Inspection inspection = submitted();
        Inspection approved = submitted();
        approved.approve("approver", NOW);

        year.approve();

        assertThrows(IllegalStateException.class, () -> draft.record(first, CheckpointOutcome.FAIL, "x"));
        assertThrows(IllegalStateException.class, () -> draft.submit(checklist, "supervisor", NOW));
        assertThrows(IllegalStateException.class, () -> inspection.approve("approver", NOW));
        assertThrows(IllegalStateException.class, () -> inspection.returnToAuthor("x", "approver", NOW));
        assertThrows(IllegalStateException.class, () -> approved.reopen("x", "supervisor", NOW));
        assertEquals(InspectionStatus.SUBMITTED, inspection.getStatus());
        assertTrue(approved.isApproved());
    }

    private static void refused(String reason, Executable action) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, action);
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
