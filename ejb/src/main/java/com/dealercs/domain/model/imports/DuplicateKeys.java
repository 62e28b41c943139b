package com.dealercs.domain.model.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The keys seen so far in one file, with the line that had each first, so a later row with the
 * same key can be rejected with a reason that points at the first. Holds one short string per key
 * (a CSC file of 200,000 rows takes a few tens of megabytes at most).
 */
public final class DuplicateKeys {

    private static final char SEPARATOR = '\u001F';

    private final Map<String, Integer> firstLines = new HashMap<>();

    /** The line that had {@code key} first, if any row had it. */
    public OptionalInt lineOf(RowKey key) {
        Integer line = firstLines.get(flat(key));
        return line == null ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /** Remembers that {@code line} has {@code key}, unless an earlier line has it already. */
    public void remember(RowKey key, int line) {
        firstLines.putIfAbsent(flat(key), line);
    }

    /**
     * Remembers {@code key} for {@code line} and returns empty if no earlier line had it; otherwise
     * returns the earlier line and remembers nothing.
     */
    public OptionalInt register(RowKey key, int line) {
        Integer earlier = firstLines.putIfAbsent(flat(key), line);
        return earlier == null ? OptionalInt.empty() : OptionalInt.of(earlier);
    }

    public int size() {
        return firstLines.size();
    }

    /** One string per key: the value itself for a key of one column (no kind mixes such keys with longer ones). */
    private static String flat(RowKey key) {
        List<String> values = key.values();
        return values.size() == 1 ? values.get(0) : String.join(String.valueOf(SEPARATOR), values);
    }
}
