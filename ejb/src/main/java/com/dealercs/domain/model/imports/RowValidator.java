package com.dealercs.domain.model.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates the rows of one import file, in file order: each row on its own (values, ranges,
 * dates), then against the database through {@link ImportReferences} (which includes: an inspection
 * entered on the portal or over the API is never overwritten), then against the file's
 * earlier rows (a key repeated within the file; rows of one inspection that disagree on its
 * quarter or inspector). Only accepted rows count as earlier rows: a row rejected for a bad value
 * does not make a later row with the same key a duplicate.
 *
 * <p>One instance per file and pass; not thread-safe.
 */
public final class RowValidator {

    private final ImportKind kind;
    private final ImportReferences references;
    private final DuplicateKeys keys = new DuplicateKeys();
    private final Map<String, InspectionHead> inspections = new HashMap<>();
    private final Set<Integer> years = new TreeSet<>();

    public RowValidator(ImportKind kind, ImportReferences references) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.references = Objects.requireNonNull(references, "references");
    }

    /** A validator that leaves the database checks out ({@link ImportReferences#ANY}). */
    public RowValidator(ImportKind kind) {
        this(kind, ImportReferences.ANY);
    }

    public ImportKind kind() {
        return kind;
    }

    /** The row on its own: the checks that need neither the database nor the file's other rows. */
    public static RowResult<ImportRow> parse(ImportKind kind, SourceRow row) {
        RowResult<? extends ImportRow> result = switch (kind) {
            case DEALERS -> DealerRow.parse(row);
            case VOLUMES -> VolumeRow.parse(row);
            case INSPECTIONS -> InspectionRow.parse(row);
            case SOC -> SocRow.parse(row);
            case JDP -> JdpRow.parse(row);
            case CSC -> CscRow.parse(row);
            case TRAINING -> TrainingRow.parse(row);
            case CRISIS -> CrisisRow.parse(row);
            case ADJUSTMENTS -> AdjustmentRow.parse(row);
        };
        return new RowResult<>(result.line(), result.row(), result.problems());
    }

    /** Validates the file's next row. */
    public RowResult<ImportRow> validate(SourceRow source) {
        RowResult<ImportRow> parsed = parse(kind, source);
        if (!parsed.isValid()) {
            return parsed;
        }
        ImportRow row = parsed.row();
        List<RowProblem> problems = new ArrayList<>(referenceProblems(row));
        if (!problems.isEmpty()) {
            return RowResult.rejected(source.line(), problems);
        }
        RowKey key = row.key().orElse(null);
        if (key != null) {
            // an inspection row may still be rejected below: its key is remembered only then
            OptionalInt first = row instanceof InspectionRow ? keys.lineOf(key) : keys.register(key, source.line());
            if (first.isPresent()) {
                return RowResult.rejected(source.line(), List.of(RowProblem.of(null, "import.row.duplicateKey",
                        key.toString(), String.valueOf(first.getAsInt()))));
            }
        }
        if (row instanceof InspectionRow inspection) {
            problems.addAll(inspectionProblems(inspection, source.line()));
            if (!problems.isEmpty()) {
                return RowResult.rejected(source.line(), problems);
            }
            keys.remember(key, source.line());
        }
        row.evaluationYear().ifPresent(years::add);
        return parsed;
    }

    /** The years of the rows accepted so far, ascending (none for dealers). */
    public Set<Integer> years() {
        return Collections.unmodifiableSet(years);
    }

    private List<RowProblem> referenceProblems(ImportRow row) {
        List<RowProblem> problems = new ArrayList<>();
        if (row instanceof InspectionRow inspection) {
            checkDealer(inspection.dealerCode(), problems);
            if (!references.checkpointExists(inspection.year(), inspection.map(), inspection.checkpointCode())) {
                problems.add(RowProblem.of("checkpoint_code", "import.row.unknownCheckpoint", "checkpoint_code",
                        inspection.checkpointCode(), inspection.map().name(), String.valueOf(inspection.year())));
            }
            if (references.inspectionEntered(inspection.dealerCode(), inspection.map(), inspection.inspectionDate())) {
                problems.add(RowProblem.of(null, "import.row.inspectionEntered", inspection.dealerCode(),
                        inspection.map().name(), inspection.inspectionDate().toString()));
            }
        } else if (row instanceof JdpRow jdp) {
            checkDealer(jdp.dealerCode(), problems);
            if (!references.factorExists(jdp.year(), jdp.study(), jdp.factorCode())) {
                problems.add(RowProblem.of("factor_code", "import.row.unknownFactor", "factor_code",
                        jdp.factorCode(), "JDP_" + jdp.study().name(), String.valueOf(jdp.year())));
            }
        } else if (row instanceof VolumeRow volume) {
            checkDealer(volume.dealerCode(), problems);
        } else if (row instanceof SocRow soc) {
            checkDealer(soc.dealerCode(), problems);
        } else if (row instanceof CscRow csc) {
            checkDealer(csc.dealerCode(), problems);
        } else if (row instanceof TrainingRow training) {
            checkDealer(training.dealerCode(), problems);
        } else if (row instanceof CrisisRow crisis) {
            checkDealer(crisis.dealerCode(), problems);
        } else if (row instanceof AdjustmentRow adjustment) {
            checkDealer(adjustment.dealerCode(), problems);
        }
        // a dealers file brings the dealers themselves: nothing to look up
        return problems;
    }

    private void checkDealer(String dealerCode, List<RowProblem> problems) {
        if (!references.dealerExists(dealerCode)) {
            problems.add(RowProblem.of("dealer_code", "import.row.unknownDealer", "dealer_code", dealerCode));
        }
    }

    /** All rows of one inspection (dealer, map, date) must agree on its quarter and inspector. */
    private List<RowProblem> inspectionProblems(InspectionRow row, int line) {
        String key = String.join("\u001F", row.inspectionKey().values());
        InspectionHead head = inspections.get(key);
        if (head == null) {
            inspections.put(key, new InspectionHead(row.quarter(), row.inspector(), line));
            return List.of();
        }
        List<RowProblem> problems = new ArrayList<>();
        if (head.quarter() != row.quarter()) {
            problems.add(RowProblem.of("quarter", "import.row.inspectionMismatch", "quarter",
                    String.valueOf(row.quarter()), String.valueOf(head.quarter()), String.valueOf(head.line())));
        }
        if (!head.inspector().equals(row.inspector())) {
            problems.add(RowProblem.of("inspector", "import.row.inspectionMismatch", "inspector",
                    row.inspector(), head.inspector(), String.valueOf(head.line())));
        }
        return problems;
    }

    private record InspectionHead(int quarter, String inspector, int line) {
    }
}
