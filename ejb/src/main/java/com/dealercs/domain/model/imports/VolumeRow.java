package com.dealercs.domain.model.imports;

import java.util.Optional;
import java.util.OptionalInt;

/** A row of the volumes import: the vehicles a dealer bought in a year. Key: year, dealer_code. */
public record VolumeRow(int year, String dealerCode, int units) implements ImportRow {

    static final int MAX_UNITS = 1_000_000;

    @Override
    public ImportKind importKind() {
        return ImportKind.VOLUMES;
    }

    @Override
    public Optional<RowKey> key() {
        return Optional.of(RowKey.of("year", String.valueOf(year), "dealer_code", dealerCode));
    }

    @Override
    public OptionalInt evaluationYear() {
        return OptionalInt.of(year);
    }

    public static RowResult<VolumeRow> parse(SourceRow source) {
        Fields f = new Fields(source);
        Integer year = f.year();
        String dealerCode = f.code("dealer_code", Codes.DEALER_CODE, Codes.DEALER_CODE_MAX);
        Integer units = f.atLeast("units", 0, MAX_UNITS);
        return f.ok()
                ? RowResult.valid(source.line(), new VolumeRow(year, dealerCode, units))
                : RowResult.rejected(source.line(), f.problems());
    }
}
