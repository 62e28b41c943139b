package com.dealercs.domain.model.scheme;

/** The shape of codes and names in a scheme. */
final class SchemeText {

    private SchemeText() {
    }

    static String code(String code) {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9_-]{0,31}")) {
            throw new IllegalArgumentException("Invalid scheme code: " + code);
        }
        return code;
    }

    static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("A scheme name has 1 to 100 characters: " + name);
        }
        return name.strip();
    }
}
