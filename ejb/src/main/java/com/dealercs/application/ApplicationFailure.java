package com.dealercs.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;

/**
 * A request the application refuses for a reason the caller can act on. The transaction is
 * rolled back; the interfaces layer turns the kind into an HTTP status or a page message.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ApplicationFailure extends RuntimeException {

    private final String key;
    private final transient List<Object> arguments;
    private final transient List<Problem> problems;

    protected ApplicationFailure(String key, List<Object> arguments, List<Problem> problems) {
        super(Messages.format(Locale.ENGLISH, key, arguments.toArray()));
        this.key = key;
        this.arguments = List.copyOf(arguments);
        this.problems = List.copyOf(problems);
    }

    public String message(Locale locale) {
        return Messages.format(locale, key, arguments.toArray());
    }

    public List<Problem> problems() {
        return problems;
    }
}
