package com.dealercs.domain.model.imports;

import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.facts.JdpStudy;
import static com.dealercs.domain.model.imports.Rows.problems;
import static com.dealercs.domain.model.imports.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowValidatorTest {

    private static final String CRISIS = "year,dealer_code,assessed_on,score";
    private static final String INSPECTIONS =
            "year,quarter,dealer_code,map,inspection_date,inspector,checkpoint_code,result";
    private static final String JDP = "year,study,dealer_code,factor_code,index_score,sample_size";

    /**
     * Knows dealers D0001 and D0002, checkpoint SSI-ENV-01 of SSI_MAP and factor DEAL of SSI, in 2024 only,
     * and D0002's SSI_MAP inspection of 8 March 2024 as entered on the portal.
     */
    private static final ImportReferences REFERENCES = new ImportReferences() {
        @Override
        public boolean dealerExists(String dealerCode) {
            return Set.of("D0001", "D0002").contains(dealerCode);
        }

        @Override
        public boolean checkpointExists(int year, ChecklistMap map, String checkpointCode) {
            return year == 2024 && map == ChecklistMap.SSI_MAP && checkpointCode.equals("SSI-ENV-01");
        }

        @Override
        public boolean factorExists(int year, JdpStudy study, String factorCode) {
            return year == 2024 && study == JdpStudy.SSI && factorCode.equals("DEAL");
        }

        @Override
        public boolean inspectionEntered(String dealerCode, ChecklistMap map, LocalDate inspectionDate) {
            return dealerCode.equals("D0002") && map == ChecklistMap.SSI_MAP
                    && inspectionDate.equals(LocalDate.of(2024, 3, 8));
        }
    };

    @Test
    void aKeyRepeatedInTheFileRejectsTheSecondRowAndNamesTheFirstLine() {
        RowValidator validator = new RowValidator(ImportKind.CRISIS);

        assertTrue(validator.validate(row(2, CRISIS, "2024,D0001,2024-03-18,6.89")).isValid());
        assertTrue(validator.validate(row(3, CRISIS, "2024,D0001,2024-03-19,6.89")).isValid());
        RowResult<ImportRow> again = validator.validate(row(5, CRISIS, "2024,d0001,2024-03-18,7.50"));

        assertFalse(again.isValid());
        assertEquals(5, again.line());
        RowProblem problem = again.problems().get(0);
        assertEquals("import.row.duplicateKey", problem.messageKey());
        assertEquals(List.of("year=2024, dealer_code=D0001, assessed_on=2024-03-18", "2"), problem.args());
        assertEquals(null, problem.column());
    }

    @Test
    void aRejectedRowDoesNotMakeALaterOneADuplicate() {
        RowValidator validator = new RowValidator(ImportKind.CRISIS);

        assertFalse(validator.validate(row(2, CRISIS, "2024,D0001,2024-03-18,60")).isValid());
        assertTrue(validator.validate(row(3, CRISIS, "2024,D0001,2024-03-18,6")).isValid());
    }

    @Test
    void adjustmentsHaveNoKeySoRepeatsAreFine() {
        RowValidator validator = new RowValidator(ImportKind.ADJUSTMENTS);
        String header = "year,dealer_code,amount,reason";

        assertTrue(validator.validate(row(2, header, "2024,D0001,100,奖励")).isValid());
        assertTrue(validator.validate(row(3, header, "2024,D0001,100,奖励")).isValid());
    }

    @Test
    void theDatabaseChecksComeThroughTheReferences() {
        RowValidator validator = new RowValidator(ImportKind.INSPECTIONS, REFERENCES);

        assertTrue(validator.validate(row(2, INSPECTIONS, "2024,1,D0001,SSI_MAP,2024-03-08,李娜,SSI-ENV-01,PASS"))
                .isValid());
        RowResult<ImportRow> unknown = validator.validate(
                row(3, INSPECTIONS, "2024,1,D0009,CS_MAP,2024-03-08,李娜,SSI-ENV-01,PASS"));
        assertEquals(List.of("dealer_code:import.row.unknownDealer", "checkpoint_code:import.row.unknownCheckpoint"),
                problems(unknown));
        assertEquals(List.of("checkpoint_code", "SSI-ENV-01", "CS_MAP", "2024"), unknown.problems().get(1).args());

        RowValidator jdp = new RowValidator(ImportKind.JDP, REFERENCES);
        assertTrue(jdp.validate(row(2, JDP, "2024,SSI,D0002,DEAL,700,30")).isValid());
        RowResult<ImportRow> factor = jdp.validate(row(3, JDP, "2024,CSI,D0002,DEAL,700,30"));
        assertEquals(List.of("factor_code:import.row.unknownFactor"), problems(factor));
        assertEquals(List.of("factor_code", "DEAL", "JDP_CSI", "2024"), factor.problems().get(0).args());

        assertEquals(List.of("dealer_code:import.row.unknownDealer"), problems(new RowValidator(ImportKind.CRISIS,
                REFERENCES).validate(row(2, CRISIS, "2024,D0003,2024-03-18,6.89"))));
        assertTrue(new RowValidator(ImportKind.DEALERS, REFERENCES).validate(row(2,
                "dealer_code,name,region,province,city,opened_on,status",
                "D0003,新店,华北,北京,北京,2024-01-01,ACTIVE")).isValid(), "a dealers file brings new dealers");
    }

    @Test
    void aRowOfAnInspectionEnteredOnThePortalIsRejectedNeverOverwritingIt() {
        RowValidator validator = new RowValidator(ImportKind.INSPECTIONS, REFERENCES);

        RowResult<ImportRow> entered = validator.validate(
                row(2, INSPECTIONS, "2024,1,D0002,SSI_MAP,2024-03-08,李娜,SSI-ENV-01,PASS"));
        assertFalse(entered.isValid());
        assertEquals(2, entered.line());
        assertEquals(List.of("null:import.row.inspectionEntered"), problems(entered));
        assertEquals(List.of("D0002", "SSI_MAP", "2024-03-08"), entered.problems().get(0).args());

        // the same dealer on another day, or another dealer on that day, is imported as usual
        assertTrue(validator.validate(row(3, INSPECTIONS, "2024,1,D0002,SSI_MAP,2024-03-09,李娜,SSI-ENV-01,PASS"))
                .isValid());
        assertTrue(validator.validate(row(4, INSPECTIONS, "2024,1,D0001,SSI_MAP,2024-03-08,李娜,SSI-ENV-01,PASS"))
                .isValid());
    }

    @Test
    void theRowsOfOneInspectionAgreeOnQuarterAndInspector() {
        RowValidator validator = new RowValidator(ImportKind.INSPECTIONS);

        assertTrue(validator.validate(row(2, INSPECTIONS, "2024,1,D0001,SSI_MAP,2024-03-08,李娜,SSI-ENV-01,PASS"))
                .isValid());
        assertTrue(validator.validate(row(3, INSPECTIONS, "2024,1,D0001,SSI_MAP,2024-03-08,李娜,SSI-ENV-02,FAIL"))
                .isValid());
        RowResult<ImportRow> odd = validator.validate(
                row(4, INSPECTIONS, "2024,2,D0001,SSI_MAP,2024-03-08,王伟,SSI-ENV-03,PASS"));
        assertEquals(List.of("quarter:import.row.inspectionMismatch", "inspector:import.row.inspectionMismatch"),
                problems(odd));
        assertEquals(List.of("inspector", "王伟", "李娜", "2"), odd.problems().get(1).args());
        assertTrue(validator.validate(row(5, INSPECTIONS, "2024,2,D0001,CS_MAP,2024-03-08,王伟,CS-REC-01,PASS"))
                .isValid(), "another map is another inspection");
    }

    @Test
    void theYearsOfTheAcceptedRowsAreKnown() {
        RowValidator validator = new RowValidator(ImportKind.CRISIS);
        validator.validate(row(2, CRISIS, "2025,D0001,2025-03-18,6.89"));
        validator.validate(row(3, CRISIS, "2024,D0001,2024-03-18,6.89"));
        validator.validate(row(4, CRISIS, "2023,D0001,2024-03-18,6.89"));

        assertEquals(List.of(2024, 2025), List.copyOf(validator.years()));
    }

    @Test
    void duplicateKeysRememberTheFirstLine() {
        DuplicateKeys keys = new DuplicateKeys();
        RowKey key = new RowKey(List.of("response_id"), List.of("R1"));

        assertEquals(OptionalInt.empty(), keys.register(key, 4));
        assertEquals(OptionalInt.of(4), keys.register(key, 9));
        assertEquals(OptionalInt.of(4), keys.lineOf(key));
        assertEquals(OptionalInt.empty(), keys.lineOf(new RowKey(List.of("response_id"), List.of("r1"))));
        assertEquals(1, keys.size());
    }
}
