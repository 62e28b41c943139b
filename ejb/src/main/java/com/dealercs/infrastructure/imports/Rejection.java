package com.dealercs.infrastructure.imports;

import java.util.Arrays;
import java.util.List;

/** One reason a line of a file was rejected, as a message key so it reads in either language. */
public record Rejection(int line, String column, String messageKey, List<String> arguments) {

    /** The longest arguments kept: their column's length (longer ones are cut). */
    public static final int MAX_ARGUMENTS = 2000;
    private static final String SEPARATOR = "\u001F";

    static String joinArguments(List<Object> arguments) {
        String joined = String.join(SEPARATOR, arguments.stream().map(String::valueOf).toList());
        return joined.length() <= MAX_ARGUMENTS ? joined : joined.substring(0, MAX_ARGUMENTS);
    }

    static List<String> splitArguments(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
    }
}
