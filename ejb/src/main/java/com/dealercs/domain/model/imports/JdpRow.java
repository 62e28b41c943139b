package com.dealercs.domain.model.imports;

import com.dealercs.domain.model.facts.JdpStudy;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A row of the J.D. Power import: one factor's index (0–1000, up to two decimals, scale 2) and the
 * number of respondents. Key: year, study, dealer_code, factor_code.
 */
public record JdpRow(int year, JdpStudy study, String dealerCode, String factorCode, BigDecimal indexScore,
                     int sampleSize) implements ImportRow {

    static final BigDecimal MAX_INDEX = BigDecimal.valueOf(1000);
    static final int MAX_SAMPLE = 1_000_000;

    @Override
    public ImportKind importKind() {
        return ImportKind.JDP;
    }

    @Override
    public Optional<RowKey> key() {
        return Optional.of(RowKey.of("year", String.valueOf(year), "study", study.name(), "dealer_code", dealerCode,
                "factor_code", factorCode));
    }

    @Override
    public OptionalInt evaluationYear() {
        return OptionalInt.of(year);
    }

    public static RowResult<JdpRow> parse(SourceRow source) {
        Fields f = new Fields(source);
        Integer year = f.year();
        JdpStudy study = f.choice("study", JdpStudy.class);
        String dealerCode = f.code("dealer_code", Codes.DEALER_CODE, Codes.DEALER_CODE_MAX);
        String factorCode = f.code("factor_code", Codes.SCHEME_CODE, Codes.SCHEME_CODE_MAX);
        BigDecimal index = f.decimal("index_score", BigDecimal.ZERO, MAX_INDEX, 2);
        Integer sampleSize = f.atLeast("sample_size", 0, MAX_SAMPLE);
        return f.ok()
                ? RowResult.valid(source.line(), new JdpRow(year, study, dealerCode, factorCode, index, sampleSize))
                : RowResult.rejected(source.line(), f.problems());
    }
}
