package com.dealercs.domain.model.year;

/**
 * Where evaluation years come into being: "with the first data that names it", OPEN, with the
 * default policy and scheme (interfaces.md §2). Used by imports and by administrators; it checks
 * no caller itself.
 */
public interface YearRegistry {

    /** The year, created first if it does not exist. Safe against two imports creating it at once. */
    EvaluationYear ensure(int year);
}
