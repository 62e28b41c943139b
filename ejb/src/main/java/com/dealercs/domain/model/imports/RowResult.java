package com.dealercs.domain.model.imports;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating one {@link SourceRow}: either a typed row or the reasons it is rejected.
 *
 * @param line the row's line in the file, as in {@link SourceRow#line()}
 * @param row the typed row; null when rejected
 * @param problems why the row is rejected; empty when it is valid
 */
public record RowResult<R extends ImportRow>(int line, R row, List<RowProblem> problems) {

    public RowResult {
        problems = List.copyOf(problems);
        if ((row == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a row result has either a row or problems");
        }
    }

    public static <R extends ImportRow> RowResult<R> valid(int line, R row) {
        return new RowResult<>(line, row, List.of());
    }

    public static <R extends ImportRow> RowResult<R> rejected(int line, List<RowProblem> problems) {
        return new RowResult<>(line, null, problems);
    }

    public boolean isValid() {
        return row != null;
    }

    public Optional<R> value() {
        return Optional.ofNullable(row);
    }
}
