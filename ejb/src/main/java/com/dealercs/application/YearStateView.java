package com.dealercs.application;

import com.dealercs.domain.model.year.EvaluationYear;

/** A year and its state in the life cycle: {@code {"year": 2024, "state": "APPROVED"}}. */
public record YearStateView(int year, String state) {

    static YearStateView of(EvaluationYear year) {
        return new YearStateView(year.getYear(), year.getState().name());
    }
}
