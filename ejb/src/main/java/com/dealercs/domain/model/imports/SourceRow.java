package com.dealercs.domain.model.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row of an import file as read, before validation.
 *
 * @param line the physical line of the row in a CSV file (the header is line 1; blank lines
 *             count), the row number in an XLSX sheet
 * @param valuesByLowerCaseColumn the row's values as read (not trimmed), by lower-case column name,
 *             in the order of the file's header; a column the row has no value for maps to ""
 */
public record SourceRow(int line, Map<String, String> valuesByLowerCaseColumn) {

    public SourceRow {
        valuesByLowerCaseColumn = Collections.unmodifiableMap(new LinkedHashMap<>(valuesByLowerCaseColumn));
    }

    /** The value of {@code column} (lower case) without surrounding blanks; "" when absent. */
    public String value(String column) {
        return Text.strip(raw(column));
    }

    /** The value of {@code column} (lower case) exactly as read; "" when absent. */
    public String raw(String column) {
        String value = valuesByLowerCaseColumn.get(column);
        return value == null ? "" : value;
    }

    public boolean has(String column) {
        return valuesByLowerCaseColumn.containsKey(column);
    }
}
