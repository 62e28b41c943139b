package com.dealercs.domain.model.imports;

import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.scheme.ChecklistMap;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A row of the inspections import: one checkpoint of one HQ inspection. One inspection is all
 * rows with the same dealer_code, map and inspection_date ({@link #inspectionKey()}).
 * Key: dealer_code, map, inspection_date, checkpoint_code.
 *
 * @param comment null when blank
 */
public record InspectionRow(int year, int quarter, String dealerCode, ChecklistMap map, LocalDate inspectionDate,
                            String inspector, String checkpointCode, CheckpointOutcome result, String comment)
        implements ImportRow {

    @Override
    public ImportKind importKind() {
        return ImportKind.INSPECTIONS;
    }

    @Override
    public Optional<RowKey> key() {
        return Optional.of(RowKey.of("dealer_code", dealerCode, "map", map.name(),
                "inspection_date", inspectionDate.toString(), "checkpoint_code", checkpointCode));
    }

    /** The inspection the row belongs to: dealer_code, map, inspection_date. */
    public RowKey inspectionKey() {
        return RowKey.of("dealer_code", dealerCode, "map", map.name(), "inspection_date", inspectionDate.toString());
    }

    @Override
    public OptionalInt evaluationYear() {
        return OptionalInt.of(year);
    }

    public static RowResult<InspectionRow> parse(SourceRow source) {
        Fields f = new Fields(source);
        Integer year = f.year();
        Integer quarter = f.quarter();
        String dealerCode = f.code("dealer_code", Codes.DEALER_CODE, Codes.DEALER_CODE_MAX);
        ChecklistMap map = f.choice("map", ChecklistMap.class);
        LocalDate date = f.dateIn("inspection_date", year);
        String inspector = f.text("inspector", Codes.PERSON_MAX);
        String checkpointCode = f.code("checkpoint_code", Codes.SCHEME_CODE, Codes.SCHEME_CODE_MAX);
        CheckpointOutcome result = f.choice("result", CheckpointOutcome.class);
        String comment = f.optionalText("comment", Codes.COMMENT_MAX);
        return f.ok()
                ? RowResult.valid(source.line(), new InspectionRow(year, quarter, dealerCode, map, date, inspector,
                        checkpointCode, result, comment))
                : RowResult.rejected(source.line(), f.problems());
    }
}
