package com.dealercs.infrastructure.imports;

import com.dealercs.domain.model.imports.RowProblem;
import java.util.List;

/** A row of the file that cannot be imported: skipped by the job and recorded with its reasons. */
public class RowRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final transient List<RowProblem> problems;

    public RowRejectedException(int line, List<RowProblem> problems) {
        super("Line " + line + " rejected: " + problems);
        this.line = line;
        this.problems = List.copyOf(problems);
    }

    public int line() {
        return line;
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
