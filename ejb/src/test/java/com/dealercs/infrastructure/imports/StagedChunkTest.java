package com.dealercs.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.facts.JdpStudy;
import com.dealercs.domain.model.facts.SocKind;
import com.dealercs.domain.model.imports.AdjustmentRow;
import com.dealercs.domain.model.imports.CrisisRow;
import com.dealercs.domain.model.imports.CscRow;
import com.dealercs.domain.model.imports.DealerRow;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.ImportRow;
import com.dealercs.domain.model.imports.InspectionRow;
import com.dealercs.domain.model.imports.JdpRow;
import com.dealercs.domain.model.imports.SocRow;
import com.dealercs.domain.model.imports.TrainingRow;
import com.dealercs.domain.model.imports.VolumeRow;
import com.dealercs.domain.model.network.DealerStatus;
import com.dealercs.domain.model.scheme.ChecklistMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A staged chunk gives back exactly the rows it was given: every kind, every component type, nulls, Chinese text. */
class StagedChunkTest {

    private static final String LONG_COMMENT = "展厅".repeat(250);

    @Test
    void everyKindComesBackAsItWasStaged() {
        roundTrip(ImportKind.DEALERS, new DealerRow("D0001", "南京宁众汽车销售服务有限公司", "华东", "江苏", "南京",
                LocalDate.of(2018, 1, 31), DealerStatus.ACTIVE), new DealerRow("D0002", "n", "r", "p", "c", null, null));
        roundTrip(ImportKind.VOLUMES, new VolumeRow(2024, "D0001", 1234), new VolumeRow(2024, "D0002", 0));
        roundTrip(ImportKind.INSPECTIONS,
                new InspectionRow(2024, 2, "D0001", ChecklistMap.CS_MAP, LocalDate.of(2024, 5, 6), "王督导", "CS-PROC-1",
                        CheckpointOutcome.FAIL, LONG_COMMENT),
                new InspectionRow(2024, 2, "D0001", ChecklistMap.SSI_MAP, LocalDate.of(2024, 5, 6), "王督导", "SSI-ENV-1",
                        CheckpointOutcome.NA, null));
        roundTrip(ImportKind.SOC, new SocRow(2024, "D0001", SocKind.SPOT, LocalDate.of(2024, 3, 1), new BigDecimal("87.50")));
        roundTrip(ImportKind.JDP, new JdpRow(2024, JdpStudy.CSI, "D0001", "SERVICE_ADVISOR", new BigDecimal("812.3"), 41));
        roundTrip(ImportKind.CSC, new CscRow(2024, 4, "D0001", "R-00001", 10, 0, 7, 9, 8),
                new CscRow(2024, 1, "D0002", "r-00001", null, null, 3, null, null));
        roundTrip(ImportKind.TRAINING, new TrainingRow(2024, "D0001", LocalDate.of(2024, 7, 8), "李讲师", new BigDecimal("9.25")),
                new TrainingRow(2024, "D0001", LocalDate.of(2024, 7, 9), null, new BigDecimal("-0")));
        roundTrip(ImportKind.CRISIS, new CrisisRow(2024, "D0001", LocalDate.of(1999, 12, 31), new BigDecimal("8.01")));
        roundTrip(ImportKind.ADJUSTMENTS, new AdjustmentRow(2024, "D0001", new BigDecimal("-9999999999.99"), "返利调整"),
                new AdjustmentRow(2024, "D0002", new BigDecimal("1E+3"), null));
    }

    @Test
    void aChunkOfThousandsKeepsItsLinesAndOrder() {
        List<StagedRow> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rows.add(new StagedRow(i * 2 + 2, new CscRow(2024, i % 4 + 1, "D" + i, "R" + i, i % 11, null, 10, 0, i % 2)));
        }
        assertEquals(rows, StagedChunk.decode(ImportKind.CSC, StagedChunk.encode(ImportKind.CSC, rows)));
    }

    private static void roundTrip(ImportKind kind, ImportRow... rows) {
        List<StagedRow> staged = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            staged.add(new StagedRow(i + 2, rows[i]));
        }
        List<StagedRow> back = StagedChunk.decode(kind, StagedChunk.encode(kind, staged));
        assertEquals(staged, back, kind.name());
        for (int i = 0; i < rows.length; i++) {
            // BigDecimal equality includes the scale: 87.50 stays 87.50, 1E+3 stays 1E+3
            assertEquals(rows[i].toString(), back.get(i).row().toString(), kind.name());
        }
    }
}
