package com.dealercs.interfaces.rest;

import com.dealercs.application.Messages;
import com.dealercs.application.Problem;
import java.util.List;
import java.util.Locale;

/** The body of every error of the API: {@code {"error": "...", "details": [...]}}. */
public record ApiError(String error, List<Detail> details) {

    /** One specific problem: where (a field, or a line of a file) and what. */
    public record Detail(String field, String message) {
    }

    public static ApiError of(Locale locale, String key, Object... arguments) {
        return new ApiError(Messages.format(locale, key, arguments), List.of());
    }

    public static ApiError of(String message, List<Problem> problems, Locale locale) {
        return new ApiError(message, problems.stream()
                .map(problem -> new Detail(problem.field(), problem.message(locale)))
                .toList());
    }
}
