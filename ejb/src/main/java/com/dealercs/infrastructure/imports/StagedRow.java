package com.dealercs.infrastructure.imports;

import com.dealercs.domain.model.imports.ImportRow;

/** A row that passed validation, typed, with the line of the file it came from. */
public record StagedRow(int line, ImportRow row) {
}
