package com.dealercs.domain.scoring;

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

/** Reads the default scheme ({@code scheme/*.csv} of the main resources) for the tests. */
final class SchemeFiles {

    private static Scheme defaultScheme;

    private SchemeFiles() {
    }

    static synchronized Scheme defaultScheme() {
        if (defaultScheme == null) {
            defaultScheme = new Scheme(checklists(), factors());
        }
        return defaultScheme;
    }

    private static List<Checklist> checklists() {
        // map → item → (max, checkpoints), in file order
        Map<Component, Map<String, List<String>>> checkpoints = new LinkedHashMap<>();
        Map<String, BigDecimal> maxima = new LinkedHashMap<>();
        for (CSVRecord row : rows("/scheme/checkpoints.csv")) {
            Component map = Component.valueOf(row.get("map"));
            checkpoints.computeIfAbsent(map, m -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("item_code"), i -> new ArrayList<>())
                    .add(row.get("checkpoint_code"));
            maxima.put(row.get("item_code"), new BigDecimal(row.get("item_max")));
        }
        List<Checklist> checklists = new ArrayList<>();
        checkpoints.forEach((map, items) -> checklists.add(new Checklist(map, items.entrySet().stream()
                .map(e -> new ChecklistItem(e.getKey(), maxima.get(e.getKey()), e.getValue()))
                .toList())));
        return checklists;
    }

    private static List<Factor> factors() {
        return rows("/scheme/factors.csv").stream()
                .map(row -> new Factor(Component.valueOf(row.get("component")), row.get("factor_code"),
                        new BigDecimal(row.get("weight"))))
                .toList();
    }

    static List<CSVRecord> rows(String resource) {
        try (InputStream in = SchemeFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader).getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
