package com.dealercs.domain.model.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A row of the CSC import: one customer's survey response, five ratings 0–10, each null when the
 * customer left it blank. Key: response_id (kept as typed, case and all).
 */
public record CscRow(int year, int quarter, String dealerCode, String responseId, Integer awareness,
                     Integer attitude, Integer communication, Integer experience, Integer firstTimeResolution)
        implements ImportRow {

    /** The rating columns, in the order of the file; upper-cased they are the CSC factor codes of the scheme. */
    public static final String[] RATING_COLUMNS =
            {"awareness", "attitude", "communication", "experience", "first_time_resolution"};

    @Override
    public ImportKind importKind() {
        return ImportKind.CSC;
    }

    @Override
    public Optional<RowKey> key() {
        return Optional.of(RowKey.of("response_id", responseId));
    }

    @Override
    public OptionalInt evaluationYear() {
        return OptionalInt.of(year);
    }

    /**
     * The ratings by CSC factor code of the scheme ({@code AWARENESS}, …, {@code FIRST_TIME_RESOLUTION}),
     * in file order; a blank rating maps to null.
     */
    public Map<String, Integer> ratingsByFactor() {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        ratings.put("AWARENESS", awareness);
        ratings.put("ATTITUDE", attitude);
        ratings.put("COMMUNICATION", communication);
        ratings.put("EXPERIENCE", experience);
        ratings.put("FIRST_TIME_RESOLUTION", firstTimeResolution);
        return Collections.unmodifiableMap(ratings);
    }

    public static RowResult<CscRow> parse(SourceRow source) {
        Fields f = new Fields(source);
        Integer year = f.year();
        Integer quarter = f.quarter();
        String dealerCode = f.code("dealer_code", Codes.DEALER_CODE, Codes.DEALER_CODE_MAX);
        String responseId = f.text("response_id", Codes.RESPONSE_ID_MAX);
        Integer[] ratings = new Integer[RATING_COLUMNS.length];
        for (int i = 0; i < ratings.length; i++) {
            ratings[i] = f.integer(RATING_COLUMNS[i], false, 0, 10);
        }
        return f.ok()
                ? RowResult.valid(source.line(), new CscRow(year, quarter, dealerCode, responseId,
                        ratings[0], ratings[1], ratings[2], ratings[3], ratings[4]))
                : RowResult.rejected(source.line(), f.problems());
    }
}
