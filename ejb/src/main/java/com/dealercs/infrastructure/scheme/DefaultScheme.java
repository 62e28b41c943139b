package com.dealercs.infrastructure.scheme;

import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.FactorComponent;
import com.dealercs.domain.model.scheme.ScoringFactor;
import com.dealercs.domain.model.year.EvaluationYear;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The scheme a new evaluation year starts with: the SSI-MAP and CS-MAP checklists and the factor
 * weights shipped in {@code scheme/*.csv} (the distributor's defaults, scoring.md §5).
 */
public final class DefaultScheme {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private DefaultScheme() {
    }

    /** New scheme entities for the year, items with their checkpoints, in the files' order. */
    public static List<ChecklistItem> checklists(EvaluationYear year) {
        Map<String, ChecklistItem> items = new LinkedHashMap<>();
        for (CSVRecord row : read("scheme/checkpoints.csv")) {
            ChecklistItem item = items.computeIfAbsent(row.get("item_code"), code -> new ChecklistItem(year,
                    ChecklistMap.valueOf(row.get("map")), code, row.get("item_name_zh"), row.get("item_name_en"),
                    new BigDecimal(row.get("item_max")), items.size() + 1));
            item.addCheckpoint(row.get("checkpoint_code"), row.get("checkpoint_name_zh"), row.get("checkpoint_name_en"));
        }
        return new ArrayList<>(items.values());
    }

    public static List<ScoringFactor> factors(EvaluationYear year) {
        List<ScoringFactor> factors = new ArrayList<>();
        for (CSVRecord row : read("scheme/factors.csv")) {
            factors.add(new ScoringFactor(year, FactorComponent.valueOf(row.get("component")), row.get("factor_code"),
                    row.get("factor_name_zh"), row.get("factor_name_en"), new BigDecimal(row.get("weight")),
                    factors.size() + 1));
        }
        return factors;
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = DefaultScheme.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The default scheme is missing: " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return FORMAT.parse(reader).getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
