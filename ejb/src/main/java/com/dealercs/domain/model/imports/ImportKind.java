package com.dealercs.domain.model.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of data file HQ imports, with their columns as {@code interfaces.md} §1 fixes them.
 * Column names are lower case; files are matched against them case-insensitively.
 */
public enum ImportKind {

    DEALERS(List.of("dealer_code", "name", "region", "province", "city", "opened_on", "status"),
            List.of(), List.of("dealer_code")),
    VOLUMES(List.of("year", "dealer_code", "units"),
            List.of(), List.of("year", "dealer_code")),
    INSPECTIONS(List.of("year", "quarter", "dealer_code", "map", "inspection_date", "inspector", "checkpoint_code",
                    "result"),
            List.of("comment"), List.of("dealer_code", "map", "inspection_date", "checkpoint_code")),
    /** Key: year, dealer_code, kind for BASELINE and FINAL; year, dealer_code, visit_date for SPOT. */
    SOC(List.of("year", "dealer_code", "kind", "visit_date", "score"),
            List.of(), List.of("year", "dealer_code", "kind", "visit_date")),
    JDP(List.of("year", "study", "dealer_code", "factor_code", "index_score", "sample_size"),
            List.of(), List.of("year", "study", "dealer_code", "factor_code")),
    CSC(List.of("year", "quarter", "dealer_code", "response_id", "awareness", "attitude", "communication",
                    "experience", "first_time_resolution"),
            List.of(), List.of("response_id")),
    TRAINING(List.of("year", "dealer_code", "session_date", "trainer", "score"),
            List.of(), List.of("year", "dealer_code", "session_date")),
    CRISIS(List.of("year", "dealer_code", "assessed_on", "score"),
            List.of(), List.of("year", "dealer_code", "assessed_on")),
    /** No key: every row adds one adjustment. */
    ADJUSTMENTS(List.of("year", "dealer_code", "amount", "reason"),
            List.of(), List.of());

    private final List<String> requiredColumns;
    private final List<String> optionalColumns;
    private final List<String> columns;
    private final List<String> keyColumns;

    ImportKind(List<String> requiredColumns, List<String> optionalColumns, List<String> keyColumns) {
        this.requiredColumns = requiredColumns;
        this.optionalColumns = optionalColumns;
        List<String> all = new ArrayList<>(requiredColumns);
        all.addAll(optionalColumns);
        this.columns = Collections.unmodifiableList(all);
        this.keyColumns = keyColumns;
    }

    /** The columns a file of this kind must have, in the order of the contract. */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** The columns a file of this kind may have. */
    public List<String> optionalColumns() {
        return optionalColumns;
    }

    /** Required then optional columns. */
    public List<String> columns() {
        return columns;
    }

    /**
     * The columns that make up the key (a re-import of the same key replaces the row); empty for
     * {@link #ADJUSTMENTS}. For {@link #SOC} the key is year, dealer_code and kind for BASELINE and
     * FINAL rows, year, dealer_code and visit_date for SPOT rows: see {@link ImportRow#key()}.
     */
    public List<String> keyColumns() {
        return keyColumns;
    }

    public boolean hasKey() {
        return !keyColumns.isEmpty();
    }

    /** The lower-case name in paths such as {@code /api/v1/imports/csc}. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind whose {@link #pathName()} is {@code path} (exactly: "csc", not "CSC"); empty if none. */
    public static Optional<ImportKind> fromPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (ImportKind kind : values()) {
            if (kind.pathName().equals(path)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
