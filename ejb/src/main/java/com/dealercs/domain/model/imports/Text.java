package com.dealercs.domain.model.imports;

/** Blank handling shared by the import file reader and the row validation. */
public final class Text {

    private Text() {
    }

    /**
     * {@code value} without leading and trailing whitespace, including the no-break space and the
     * byte-order mark that spreadsheet programs leave behind; "" for null.
     */
    public static String strip(String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isBlank(value.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    public static boolean isBlank(String value) {
        return strip(value).isEmpty();
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
