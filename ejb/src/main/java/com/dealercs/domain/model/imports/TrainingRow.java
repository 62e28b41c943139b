package com.dealercs.domain.model.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/** A row of the training import: one TAS visit's score, 0–10 with up to two decimals (scale 2). Key: year, dealer_code, session_date. */
public record TrainingRow(int year, String dealerCode, LocalDate sessionDate, String trainer, BigDecimal score)
        implements ImportRow {

    static final BigDecimal MAX_SCORE = BigDecimal.TEN;

    @Override
    public ImportKind importKind() {
        return ImportKind.TRAINING;
    }

    @Override
    public Optional<RowKey> key() {
        return Optional.of(RowKey.of("year", String.valueOf(year), "dealer_code", dealerCode,
                "session_date", sessionDate.toString()));
    }

    @Override
    public OptionalInt evaluationYear() {
        return OptionalInt.of(year);
    }

    public static RowResult<TrainingRow> parse(SourceRow source) {
        Fields f = new Fields(source);
        Integer year = f.year();
        String dealerCode = f.code("dealer_code", Codes.DEALER_CODE, Codes.DEALER_CODE_MAX);
        LocalDate sessionDate = f.dateIn("session_date", year);
        String trainer = f.text("trainer", Codes.PERSON_MAX);
        BigDecimal score = f.decimal("score", BigDecimal.ZERO, MAX_SCORE, 2);
        return f.ok()
                ? RowResult.valid(source.line(), new TrainingRow(year, dealerCode, sessionDate, trainer, score))
                : RowResult.rejected(source.line(), f.problems());
    }
}
