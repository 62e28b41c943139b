package com.dealercs.infrastructure.imports;

import com.dealercs.infrastructure.imports.file.FileRefusedException;
import com.dealercs.domain.model.imports.AdjustmentRow;
import com.dealercs.domain.model.imports.CrisisRow;
import com.dealercs.domain.model.imports.CscRow;
import com.dealercs.domain.model.imports.DealerRow;
import com.dealercs.domain.model.imports.ImportRow;
import com.dealercs.domain.model.imports.InspectionRow;
import com.dealercs.domain.model.imports.JdpRow;
import com.dealercs.domain.model.imports.RowKey;
import com.dealercs.domain.model.imports.RowProblem;
import com.dealercs.domain.model.imports.RowResult;
import com.dealercs.domain.model.imports.SocRow;
import com.dealercs.domain.model.imports.SourceRow;
import com.dealercs.domain.model.imports.TrainingRow;
import com.dealercs.domain.model.imports.VolumeRow;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates one row: its own values first (the kind's rules), then what it refers to (the dealer,
 * the year's scheme), then that its key is new within the file. A rejected row is skipped and
 * recorded; a row of a locked year refuses the whole file.
 */
@Named("importRowProcessor")
@Dependent
public class ImportRowProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    ImportLookups lookups;

    @Override
    public Object processItem(Object item) throws RowRejectedException {
        ImportRun run = ImportRun.of(job);
        SourceRow source = (SourceRow) item;
        try {
            return validate(run, source);
        } catch (RowRejectedException rejected) {
            run.rowRejected();
            throw rejected;
        }
    }

    private StagedRow validate(ImportRun run, SourceRow source) throws RowRejectedException {
        RowResult<? extends ImportRow> parsed = ImportRows.parse(run.kind(), source);
        if (!parsed.isValid()) {
            throw new RowRejectedException(source.line(), parsed.problems());
        }
        ImportRow row = parsed.row();
        List<RowProblem> problems = references(run, row);
        if (!problems.isEmpty()) {
            throw new RowRejectedException(source.line(), problems);
        }
        Optional<RowKey> key = row.key();
        if (key.isPresent()) {
            Integer firstLine = run.firstLineOf(key.get().toString(), source.line());
            if (firstLine != null) {
                throw new RowRejectedException(source.line(),
                        List.of(RowProblem.of(null, "import.row.duplicateKey", key.get().toString(), firstLine)));
            }
        }
        return StagedRow.of(run.kind(), source);
    }

    private List<RowProblem> references(ImportRun run, ImportRow row) {
        List<RowProblem> problems = new ArrayList<>();
        if (row instanceof DealerRow) {
            return problems;
        }
        String dealerCode = switch (row) {
            case VolumeRow volume -> volume.dealerCode();
            case InspectionRow inspection -> inspection.dealerCode();
            case SocRow soc -> soc.dealerCode();
            case JdpRow jdp -> jdp.dealerCode();
            case CscRow csc -> csc.dealerCode();
            case TrainingRow training -> training.dealerCode();
            case CrisisRow crisis -> crisis.dealerCode();
            case AdjustmentRow adjustment -> adjustment.dealerCode();
            case DealerRow dealer -> dealer.dealerCode();
        };
        if (!lookups.dealerExists(dealerCode)) {
            problems.add(RowProblem.of("dealer_code", "import.row.unknownDealer", dealerCode));
        }
        int year = row.evaluationYear().orElseThrow();
        ImportLookups.YearFacts facts = lookups.year(year);
        if (!facts.open()) {
            FileRefusedException refusal = FileRefusedException.of("import.file.yearLocked", year, facts.state());
            run.refuse(refusal);
            throw refusal;
        }
        if (row instanceof InspectionRow inspection) {
            ImportLookups.SchemeCheckpoint checkpoint = facts.checkpoints().get(inspection.checkpointCode());
            if (checkpoint == null) {
                problems.add(RowProblem.of("checkpoint_code", "import.row.unknownCheckpoint",
                        inspection.checkpointCode(), year));
            } else if (!checkpoint.map().equals(inspection.map().name())) {
                problems.add(RowProblem.of("checkpoint_code", "import.row.checkpointOfOtherMap",
                        inspection.checkpointCode(), checkpoint.map()));
            }
        }
        if (row instanceof JdpRow jdp) {
            String component = "JDP_" + jdp.study().name();
            if (!facts.factorsByComponent().getOrDefault(component, java.util.Set.of()).contains(jdp.factorCode())) {
                problems.add(RowProblem.of("factor_code", "import.row.unknownFactor", jdp.factorCode(), component, year));
            }
        }
        return problems;
    }
}
