package com.dealercs.application;

import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with a request: where ({@code field}, or a line of a file) and why, as a key of
 * the application message bundle so each caller reads it in its own language.
 */
public record Problem(String field, String key, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String field, String key, Object... arguments) {
        return new Problem(field, key, List.of(arguments));
    }

    public String message(Locale locale) {
        return Messages.format(locale, key, arguments.toArray());
    }
}
