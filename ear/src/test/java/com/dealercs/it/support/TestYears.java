package com.dealercs.it.support;

import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Years of a test's own. Every test class writes its facts, runs and audit entries into years that
 * no other test touches and that were not in the database when it started, so any class runs
 * alone, in any order, and again against a kept database (a second run picks other years).
 */
public final class TestYears {

    /** What an import accepts in its {@code year} column (the API creates years up to 2999). */
    private static final int LAST_IMPORTABLE = 2100;
    /** Above the years people use (the demo's, the sample's 2024): the test dealers opened before. */
    private static final int FIRST_FOR_TESTS = 2025;
    /** Years the API accepts but no import can create: "a year that does not exist". */
    private static final int FIRST_UNKNOWN = 2900;
    private static final int LAST = 2999;

    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private TestYears() {
    }

    /**
     * A year not in the database yet (nor handed out in this run), that imports accept; a common
     * year while there is one, so that the leap years are left for {@link #freshLeapYear()}.
     */
    public static synchronized int fresh() {
        return hasFree(year -> !Year.isLeap(year)) ? pick(FIRST_FOR_TESTS, LAST_IMPORTABLE, year -> !Year.isLeap(year),
                "a year") : pick(FIRST_FOR_TESTS, LAST_IMPORTABLE, year -> true, "a year");
    }

    /** A fresh leap year: the sample year's files (with 29 February) rewritten to it stay valid. */
    public static int freshLeapYear() {
        return pick(FIRST_FOR_TESTS, LAST_IMPORTABLE, Year::isLeap, "a leap year");
    }

    /** A year the API accepts that does not exist (no test creates one in 2900–2999). */
    public static int unknown() {
        return pick(FIRST_UNKNOWN, LAST, year -> true, "an unknown year");
    }

    private static boolean hasFree(IntPredicate fits) {
        Set<Integer> existing = existing();
        for (int year = LAST_IMPORTABLE; year >= FIRST_FOR_TESTS; year--) {
            if (fits.test(year) && !existing.contains(year) && !HANDED_OUT.contains(year)) {
                return true;
            }
        }
        return false;
    }

    private static synchronized int pick(int first, int last, IntPredicate fits, String what) {
        Set<Integer> existing = existing();
        // from the top down, away from the years a person would use
        for (int year = last; year >= first; year--) {
            if (fits.test(year) && !existing.contains(year) && !HANDED_OUT.contains(year)) {
                HANDED_OUT.add(year);
                return year;
            }
        }
        throw new AssertionError("No free " + what + " left in " + first + "–" + last + " of the test database ("
                + System.getProperty("cs.db.url") + "): every run of the integration tests takes years of its own; "
                + "drop and recreate the database to start over");
    }

    private static Set<Integer> existing() {
        Set<Integer> existing = new HashSet<>();
        List<Map<String, Object>> rows = TestDatabase.rows("select eval_year from evaluation_year");
        rows.forEach(row -> existing.add(((Number) row.get("eval_year")).intValue()));
        return existing;
    }
}
