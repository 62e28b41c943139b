package com.dealercs.infrastructure.imports;

import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.SourceRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid row waiting in {@code import_row}: the file's values of the kind's columns, in the
 * kind's column order, joined by the ASCII unit separator. A separator inside a value (a control
 * character no column can mean) becomes a blank.
 */
public record StagedRow(int line, String payload) {

    private static final String SEPARATOR = "\u001F";

    public static StagedRow of(ImportKind kind, SourceRow row) {
        List<String> values = new ArrayList<>();
        for (String column : kind.columns()) {
            values.add(row.raw(column).replace(SEPARATOR, " "));
        }
        return new StagedRow(row.line(), String.join(SEPARATOR, values));
    }

    /** The source row again, as the validation saw it. */
    public SourceRow toSourceRow(ImportKind kind) {
        String[] values = payload.split(SEPARATOR, -1);
        List<String> columns = kind.columns();
        if (values.length != columns.size()) {
            throw new IllegalStateException("Staged row of line " + line + " has " + values.length + " values, "
                    + kind + " has " + columns.size() + " columns");
        }
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            byColumn.put(columns.get(i), values[i]);
        }
        return new SourceRow(line, byColumn);
    }
}
