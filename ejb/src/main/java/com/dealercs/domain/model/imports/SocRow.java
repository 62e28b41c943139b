package com.dealercs.domain.model.imports;

import com.dealercs.domain.model.facts.SocKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A row of the SOC import: one patrol ({@code socKind} is the file's column kind) and its score,
 * 0–100 with up to two decimals (scale 2).
 * Key: year, dealer_code, kind for BASELINE and FINAL; year, dealer_code, visit_date for SPOT.
 */
public record SocRow(int year, String dealerCode, SocKind socKind, LocalDate visitDate, BigDecimal score)
        implements ImportRow {

    static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    @Override
    public ImportKind importKind() {
        return ImportKind.SOC;
    }

    @Override
    public Optional<RowKey> key() {
        if (socKind == SocKind.SPOT) {
            return Optional.of(RowKey.of("year", String.valueOf(year), "dealer_code", dealerCode,
                    "kind", socKind.name(), "visit_date", visitDate.toString()));
        }
        return Optional.of(RowKey.of("year", String.valueOf(year), "dealer_code", dealerCode, "kind", socKind.name()));
    }

    @Override
    public OptionalInt evaluationYear() {
        return OptionalInt.of(year);
    }

    public static RowResult<SocRow> parse(SourceRow source) {
        Fields f = new Fields(source);
        Integer year = f.year();
        String dealerCode = f.code("dealer_code", Codes.DEALER_CODE, Codes.DEALER_CODE_MAX);
        SocKind kind = f.choice("kind", SocKind.class);
        LocalDate visitDate = f.dateIn("visit_date", year);
        BigDecimal score = f.decimal("score", BigDecimal.ZERO, MAX_SCORE, 2);
        return f.ok()
                ? RowResult.valid(source.line(), new SocRow(year, dealerCode, kind, visitDate, score))
                : RowResult.rejected(source.line(), f.problems());
    }
}
