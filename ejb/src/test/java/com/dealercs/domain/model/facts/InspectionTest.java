package com.dealercs.domain.model.facts;

import static com.dealercs.domain.model.facts.Given.dealer;
import static com.dealercs.domain.model.facts.Given.item;
import static com.dealercs.domain.model.facts.Given.refused;
import static com.dealercs.domain.model.facts.Given.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.domain.model.year.EvaluationYear;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InspectionTest {

    private final EvaluationYear year = year(2024);
    private final Dealer dealer = dealer();
    private final ChecklistItem environment = item(year, ChecklistMap.SSI_MAP, "SSI-ENV");
    private final Checkpoint exterior = environment.getCheckpoints().get(0);
    private final Checkpoint showroom = environment.getCheckpoints().get(1);

    private Inspection inspection() {
        return new Inspection(year, 1, dealer, ChecklistMap.SSI_MAP, LocalDate.of(2024, 3, 8), "李娜");
    }

    @Test
    void aNewInspectionIsADraftWithoutResults() {
        Inspection inspection = inspection();

        assertEquals(InspectionStatus.DRAFT, inspection.getStatus());
        assertFalse(inspection.isApproved());
        assertTrue(inspection.getResults().isEmpty());
        assertEquals(2024, inspection.getYear().getYear());
        assertEquals(1, inspection.getQuarter());
        assertEquals("李娜", inspection.getInspector());
    }

    @Test
    void itsDateLiesInsideItsYear() {
        refused("lies in the year 2024", () -> new Inspection(year, 1, dealer, ChecklistMap.SSI_MAP,
                LocalDate.of(2023, 12, 31), "李娜"));
        refused("lies in the year 2024", () -> new Inspection(year, 4, dealer, ChecklistMap.SSI_MAP,
                LocalDate.of(2025, 1, 1), "李娜"));
        refused("lies in the year 2024", () -> new Inspection(year, 4, dealer, ChecklistMap.SSI_MAP, null, "李娜"));
        new Inspection(year, 1, dealer, ChecklistMap.SSI_MAP, LocalDate.of(2024, 1, 1), "李娜");
        new Inspection(year, 4, dealer, ChecklistMap.SSI_MAP, LocalDate.of(2024, 12, 31), "李娜");
    }

    @Test
    void itsQuarterIsOneToFourButNeedNotBeTheQuarterOfItsDate() {
        refused("quarter is 1 to 4", () -> new Inspection(year, 0, dealer, ChecklistMap.CS_MAP,
                LocalDate.of(2024, 3, 8), "李娜"));
        refused("quarter is 1 to 4", () -> new Inspection(year, 5, dealer, ChecklistMap.CS_MAP,
                LocalDate.of(2024, 3, 8), "李娜"));

        Inspection late = new Inspection(year, 3, dealer, ChecklistMap.CS_MAP, LocalDate.of(2024, 10, 2), "李娜");
        assertEquals(3, late.getQuarter(), "a Q3 visit that slipped into October still counts for Q3");
    }

    @Test
    void itNamesItsInspector() {
        refused("inspector is required", () -> new Inspection(year, 1, dealer, ChecklistMap.SSI_MAP,
                LocalDate.of(2024, 3, 8), " "));
        refused("at most 64 characters", () -> new Inspection(year, 1, dealer, ChecklistMap.SSI_MAP,
                LocalDate.of(2024, 3, 8), "x".repeat(65)));
        assertEquals("李".repeat(64), new Inspection(year, 1, dealer, ChecklistMap.SSI_MAP,
                LocalDate.of(2024, 3, 8), " " + "李".repeat(64) + " ").getInspector());
    }

    @Test
    void aRevisionIsCheckedWholeBeforeAnythingChanges() {
        Inspection inspection = inspection();

        refused("inspector is required", () -> inspection.revise(2, ""));
        assertEquals(1, inspection.getQuarter());
        inspection.revise(2, "王伟");
        assertEquals(2, inspection.getQuarter());
        assertEquals("王伟", inspection.getInspector());
    }

    @Test
    void onlyCheckpointsOfItsOwnChecklistAndYearAreMarked() {
        Inspection inspection = inspection();
        Checkpoint afterSales = item(year, ChecklistMap.CS_MAP, "CS-HW").getCheckpoints().get(0);
        Checkpoint lastYear = item(year(2023), ChecklistMap.SSI_MAP, "SSI-ENV").getCheckpoints().get(0);

        refused("not on the SSI_MAP checklist of 2024", () -> inspection.record(afterSales, CheckpointOutcome.PASS, null));
        refused("not on the SSI_MAP checklist of 2024", () -> inspection.record(lastYear, CheckpointOutcome.PASS, null));
        assertTrue(inspection.getResults().isEmpty());
    }

    @Test
    void markingACheckpointAgainReplacesItsMark() {
        Inspection inspection = inspection();
        CheckpointResult first = inspection.record(exterior, CheckpointOutcome.FAIL, "展车有灰尘");

        CheckpointResult again = inspection.record(exterior, CheckpointOutcome.PASS, " ");

        assertEquals(1, inspection.getResults().size());
        assertTrue(first == again, "the same row, changed");
        assertEquals(CheckpointOutcome.PASS, again.getOutcome());
        assertNull(again.getComment(), "a blank comment is none");
    }

    @Test
    void aCommentHasAtMost500Characters() {
        Inspection inspection = inspection();

        refused("at most 500 characters", () -> inspection.record(exterior, CheckpointOutcome.FAIL, "评".repeat(501)));
        assertEquals(500, inspection.record(exterior, CheckpointOutcome.FAIL, "评".repeat(500)).getComment().length());
    }

    @Test
    void anInspectionWithoutAPassOrFailCannotBeApproved() {
        Inspection inspection = inspection();
        assertThrows(IllegalStateException.class, inspection::approve, "no results at all");

        inspection.record(exterior, CheckpointOutcome.NA, null);
        inspection.record(showroom, CheckpointOutcome.NA, null);
        assertThrows(IllegalStateException.class, inspection::approve, "everything NA: possible = 0");
        assertEquals(InspectionStatus.DRAFT, inspection.getStatus());

        inspection.record(showroom, CheckpointOutcome.FAIL, null);
        inspection.approve();
        assertEquals(InspectionStatus.APPROVED, inspection.getStatus());
        inspection.approve();
        assertTrue(inspection.isApproved(), "approving again (a re-import) changes nothing");
    }

    @Test
    void anApprovedInspectionKeepsAtLeastOnePassOrFail() {
        Inspection inspection = inspection();
        inspection.record(exterior, CheckpointOutcome.PASS, null);
        inspection.approve();

        assertThrows(IllegalStateException.class, () -> inspection.record(exterior, CheckpointOutcome.NA, null));
        assertEquals(CheckpointOutcome.PASS, inspection.result(exterior).orElseThrow().getOutcome());

        inspection.record(showroom, CheckpointOutcome.FAIL, null);
        inspection.record(exterior, CheckpointOutcome.NA, null);
        assertEquals(CheckpointOutcome.NA, inspection.result(exterior).orElseThrow().getOutcome());
    }
}
