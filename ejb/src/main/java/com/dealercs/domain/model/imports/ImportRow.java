package com.dealercs.domain.model.imports;

import java.util.Optional;
import java.util.OptionalInt;

/** A validated, typed row of an import file. */
public sealed interface ImportRow
        permits DealerRow, VolumeRow, InspectionRow, SocRow, JdpRow, CscRow, TrainingRow, CrisisRow, AdjustmentRow {

    ImportKind importKind();

    /** The dealer the row is about (every kind names one). */
    String dealerCode();

    /** The row's key as {@code interfaces.md} §1 defines it; empty for adjustments, which have none. */
    Optional<RowKey> key();

    /** The evaluation year the row belongs to; empty for dealers, which belong to no year. */
    default OptionalInt evaluationYear() {
        return OptionalInt.empty();
    }
}
