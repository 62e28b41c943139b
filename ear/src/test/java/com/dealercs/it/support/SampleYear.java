package com.dealercs.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sample year (ejb/src/test/resources/sample-2024, in {@code cs.sample.dir}): its nine files,
 * rewritten to a test's own year, and the 61 scorecards they must give.
 */
public final class SampleYear {

    /** Dealers first: every other file refers to them. */
    public static final List<String> KINDS = List.of("dealers", "volumes", "inspections", "soc", "jdp", "csc",
            "training", "crisis", "adjustments");
    public static final int YEAR = 2024;
    private static final java.util.Map<Class<?>, Integer> SHARED = new java.util.HashMap<>();
    /** A year in a field of its own: 2024, 2024-03-08; not 12024, 2024.00 or R2024… */
    private static final Pattern SAMPLE_YEAR = Pattern.compile("(?<![0-9A-Za-z.])2024(?![0-9.])");

    private SampleYear() {
    }

    /**
     * The kind's file as the given year's: the year column, dates, and CSC response ids (R2024…,
     * unique across years) rewritten. The year must be a leap year, as 2024 is (29 February).
     */
    public static byte[] file(String kind, int year) {
        if (!java.time.Year.isLeap(year)) {
            throw new IllegalArgumentException(year + " is no leap year: the sample's 29 February would not fit");
        }
        String sample = new String(read(kind + ".csv"), StandardCharsets.UTF_8);
        String copy = SAMPLE_YEAR.matcher(sample.replace("R" + YEAR, "R" + year)).replaceAll(Integer.toString(year));
        return copy.getBytes(StandardCharsets.UTF_8);
    }

    /** The data rows of the kind's file (without header and blank lines). */
    public static long dataRows(String kind) {
        return new String(read(kind + ".csv"), StandardCharsets.UTF_8).lines().skip(1)
                .filter(line -> !line.isBlank()).count();
    }

    /** Imports the nine files as the year's through the API: each completes without a reject. */
    public static void importInto(int year) {
        for (String kind : KINDS) {
            JsonNode result = Api.importFile(kind, "text/csv", file(kind, year));
            assertEquals("COMPLETED", result.get("status").asText(), kind + ": " + result);
            assertEquals(0, result.get("rejected").asInt(), kind + ": " + result.get("errors"));
        }
    }

    /** {@code expected-scorecards.json}: the 61 scorecards of the sample year, in rank order (year 2024). */
    /**
     * A fresh leap year holding the sample's files ({@code calculated} once, or not), made by the
     * first test of {@code testClass} that asks and shared by its other tests.
     */
    public static synchronized int sharedBy(Class<?> testClass, boolean calculated) {
        return SHARED.computeIfAbsent(testClass, owner -> {
            int year = TestYears.freshLeapYear();
            importInto(year);
            if (calculated) {
                Scorecards.calculate(year);
            }
            return year;
        });
    }

    public static List<JsonNode> expectedScorecards() {
        List<JsonNode> expected = new ArrayList<>();
        Scorecards.parse(new String(read("expected-scorecards.json"), StandardCharsets.UTF_8)).forEach(expected::add);
        assertEquals(61, expected.size());
        return expected;
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(Path.of(System.getProperty("cs.sample.dir"), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
