package com.dealercs.application;

import com.dealercs.application.FactEntries.AdjustmentEntry;
import com.dealercs.application.FactEntries.CrisisAssessmentEntry;
import com.dealercs.application.FactEntries.TrainingScoreEntry;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.ImportRow;
import com.dealercs.domain.model.imports.RowProblem;
import com.dealercs.domain.model.imports.RowResult;
import com.dealercs.domain.model.imports.RowValidator;
import com.dealercs.domain.model.imports.SourceRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of an entered fact are those of its import file (interfaces.md §1: ranges, decimals,
 * dates in the year, codes): an entry is read as one row of that file, by the import's own
 * parser, and each of its problems is shown beside its field.
 */
final class EntryRows {

    /** The most a reason says (an adjustment's column). */
    static final int MAX_REASON = 500;

    private EntryRows() {
    }

    /** The entry as a typed row, or the problems of its fields ({@code fact.*} keys, the import's arguments). */
    static <R extends ImportRow> R parse(ImportKind kind, Class<R> type, Map<String, String> columns) {
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((column, value) -> values.put(column, value == null ? "" : value));
        RowResult<ImportRow> result = RowValidator.parse(kind, new SourceRow(1, values));
        if (!result.isValid()) {
            throw new InvalidInputException(result.problems().stream().map(EntryRows::problem).toList());
        }
        return type.cast(result.row());
    }

    static Map<String, String> columns(TrainingScoreEntry entry) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("year", entry.year());
        columns.put("dealer_code", entry.dealerCode());
        columns.put("session_date", entry.sessionDate());
        columns.put("trainer", entry.trainer());
        columns.put("score", entry.score());
        return columns;
    }

    static Map<String, String> columns(CrisisAssessmentEntry entry) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("year", entry.year());
        columns.put("dealer_code", entry.dealerCode());
        columns.put("assessed_on", entry.assessedOn());
        columns.put("score", entry.score());
        return columns;
    }

    static Map<String, String> columns(AdjustmentEntry entry) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("year", entry.year());
        columns.put("dealer_code", entry.dealerCode());
        columns.put("amount", entry.amount());
        columns.put("reason", entry.reason());
        return columns;
    }

    /** An import row's problem as an entry field's: the same arguments, a message without "column". */
    static Problem problem(RowProblem problem) {
        String key = problem.messageKey().startsWith("import.row.")
                ? "fact." + problem.messageKey().substring("import.row.".length()) : problem.messageKey();
        return new Problem(problem.column(), key, problem.args());
    }

    /**
     * A replaced value needs a reason (who changed it is known; the audit trail keeps why); a new
     * one or the same again does not. The reason, stripped, or {@code null} when none is given.
     */
    static String reason(BigDecimal before, BigDecimal after, String reason) {
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (given != null && given.codePointCount(0, given.length()) > MAX_REASON) {
            throw new InvalidInputException(Problem.of("reason", "fact.tooLong", "reason",
                    given.codePointCount(0, given.length()), MAX_REASON));
        }
        if (before != null && before.compareTo(after) != 0 && given == null) {
            throw new InvalidInputException(Problem.of("reason", "fact.reasonRequired", plain(before)));
        }
        return given;
    }

    /** The audit's reason of an entry: where it came from, then why. */
    static String auditReason(String reason) {
        return "entered on the portal" + (reason == null ? "" : ": " + reason);
    }

    /** A value as the import's audit writes it: 78.5, not 78.50. */
    static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
