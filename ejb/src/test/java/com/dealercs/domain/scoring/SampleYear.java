package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a sample year's import files ({@code interfaces.md} §1) into each dealer's facts, the
 * way the imports would: one inspection is all rows with the same dealer, map and date, and
 * imported inspections count as approved.
 */
final class SampleYear {

    private final Map<String, DealerFacts.Builder> dealers = new LinkedHashMap<>();

    private SampleYear() {
    }

    static List<DealerFacts> read(String folder, int year, Scheme scheme) {
        SampleYear sample = new SampleYear();
        for (CSVRecord row : rows(folder, "dealers")) {
            Dealer dealer = new Dealer(row.get("dealer_code"), row.get("region"),
                    DealerStatus.valueOf(row.get("status")));
            sample.dealers.put(dealer.code(), DealerFacts.of(dealer));
        }
        for (CSVRecord row : yearRows(folder, "volumes", year)) {
            sample.dealer(row).units(Integer.parseInt(row.get("units")));
        }
        sample.readInspections(folder, year, scheme);
        for (CSVRecord row : yearRows(folder, "soc", year)) {
            sample.dealer(row).soc(new SocScore(SocKind.valueOf(row.get("kind")), date(row, "visit_date"),
                    new BigDecimal(row.get("score"))));
        }
        for (CSVRecord row : yearRows(folder, "jdp", year)) {
            sample.dealer(row).jdp(new JdpFactorScore(Component.valueOf("JDP_" + row.get("study")),
                    row.get("factor_code"), new BigDecimal(row.get("index_score")),
                    Integer.parseInt(row.get("sample_size"))));
        }
        List<Factor> cscItems = scheme.factors(Component.CSC);
        for (CSVRecord row : yearRows(folder, "csc", year)) {
            Map<String, Integer> ratings = new LinkedHashMap<>();
            for (Factor item : cscItems) {
                String rating = row.get(item.code().toLowerCase(Locale.ROOT)); // awareness → AWARENESS
                ratings.put(item.code(), rating.isBlank() ? null : Integer.valueOf(rating.trim()));
            }
            sample.dealer(row).csc(new CscResponse(Integer.parseInt(row.get("quarter")), ratings));
        }
        for (CSVRecord row : yearRows(folder, "training", year)) {
            sample.dealer(row).training(new TrainingVisit(date(row, "session_date"), new BigDecimal(row.get("score"))));
        }
        for (CSVRecord row : yearRows(folder, "crisis", year)) {
            sample.dealer(row).crisis(new CrisisAssessment(date(row, "assessed_on"), new BigDecimal(row.get("score"))));
        }
        for (CSVRecord row : yearRows(folder, "adjustments", year)) {
            sample.dealer(row).adjustment(new Adjustment(new BigDecimal(row.get("amount")), row.get("reason")));
        }
        return sample.dealers.values().stream().map(DealerFacts.Builder::build).toList();
    }

    private void readInspections(String folder, int year, Scheme scheme) {
        record Key(String dealer, Component map, LocalDate date) {
        }
        Map<Key, List<CSVRecord>> inspections = new LinkedHashMap<>();
        for (CSVRecord row : yearRows(folder, "inspections", year)) {
            Key key = new Key(row.get("dealer_code"), Component.valueOf(row.get("map")), date(row, "inspection_date"));
            inspections.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        inspections.forEach((key, rows) -> {
            Map<String, CheckpointResult> results = new LinkedHashMap<>();
            for (CSVRecord row : rows) {
                results.put(row.get("checkpoint_code"), CheckpointResult.valueOf(row.get("result")));
            }
            int quarter = Integer.parseInt(rows.get(0).get("quarter"));
            dealer(rows.get(0)).inspection(
                    Inspection.of(scheme.checklist(key.map()), quarter, key.date(), true, results));
        });
    }

    private DealerFacts.Builder dealer(CSVRecord row) {
        DealerFacts.Builder dealer = dealers.get(row.get("dealer_code"));
        if (dealer == null) {
            throw new IllegalStateException("unknown dealer on line " + row.getRecordNumber() + ": " + row);
        }
        return dealer;
    }

    private static List<CSVRecord> rows(String folder, String kind) {
        return SchemeFiles.rows("/" + folder + "/" + kind + ".csv");
    }

    private static List<CSVRecord> yearRows(String folder, String kind, int year) {
        return rows(folder, kind).stream().filter(r -> Integer.parseInt(r.get("year")) == year).toList();
    }

    private static LocalDate date(CSVRecord row, String column) {
        return LocalDate.parse(row.get(column));
    }
}
