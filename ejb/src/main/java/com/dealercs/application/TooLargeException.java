package com.dealercs.application;

import java.util.List;

/** What was sent is larger than the application takes (the API answers 413). */
public class TooLargeException extends ApplicationFailure {

    public TooLargeException(String key, Object... arguments) {
        super(key, List.of(arguments), List.of());
    }
}
