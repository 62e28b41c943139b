package com.dealercs.domain.model.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Test rows: a header and values, both comma-separated (no quoting). */
final class Rows {

    private Rows() {
    }

    static SourceRow row(int line, String header, String values) {
        String[] names = header.split(",", -1);
        String[] cells = values.split(",", -1);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], i < cells.length ? cells[i] : "");
        }
        return new SourceRow(line, map);
    }

    static SourceRow row(String header, String values) {
        return row(2, header, values);
    }

    /** The problems as "column:key" strings, for compact assertions. */
    static List<String> problems(RowResult<?> result) {
        return result.problems().stream()
                .map(p -> p.column() + ":" + p.messageKey())
                .collect(Collectors.toList());
    }
}
