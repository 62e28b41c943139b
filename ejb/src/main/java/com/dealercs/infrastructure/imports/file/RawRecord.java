package com.dealercs.infrastructure.imports.file;

import com.dealercs.domain.model.imports.Text;
import java.util.List;

/** One record of a file as its reader sees it: its line (or row number) and its values by column position. */
record RawRecord(int line, List<String> values) {

    String value(int column) {
        if (column >= values.size()) {
            return "";
        }
        String value = values.get(column);
        return value == null ? "" : value;
    }

    boolean isBlank() {
        for (String value : values) {
            if (!Text.isBlank(value)) {
                return false;
            }
        }
        return true;
    }
}
