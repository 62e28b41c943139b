package com.dealercs.domain.model.imports;

import java.util.List;
import java.util.StringJoiner;

/**
 * The key of an import row (a re-import of the same key replaces the row): the key columns and
 * their normalised values, e.g. {@code year=2024, dealer_code=D0001}.
 */
public record RowKey(List<String> columns, List<String> values) {

    public RowKey {
        columns = List.copyOf(columns);
        values = List.copyOf(values);
        if (columns.size() != values.size()) {
            throw new IllegalArgumentException("columns and values differ in number");
        }
    }

    static RowKey of(String... columnsAndValues) {
        String[] columns = new String[columnsAndValues.length / 2];
        String[] values = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = columnsAndValues[2 * i];
            values[i] = columnsAndValues[2 * i + 1];
        }
        return new RowKey(List.of(columns), List.of(values));
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ");
        for (int i = 0; i < columns.size(); i++) {
            joiner.add(columns.get(i) + "=" + values.get(i));
        }
        return joiner.toString();
    }
}
