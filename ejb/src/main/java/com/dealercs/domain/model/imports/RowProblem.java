package com.dealercs.domain.model.imports;

import java.util.Arrays;
import java.util.List;

/**
 * One reason a row is rejected: the column (null for the row as a whole) and a key of the
 * application message bundle ({@code import.row.*}) with its arguments, so each reader gets it in
 * their language. Arguments are strings, so numbers are shown exactly as in the file.
 */
public record RowProblem(String column, String messageKey, List<Object> args) {

    public RowProblem {
        args = List.copyOf(args);
    }

    public static RowProblem of(String column, String messageKey, Object... args) {
        return new RowProblem(column, messageKey, Arrays.asList(args));
    }
}
