package com.dealercs.application;

import java.util.List;

/** The caller is known but may not see or do this (a dealer asking for another dealer's data). */
public class ForbiddenException extends ApplicationFailure {

    public ForbiddenException(String key, Object... arguments) {
        super(key, List.of(arguments), List.of());
    }
}
