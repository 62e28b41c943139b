package com.dealercs.domain.model.scheme;

/** The shape of codes and names in a scheme. */
public final class SchemeText {

    /** The longest name, in either language. */
    public static final int MAX_NAME = 100;

    /** Whether a text can be a scheme code: capitals, digits, - and _, at most 32. */
    public static boolean isCode(String code) {
        return code != null && code.matches("[A-Z0-9][A-Z0-9_-]{0,31}");
    }

    private SchemeText() {
    }

    static String code(String code) {
        if (!isCode(code)) {
            throw new IllegalArgumentException("Invalid scheme code: " + code);
        }
        return code;
    }

    static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("A scheme name has 1 to 100 characters: " + name);
        }
        return name.strip();
    }
}
