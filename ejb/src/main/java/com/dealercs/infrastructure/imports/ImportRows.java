package com.dealercs.infrastructure.imports;

import com.dealercs.domain.model.imports.AdjustmentRow;
import com.dealercs.domain.model.imports.CrisisRow;
import com.dealercs.domain.model.imports.CscRow;
import com.dealercs.domain.model.imports.DealerRow;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.ImportRow;
import com.dealercs.domain.model.imports.InspectionRow;
import com.dealercs.domain.model.imports.JdpRow;
import com.dealercs.domain.model.imports.RowResult;
import com.dealercs.domain.model.imports.SocRow;
import com.dealercs.domain.model.imports.SourceRow;
import com.dealercs.domain.model.imports.TrainingRow;
import com.dealercs.domain.model.imports.VolumeRow;

/** The row rules of each kind, by kind. */
final class ImportRows {

    private ImportRows() {
    }

    static RowResult<? extends ImportRow> parse(ImportKind kind, SourceRow row) {
        return switch (kind) {
            case DEALERS -> DealerRow.parse(row);
            case VOLUMES -> VolumeRow.parse(row);
            case INSPECTIONS -> InspectionRow.parse(row);
            case SOC -> SocRow.parse(row);
            case JDP -> JdpRow.parse(row);
            case CSC -> CscRow.parse(row);
            case TRAINING -> TrainingRow.parse(row);
            case CRISIS -> CrisisRow.parse(row);
            case ADJUSTMENTS -> AdjustmentRow.parse(row);
        };
    }

    /** A staged row is valid by construction: parse it again into its typed form. */
    static ImportRow parseStaged(ImportKind kind, StagedRow staged) {
        RowResult<? extends ImportRow> result = parse(kind, staged.toSourceRow(kind));
        if (!result.isValid()) {
            throw new IllegalStateException("Staged line " + staged.line() + " no longer valid: " + result.problems());
        }
        return result.row();
    }
}
