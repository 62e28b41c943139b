package com.dealercs.infrastructure.imports.file;

import com.dealercs.application.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The whole file is refused: it is not a CSV or XLSX file, cannot be read, or lacks a required
 * column. {@link #key()} is a key of the application message bundle ({@code import.file.*}) and
 * {@link #arguments()} its arguments, so each caller reads the reason in their language;
 * {@link #detail()} is for the server log only.
 */
public class FileRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> arguments;
    private final String detail;

    public FileRefusedException(String key, List<Object> arguments, String detail, Throwable cause) {
        super(Messages.format(Locale.ENGLISH, key, arguments.toArray()) + (detail == null ? "" : " [" + detail + "]"),
                cause);
        this.key = key;
        this.arguments = List.copyOf(arguments);
        this.detail = detail;
    }

    public static FileRefusedException of(String key, Object... arguments) {
        return new FileRefusedException(key, Arrays.asList(arguments), null, null);
    }

    static FileRefusedException because(String detail, Throwable cause, String key, Object... arguments) {
        return new FileRefusedException(key, Arrays.asList(arguments), detail, cause);
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** A technical detail for the log (what the parser said, what the content looked like); may be null. */
    public String detail() {
        return detail;
    }

    public String message(Locale locale) {
        return Messages.format(locale, key, arguments.toArray());
    }
}
