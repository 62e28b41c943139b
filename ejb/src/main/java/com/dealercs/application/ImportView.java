package com.dealercs.application;

import java.time.Instant;
import java.util.List;

/**
 * An import as HQ sees it. Rejections and the refusal are message keys with arguments, so each
 * caller renders them in its own language.
 */
public record ImportView(long id, String kind, String status, int read, int written, int rejected,
                         List<LineProblem> errors, Problem failure, String fileName, String startedBy,
                         Instant startedAt, Instant finishedAt) {

    /** A reason one line was rejected. */
    public record LineProblem(int line, Problem problem) {
    }
}
