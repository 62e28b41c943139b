package com.dealercs.application;

import java.util.List;

public class NotFoundException extends ApplicationFailure {

    public NotFoundException(String key, Object... arguments) {
        super(key, List.of(arguments), List.of());
    }
}
