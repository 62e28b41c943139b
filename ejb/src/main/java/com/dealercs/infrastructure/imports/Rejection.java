package com.dealercs.infrastructure.imports;

import java.util.Arrays;
import java.util.List;

/** One reason a line of a file was rejected, as a message key so it reads in either language. */
public record Rejection(int line, String column, String messageKey, List<String> arguments) {

    private static final String SEPARATOR = "\u001F";

    static String joinArguments(List<Object> arguments) {
        String joined = String.join(SEPARATOR, arguments.stream().map(String::valueOf).toList());
        return joined.length() <= 2000 ? joined : joined.substring(0, 2000);
    }

    static List<String> splitArguments(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
    }
}
