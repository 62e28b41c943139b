package com.dealercs.application;

import java.util.List;

/** The request is valid but clashes with the current state (a taken name, a locked year). */
public class ConflictException extends ApplicationFailure {

    public ConflictException(String key, Object... arguments) {
        super(key, List.of(arguments), List.of());
    }

    /** A conflict with the details the caller needs to resolve it (what someone else changed meanwhile). */
    public ConflictException(List<Problem> details, String key, Object... arguments) {
        super(key, List.of(arguments), details);
    }
}
