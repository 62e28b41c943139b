package com.dealercs.it.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page says that did not come from the bundles in the page's language (issue 11): raw enum
 * names and codes ({@code APPROVED}, {@code NOT_RATED}), internal field names ({@code missingPolicy}),
 * section numbers ({@code §5}), audit subjects ({@code year:2026}), missing-bundle markers
 * ({@code ???key???}) and unformatted placeholders; in Chinese an English word, in English a Chinese
 * character. Data is not the page's words: the data strings given (dealer names, cities, usernames,
 * comments, typed reasons, file names, …) are taken out first, and codes shaped like data (D0001,
 * SSI-ENV-01, Q3, 2026-03-02) and brand or format names (J.D. Power, SSI-MAP, PDF, Excel) are allowed.
 */
public final class PageWords {

    /** Brand, product, format and unit names a Chinese page writes in Latin letters. */
    private static final Set<String> BRANDS = Set.of("PDF", "Excel", "SSI", "CSI", "SOC", "MAP", "CS", "JDP", "J.D.",
            "J.D", "Power", "TAS", "CSC", "N/A", "CSV", "csv", "xlsx", "XLSX", "UTF-8", "GBK", "GB18030", "API", "JSON", "KPI",
            "CS-MAP", "SSI-MAP", "English", "Subaru", "SUBARU", "MB",
            // the HTTP header an API client must send, written as it is sent; the time zone's name
            "Authorization", "Bearer", "UTC");
    private static final Pattern RAW_CODE = Pattern.compile("(?<![\\p{L}\\d_-])[A-Z][A-Z_]{3,}(?![\\p{L}\\d_-])");
    private static final Pattern CAMEL = Pattern.compile("(?<![\\p{L}\\d_])[a-z]+[A-Z][A-Za-z]*(?![\\p{L}\\d_])");
    private static final Pattern SUBJECT = Pattern.compile("\\b(?:year|inspection|dealer):\\S+");
    private static final Pattern MARKERS = Pattern.compile("\\?\\?\\?[^?\\s]*\\?\\?\\?|§|\\{\\d}");
    /** A Latin word as a Chinese page might show one. */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\p{L}\\d_])[A-Za-z][\\w.'’/+-]*");
    /** Codes shaped like data: dealer, checkpoint and item codes, quarters, ids with digits. */
    private static final Pattern DATA_CODE = Pattern.compile("[A-Za-z]+[-_]?\\d[\\w-]*|[A-Z]{1,4}(?:-[A-Z0-9]+)+|Q[1-4]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Set<String> RAW_ALLOWED = Set.of("SUBARU", "XLSX", "JSON", "CS-MAP", "SSI-MAP", "GB18030");

    /** PrimeFaces' own text of an icon-only button (the date picker's), moved off screen by its CSS. */
    private static final String ICON_BUTTON_TEXT = "ui-button";

    /** Each data string, the longest first, matched only as a whole: not the "DEAL" of "DEALERSHIP". */
    private final List<Pattern> data;

    /** {@code data}: strings the database holds (names, comments, reasons, …), which any page may show as they are. */
    public PageWords(Collection<String> data) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(data));
        sorted.removeIf(s -> s == null || s.isBlank());
        sorted.sort(Comparator.comparingInt(String::length).reversed());      // the longest first
        this.data = sorted.stream().map(PageWords::whole).toList();
    }

    /** A data string where no Latin letter or digit continues it on either side (Chinese may: no spaces there). */
    private static Pattern whole(String value) {
        String before = value.matches("(?s)^[A-Za-z0-9].*") ? "(?<![A-Za-z0-9])" : "";
        String after = value.matches("(?s).*[A-Za-z0-9]$") ? "(?![A-Za-z0-9])" : "";
        return Pattern.compile(before + Pattern.quote(value) + after);
    }

    /** Findings on a page of the given language ({@code zh} or {@code en}); empty when its words are all the bundles'. */
    public List<String> findings(String text, String language) {
        String rest = text.replace(ICON_BUTTON_TEXT, " ");
        for (Pattern value : data) {
            rest = value.matcher(rest).replaceAll(" ");
        }
        Set<String> found = new LinkedHashSet<>();
        for (Pattern raw : List.of(RAW_CODE, CAMEL, SUBJECT, MARKERS)) {
            Matcher m = raw.matcher(rest);
            while (m.find()) {
                if (!RAW_ALLOWED.contains(m.group()) && !(raw == RAW_CODE && BRANDS.contains(m.group()))) {
                    found.add("raw " + m.group() + around(rest, m.start()));
                }
            }
        }
        if ("zh".equals(language)) {
            Matcher m = LATIN_WORD.matcher(rest);
            while (m.find()) {
                String word = m.group().replaceAll("[.'’/+-]+$", "");
                String bare = word.replaceAll("[.]+$", "");
                if (word.isEmpty()) {
                    continue;
                }
                if (BRANDS.contains(word) || BRANDS.contains(bare) || DATA_CODE.matcher(word).matches()
                        || DATA_CODE.matcher(bare).matches()) {
                    continue;
                }
                found.add("English " + word + around(rest, m.start()));
            }
        } else {
            Matcher m = HAN.matcher(rest.replace("中文", " "));     // the language switch names Chinese in Chinese
            while (m.find()) {
                found.add("Chinese " + m.group() + around(rest.replace("中文", " "), m.start()));
            }
        }
        return new ArrayList<>(found);
    }

    private static String around(String text, int at) {
        int from = Math.max(0, at - 30);
        int to = Math.min(text.length(), at + 40);
        return " in \"…" + text.substring(from, to).replaceAll("\\s+", " ") + "…\"";
    }
}
