package com.dealercs.domain.model.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/** A row of the crisis import: one crisis-plan assessment, 0–10 with up to two decimals (scale 2). Key: year, dealer_code, assessed_on. */
public record CrisisRow(int year, String dealerCode, LocalDate assessedOn, BigDecimal score) implements ImportRow {

    static final BigDecimal MAX_SCORE = BigDecimal.TEN;

    @Override
    public ImportKind importKind() {
        return ImportKind.CRISIS;
    }

    @Override
    public Optional<RowKey> key() {
        return Optional.of(RowKey.of("year", String.valueOf(year), "dealer_code", dealerCode,
                "assessed_on", assessedOn.toString()));
    }

    @Override
    public OptionalInt evaluationYear() {
        return OptionalInt.of(year);
    }

    public static RowResult<CrisisRow> parse(SourceRow source) {
        Fields f = new Fields(source);
        Integer year = f.year();
        String dealerCode = f.code("dealer_code", Codes.DEALER_CODE, Codes.DEALER_CODE_MAX);
        LocalDate assessedOn = f.dateIn("assessed_on", year);
        BigDecimal score = f.decimal("score", BigDecimal.ZERO, MAX_SCORE, 2);
        return f.ok()
                ? RowResult.valid(source.line(), new CrisisRow(year, dealerCode, assessedOn, score))
                : RowResult.rejected(source.line(), f.problems());
    }
}
