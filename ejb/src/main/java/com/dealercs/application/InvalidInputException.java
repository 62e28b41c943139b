package com.dealercs.application;

import java.util.List;

/** The request's data is wrong; {@link #problems()} says what and where. */
public class InvalidInputException extends ApplicationFailure {

    public InvalidInputException(List<Problem> problems) {
        super("error.invalidInput", List.of(), problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }
}
