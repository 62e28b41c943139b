package com.dealercs.domain.model.year;

/**
 * Where evaluation years come into being: "with the first data that names it", OPEN, with the
 * default policy and scheme (interfaces.md §2). Used by imports and by administrators; it checks
 * no caller itself.
 */
public interface YearRegistry {

    /** The year, created first if it does not exist. Safe against two imports creating it at once. */
    EvaluationYear ensure(int year);

    /**
     * A new year, OPEN, with the default policy and a copy of another year's scheme (checklists and
     * factors) instead of the default one: an administrator starts a year from the previous one.
     * Fails when the year exists.
     */
    EvaluationYear startFrom(int year, int schemeYear);
}
