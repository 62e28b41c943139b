package com.dealercs.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.imports.ImportKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataGeneratorTest {

    private static final int CURRENT = 2025;
    private static final int PREVIOUS = 2024;

    /** docs/interfaces.md §1, written out here on purpose: required columns, plus the optional comment of inspections. */
    private static final Map<String, String> SPEC_HEADERS = Map.of(
            "dealers", "dealer_code,name,region,province,city,opened_on,status",
            "volumes", "year,dealer_code,units",
            "inspections", "year,quarter,dealer_code,map,inspection_date,inspector,checkpoint_code,result,comment",
            "soc", "year,dealer_code,kind,visit_date,score",
            "jdp", "year,study,dealer_code,factor_code,index_score,sample_size",
            "csc", "year,quarter,dealer_code,response_id,awareness,attitude,communication,experience,first_time_resolution",
            "training", "year,dealer_code,session_date,trainer,score",
            "crisis", "year,dealer_code,assessed_on,score",
            "adjustments", "year,dealer_code,amount,reason");

    private static final Pattern DECIMAL2 = Pattern.compile("-?\\d+(\\.\\d{1,2})?");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<String> CSC_ITEMS =
            List.of("awareness", "attitude", "communication", "experience", "first_time_resolution");
    private static final Map<String, Integer> WEIGHTS = Map.of("SSI_MAP", 15, "CS_MAP", 15, "SOC_CENTRAL", 10,
            "SOC_SPOT", 10, "JDP_SSI", 10, "JDP_CSI", 10, "TRAINING", 10, "CSC", 10, "CRISIS", 10);

    private static DemoDataGenerator generator;
    private static Map<Integer, Map<ImportKind, String>> files;
    private static Map<String, CSVRecord> dealers;
    /** map → item → checkpoint codes; and component → factor codes */
    private static Map<String, Map<String, List<String>>> checklists;
    private static Map<String, List<String>> factors;
    private static Map<String, BigDecimal> factorWeights;
    private static Map<String, Integer> itemMax;

    @BeforeAll
    static void generate() {
        generator = new DemoDataGenerator(CURRENT);
        files = generator.generateAll();
        dealers = new LinkedHashMap<>();
        for (CSVRecord row : parse(generator.dealersCsv())) {
            dealers.put(row.get("dealer_code"), row);
        }
        checklists = new LinkedHashMap<>();
        itemMax = new HashMap<>();
        for (CSVRecord row : parse(resource("/scheme/checkpoints.csv"))) {
            checklists.computeIfAbsent(row.get("map"), m -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("item_code"), i -> new ArrayList<>()).add(row.get("checkpoint_code"));
            itemMax.put(row.get("item_code"), Integer.parseInt(row.get("item_max")));
        }
        factors = new LinkedHashMap<>();
        factorWeights = new HashMap<>();
        for (CSVRecord row : parse(resource("/scheme/factors.csv"))) {
            factors.computeIfAbsent(row.get("component"), c -> new ArrayList<>()).add(row.get("factor_code"));
            factorWeights.put(row.get("factor_code"), new BigDecimal(row.get("weight")));
        }
    }

    @Test
    void theSameCallAlwaysGivesTheSameFiles() {
        DemoDataGenerator again = new DemoDataGenerator(CURRENT);
        // the other order of calls on purpose: nothing depends on what was generated before
        assertEquals(files.get(CURRENT), again.generate(CURRENT));
        assertEquals(files.get(PREVIOUS), again.generate(PREVIOUS));
        assertEquals(generator.dealersCsv(), again.dealersCsv());
        assertEquals(files, new DemoDataGenerator(CURRENT, DemoDataGenerator.DEFAULT_SEED).generateAll());
        assertNotEquals(files.get(PREVIOUS).get(ImportKind.CSC), new DemoDataGenerator(CURRENT, 7).generate(PREVIOUS).get(ImportKind.CSC));
    }

    @Test
    void onlyThePreviousAndTheCurrentYearExist() {
        assertEquals(List.of(PREVIOUS, CURRENT), generator.years());
        assertEquals(List.of(PREVIOUS, CURRENT), new ArrayList<>(files.keySet()));
        assertThrows(IllegalArgumentException.class, () -> generator.generate(CURRENT + 1));
        assertThrows(IllegalArgumentException.class, () -> generator.generate(PREVIOUS - 1));
    }

    @Test
    void everyFileHasTheHeaderOfTheSpecAndEveryKindIsThere() {
        for (Map<ImportKind, String> year : files.values()) {
            assertEquals(List.of(ImportKind.values()), new ArrayList<>(year.keySet()));
            for (Map.Entry<ImportKind, String> file : year.entrySet()) {
                String firstLine = file.getValue().substring(0, file.getValue().indexOf('\n'));
                assertEquals(SPEC_HEADERS.get(file.getKey().pathName()), firstLine, file.getKey().pathName());
                assertEquals(String.join(",", file.getKey().columns()), firstLine);
                assertTrue(parse(file.getValue()).size() > 1, file.getKey() + " has rows");
            }
            assertEquals(generator.dealersCsv(), year.get(ImportKind.DEALERS));
        }
    }

    @Test
    void theNetworkIsPlausible() {
        assertTrue(dealers.size() >= 60 && dealers.size() <= 70, "dealers: " + dealers.size());
        Set<String> regions = new HashSet<>();
        Set<String> names = new HashSet<>();
        int closed = 0;
        for (CSVRecord d : dealers.values()) {
            assertTrue(d.get("dealer_code").matches("D\\d{4}"), d.get("dealer_code"));
            regions.add(d.get("region"));
            assertTrue(names.add(d.get("name")), "unique name " + d.get("name"));
            assertTrue(d.get("name").startsWith(d.get("city")) && d.get("name").contains("斯巴鲁")
                    && d.get("name").endsWith("有限公司"), d.get("name"));
            assertTrue(Set.of("ACTIVE", "CLOSED").contains(d.get("status")));
            closed += d.get("status").equals("CLOSED") ? 1 : 0;
            assertTrue(date(d.get("opened_on")).isBefore(LocalDate.of(CURRENT, 12, 31)));
        }
        assertTrue(regions.size() >= 6 && regions.size() <= 7, "regions: " + regions);
        assertTrue(closed >= 1 && closed <= 3, "closed: " + closed);
    }

    @Test
    void everyRowNamesAKnownDealerTradingAtTheTime() {
        for (int year : files.keySet()) {
            for (String kind : SPEC_HEADERS.keySet()) {
                if (kind.equals("dealers")) {
                    continue;
                }
                for (CSVRecord row : rows(year, kind)) {
                    CSVRecord dealer = dealers.get(row.get("dealer_code"));
                    assertTrue(dealer != null, kind + " line " + row.getRecordNumber() + ": " + row.get("dealer_code"));
                    assertEquals(String.valueOf(year), row.get("year"), kind);
                    for (String column : List.of("inspection_date", "visit_date", "session_date", "assessed_on")) {
                        if (row.isMapped(column)) {
                            assertFalse(date(row.get(column)).isBefore(date(dealer.get("opened_on"))),
                                    kind + " before the dealer opened: " + row);
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyCheckpointAndFactorIsInTheSchemeAndEveryInspectionIsComplete() {
        for (int year : files.keySet()) {
            Map<String, Map<String, String>> inspections = new LinkedHashMap<>();
            Map<String, String> inspectors = new HashMap<>();
            for (CSVRecord row : rows(year, "inspections")) {
                Map<String, List<String>> checklist = checklists.get(row.get("map"));
                assertTrue(checklist != null, row.get("map"));
                assertTrue(checklist.values().stream().anyMatch(c -> c.contains(row.get("checkpoint_code"))),
                        row.get("checkpoint_code") + " in " + row.get("map"));
                String key = row.get("dealer_code") + "/" + row.get("map") + "/" + row.get("inspection_date");
                inspections.computeIfAbsent(key, k -> new HashMap<>()).put(row.get("checkpoint_code"), row.get("result"));
                assertFalse(row.get("inspector").isBlank());
                String before = inspectors.putIfAbsent(key, row.get("inspector"));
                assertTrue(before == null || before.equals(row.get("inspector")), "one inspector per inspection");
                if (!row.get("comment").isEmpty()) {
                    assertEquals("FAIL", row.get("result"), "comments explain failures");
                }
            }
            for (Map.Entry<String, Map<String, String>> inspection : inspections.entrySet()) {
                String map = inspection.getKey().split("/")[1];
                int size = checklists.get(map).values().stream().mapToInt(List::size).sum();
                assertEquals(size, inspection.getValue().size(), "every checkpoint of " + inspection.getKey());
                assertTrue(inspection.getValue().values().stream().anyMatch(r -> !r.equals("NA")));
            }
            for (CSVRecord row : rows(year, "jdp")) {
                String component = "JDP_" + row.get("study");
                assertTrue(factors.get(component).contains(row.get("factor_code")), row.toString());
            }
        }
    }

    @Test
    void datesAreInTheirYearAndQuartersMatchTheDates() {
        for (int year : files.keySet()) {
            LocalDate last = generator.lastDataDate(year);
            Map<String, String> dateColumns = Map.of("inspections", "inspection_date", "soc", "visit_date",
                    "training", "session_date", "crisis", "assessed_on");
            for (Map.Entry<String, String> kind : dateColumns.entrySet()) {
                for (CSVRecord row : rows(year, kind.getKey())) {
                    LocalDate d = date(row.get(kind.getValue()));
                    assertEquals(year, d.getYear(), kind.getKey() + ": " + row);
                    assertFalse(d.isAfter(last), kind.getKey() + " after " + last + ": " + row);
                    if (row.isMapped("quarter")) {
                        assertEquals((d.getMonthValue() - 1) / 3 + 1, Integer.parseInt(row.get("quarter")), row.toString());
                    }
                }
            }
            for (CSVRecord row : rows(year, "csc")) {
                int q = Integer.parseInt(row.get("quarter"));
                assertTrue(q >= 1 && q <= generator.lastQuarter(year), row.toString());
            }
        }
        assertEquals(4, generator.lastQuarter(PREVIOUS));
        assertEquals(3, generator.lastQuarter(CURRENT));
    }

    @Test
    void valuesAreInTheRangesOfTheSpec() {
        for (int year : files.keySet()) {
            for (CSVRecord row : rows(year, "volumes")) {
                int units = integer(row.get("units"));
                assertTrue(units >= 30 && units <= 600, row.toString());
            }
            for (CSVRecord row : rows(year, "inspections")) {
                assertTrue(Set.of("SSI_MAP", "CS_MAP").contains(row.get("map")));
                assertTrue(Set.of("PASS", "FAIL", "NA").contains(row.get("result")));
            }
            for (CSVRecord row : rows(year, "soc")) {
                assertTrue(Set.of("BASELINE", "FINAL", "SPOT").contains(row.get("kind")));
                assertDecimal(row.get("score"), 0, 100);
            }
            for (CSVRecord row : rows(year, "jdp")) {
                assertTrue(Set.of("SSI", "CSI").contains(row.get("study")));
                int index = integer(row.get("index_score"));
                assertTrue(index >= 0 && index <= 1000, row.toString());
                assertTrue(integer(row.get("sample_size")) > 0);
            }
            for (CSVRecord row : rows(year, "csc")) {
                assertTrue(row.get("response_id").matches("R" + year + "\\d{8}"), row.get("response_id"));
                for (String item : CSC_ITEMS) {
                    if (!row.get(item).isEmpty()) {
                        int rating = integer(row.get(item));
                        assertTrue(rating >= 0 && rating <= 10, row.toString());
                    }
                }
            }
            for (CSVRecord row : rows(year, "training")) {
                assertDecimal(row.get("score"), 0, 10);
                assertTrue(row.get("trainer").startsWith("TAS-"));
            }
            for (CSVRecord row : rows(year, "crisis")) {
                assertDecimal(row.get("score"), 0, 10);
            }
            List<CSVRecord> adjustments = rows(year, "adjustments");
            assertTrue(adjustments.size() >= 2 && adjustments.size() <= 5);
            boolean positive = false;
            boolean negative = false;
            for (CSVRecord row : adjustments) {
                assertTrue(DECIMAL2.matcher(row.get("amount")).matches(), row.get("amount"));
                positive |= new BigDecimal(row.get("amount")).signum() > 0;
                negative |= new BigDecimal(row.get("amount")).signum() < 0;
                assertFalse(row.get("reason").isBlank());
                assertTrue(row.get("reason").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
            }
            assertTrue(positive && negative, "bonuses and penalties");
        }
    }

    @Test
    void noNumberIsWrittenInScientificNotation() {
        for (Map<ImportKind, String> year : files.values()) {
            for (String csv : year.values()) {
                assertFalse(Pattern.compile("\\d[eE][-+]?\\d").matcher(csv).find());
            }
        }
    }

    @Test
    void keysAreUniqueWithinEachFile() {
        assertUnique(parse(generator.dealersCsv()), r -> r.get("dealer_code"));
        Set<String> allResponseIds = new HashSet<>();
        for (int year : files.keySet()) {
            assertUnique(rows(year, "volumes"), r -> r.get("year") + "/" + r.get("dealer_code"));
            assertUnique(rows(year, "inspections"), r -> r.get("dealer_code") + "/" + r.get("map") + "/"
                    + r.get("inspection_date") + "/" + r.get("checkpoint_code"));
            assertUnique(rows(year, "soc"), r -> r.get("year") + "/" + r.get("dealer_code") + "/"
                    + (r.get("kind").equals("SPOT") ? "SPOT/" + r.get("visit_date") : r.get("kind")));
            assertUnique(rows(year, "jdp"), r -> r.get("year") + "/" + r.get("study") + "/" + r.get("dealer_code")
                    + "/" + r.get("factor_code"));
            assertUnique(rows(year, "csc"), r -> r.get("response_id"));
            assertUnique(rows(year, "training"), r -> r.get("year") + "/" + r.get("dealer_code") + "/"
                    + r.get("session_date"));
            assertUnique(rows(year, "crisis"), r -> r.get("year") + "/" + r.get("dealer_code") + "/"
                    + r.get("assessed_on"));
            for (CSVRecord row : rows(year, "csc")) {
                assertTrue(allResponseIds.add(row.get("response_id")));
            }
        }
    }

    @Test
    void theFilesAreRichAndVaried() {
        for (int year : files.keySet()) {
            Map<String, Integer> perDealerQuarter = new HashMap<>();
            for (CSVRecord row : rows(year, "csc")) {
                perDealerQuarter.merge(row.get("dealer_code") + "/" + row.get("quarter"), 1, Integer::sum);
            }
            long typical = perDealerQuarter.values().stream().filter(n -> n >= 8 && n <= 15).count();
            assertTrue(typical > 0.9 * perDealerQuarter.size(), "8–15 responses in most quarters");
            long blanks = rows(year, "csc").stream().filter(r -> CSC_ITEMS.stream().anyMatch(i -> r.get(i).isEmpty())).count();
            assertTrue(blanks > 0, "some blank ratings");

            Map<String, Set<String>> quartersWithInspections = new HashMap<>();
            for (CSVRecord row : rows(year, "inspections")) {
                quartersWithInspections.computeIfAbsent(row.get("dealer_code"), k -> new HashSet<>()).add(row.get("quarter"));
            }
            long fullCoverage = quartersWithInspections.values().stream()
                    .filter(q -> q.size() >= generator.lastQuarter(year) - 1).count();
            assertTrue(fullCoverage > 0.9 * quartersWithInspections.size(), "inspections in most quarters");
            assertTrue(rows(year, "inspections").stream().anyMatch(r -> !r.get("comment").isEmpty()),
                    "remarks on failures");

            Map<String, Double> totals = scores(year).entrySet().stream()
                    .filter(e -> e.getValue().coverage >= 60)
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().total()));
            double min = totals.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double max = totals.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            assertTrue(max - min > 15, "a spread of totals " + min + ".." + max);
            assertTrue(max > 88 && min < 75, "strong and weak dealers " + min + ".." + max);
        }
    }

    /**
     * Issue 9: the weak-points page of the demo year shows the test-drive and follow-up checkpoints
     * among the weakest. Compliance = PASS / (PASS + FAIL) over the ACTIVE dealers' inspections, for
     * the demo's current year whichever year that is.
     */
    @Test
    void testDrivesAndFollowUpsAreTheNetworksWeakestCheckpoints() {
        for (int year : List.of(CURRENT, CURRENT + 1, CURRENT + 2)) {
            DemoDataGenerator demo = year == CURRENT ? generator : new DemoDataGenerator(year);
            Set<String> active = new HashSet<>();
            parse(demo.dealersCsv()).stream().filter(r -> r.get("status").equals("ACTIVE"))
                    .forEach(r -> active.add(r.get("dealer_code")));
            Map<String, int[]> checkpoints = new TreeMap<>();
            Map<String, int[]> items = new TreeMap<>();
            for (CSVRecord row : parse(demo.generate(year).get(ImportKind.INSPECTIONS))) {
                String result = row.get("result");
                if (!active.contains(row.get("dealer_code")) || result.equals("NA")) {
                    continue;
                }
                String checkpoint = row.get("checkpoint_code");
                int index = result.equals("PASS") ? 0 : 1;
                checkpoints.computeIfAbsent(checkpoint, c -> new int[2])[index]++;
                items.computeIfAbsent(checkpoint.substring(0, checkpoint.lastIndexOf('-')), c -> new int[2])[index]++;
            }

            List<String> weakest = weakestFirst(checkpoints).subList(0, DemoDataGenerator.WEAKEST.size());
            assertEquals(DemoDataGenerator.WEAKEST, new HashSet<>(weakest), year + ": " + weakestFirst(checkpoints));
            assertTrue(weakest.stream().anyMatch(c -> c.startsWith("SSI-DRIVE-"))
                    && weakest.stream().anyMatch(c -> c.startsWith("SSI-FOLLOW-")), year + ": " + weakest);
            assertEquals(Set.of("SSI-DRIVE", "SSI-FOLLOW"), new HashSet<>(weakestFirst(items).subList(0, 2)),
                    year + ": " + weakestFirst(items));
        }
    }

    /** The codes by PASS / (PASS + FAIL) ascending. */
    private static List<String> weakestFirst(Map<String, int[]> counts) {
        return counts.entrySet().stream()
                .sorted(java.util.Comparator.comparingDouble(
                        (Map.Entry<String, int[]> e) -> e.getValue()[0] / (double) (e.getValue()[0] + e.getValue()[1])))
                .map(Map.Entry::getKey).toList();
    }

    @Test
    void someDealersAreConsistentlyStrongAndSomeImprove() {
        Map<String, Scores> before = scores(PREVIOUS);
        Map<String, Scores> after = scores(CURRENT);
        int strong = 0;
        int improving = 0;
        for (String code : before.keySet()) {
            Scores b = before.get(code);
            Scores a = after.get(code);
            if (a == null || b.coverage < 60 || a.coverage < 60) {
                continue;
            }
            strong += b.total() >= 88 && a.total() >= 88 ? 1 : 0;
            improving += a.total() - b.total() >= 8 ? 1 : 0;
        }
        assertTrue(strong >= 3, "consistently strong: " + strong);
        assertTrue(improving >= 3, "improving: " + improving);
    }

    @Test
    void theGapsThatShowTheEdgesOfTheRulesExist() {
        for (int year : files.keySet()) {
            Map<String, Integer> perDealerQuarter = new HashMap<>();
            for (CSVRecord row : rows(year, "csc")) {
                perDealerQuarter.merge(row.get("dealer_code") + "/" + row.get("quarter"), 1, Integer::sum);
            }
            assertTrue(perDealerQuarter.values().stream().anyMatch(n -> n < 5), year + ": a CSC quarter below 5");

            Map<String, Integer> minSample = new HashMap<>();
            Map<String, Set<String>> studies = new HashMap<>();
            for (CSVRecord row : rows(year, "jdp")) {
                minSample.merge(row.get("dealer_code") + "/" + row.get("study"), integer(row.get("sample_size")), Math::min);
                studies.computeIfAbsent(row.get("dealer_code"), k -> new HashSet<>()).add(row.get("study"));
            }
            assertTrue(minSample.values().stream().anyMatch(n -> n < 30), year + ": a J.D. Power sample below 30");
            assertTrue(studies.values().stream().anyMatch(s -> s.equals(Set.of("SSI"))), year + ": a missing CSI study");

            Map<String, Scores> scores = scores(year);
            List<String> notRated = scores.entrySet().stream()
                    .filter(e -> e.getValue().coverage < 60 && active(e.getKey())).map(Map.Entry::getKey).toList();
            assertFalse(notRated.isEmpty(), year + ": an active dealer under 60 points of coverage");
            assertTrue(notRated.size() <= 2, year + ": only a dealer or two not rated: " + notRated);
            assertTrue(scores.values().stream().anyMatch(s -> s.coverage >= 60 && s.coverage < 100),
                    year + ": a rated dealer with a missing component");

            Map<String, Set<String>> socKinds = new HashMap<>();
            for (CSVRecord row : rows(year, "soc")) {
                socKinds.computeIfAbsent(row.get("dealer_code"), k -> new HashSet<>()).add(row.get("kind"));
            }
            assertTrue(socKinds.values().stream().anyMatch(k -> k.contains("BASELINE") && !k.contains("FINAL")),
                    year + ": a BASELINE without FINAL");
            assertTrue(socKinds.values().stream().anyMatch(k -> !k.contains("SPOT")), year + ": a dealer with no SPOT");
            assertTrue(rows(year, "inspections").stream().anyMatch(r -> r.get("result").equals("NA")), "NA checkpoints");
            assertTrue(rows(year, "inspections").stream().anyMatch(r -> r.get("result").equals("FAIL")));
        }
    }

    @Test
    void fieldsWithCommasAndQuotesAreQuoted() {
        String all = String.join("", files.get(PREVIOUS).values()) + String.join("", files.get(CURRENT).values());
        assertTrue(all.contains("\"") , "some field needs RFC 4180 quoting");
        for (Map<ImportKind, String> year : files.values()) {
            for (Map.Entry<ImportKind, String> file : year.entrySet()) {
                int columns = file.getKey().columns().size();
                for (CSVRecord row : parse(file.getValue())) {
                    assertEquals(columns, row.size(), file.getKey() + " line " + row.getRecordNumber());
                }
            }
        }
    }

    @Test
    void writesOneFolderPerYear(@TempDir Path dir) throws IOException {
        generator.writeTo(dir);
        assertEquals(generator.dealersCsv(), Files.readString(dir.resolve("dealers.csv"), StandardCharsets.UTF_8));
        assertEquals(files.get(CURRENT).get(ImportKind.CSC), Files.readString(dir.resolve(CURRENT + "/csc.csv"), StandardCharsets.UTF_8));
        assertTrue(Files.exists(dir.resolve(PREVIOUS + "/adjustments.csv")));
    }

    @Test
    void anyPairOfYearsWorks() {
        DemoDataGenerator leap = new DemoDataGenerator(2029);
        Map<Integer, Map<ImportKind, String>> all = leap.generateAll();
        assertEquals(List.of(2028, 2029), new ArrayList<>(all.keySet()));
        for (Map.Entry<Integer, Map<ImportKind, String>> year : all.entrySet()) {
            for (CSVRecord row : parse(year.getValue().get(ImportKind.INSPECTIONS))) {
                LocalDate d = date(row.get("inspection_date"));
                assertEquals(year.getKey().intValue(), d.getYear());
                assertEquals((d.getMonthValue() - 1) / 3 + 1, Integer.parseInt(row.get("quarter")));
            }
        }
    }

    // ------------------------------------------------------------------ a rough scoring (scoring.md), for coverage and spread

    private record Scores(Map<String, Double> components, int coverage) {
        double total() {
            return components.values().stream().mapToDouble(Double::doubleValue).sum() * 100 / coverage;
        }
    }

    private static boolean active(String code) {
        return dealers.get(code).get("status").equals("ACTIVE");
    }

    private static Map<String, Scores> scores(int year) {
        Map<String, Map<String, Double>> components = new TreeMap<>();
        Function<String, Map<String, Double>> of = code -> components.computeIfAbsent(code, c -> new HashMap<>());

        // inspections: points per inspection, mean per quarter, mean of quarters
        Map<String, Map<String, int[]>> items = new LinkedHashMap<>(); // inspection → item → {pass, fail}
        Map<String, String> itemOf = new HashMap<>();
        checklists.values().forEach(m -> m.forEach((item, cps) -> cps.forEach(cp -> itemOf.put(cp, item))));
        for (CSVRecord row : rows(year, "inspections")) {
            String key = row.get("dealer_code") + "/" + row.get("map") + "/" + row.get("quarter") + "/" + row.get("inspection_date");
            int[] counts = items.computeIfAbsent(key, k -> new HashMap<>())
                    .computeIfAbsent(itemOf.get(row.get("checkpoint_code")), k -> new int[2]);
            if (row.get("result").equals("PASS")) {
                counts[0]++;
            } else if (row.get("result").equals("FAIL")) {
                counts[1]++;
            }
        }
        Map<String, List<Double>> quarterPoints = new LinkedHashMap<>();
        items.forEach((key, perItem) -> {
            double earned = 0;
            double possible = 0;
            for (Map.Entry<String, int[]> e : perItem.entrySet()) {
                int[] c = e.getValue();
                if (c[0] + c[1] > 0) {
                    earned += itemMax.get(e.getKey()) * (double) c[0] / (c[0] + c[1]);
                    possible += itemMax.get(e.getKey());
                }
            }
            String[] k = key.split("/");
            quarterPoints.computeIfAbsent(k[0] + "/" + k[1] + "/" + k[2], x -> new ArrayList<>()).add(15 * earned / possible);
        });
        Map<String, List<Double>> quarterMeans = new LinkedHashMap<>();
        quarterPoints.forEach((key, points) -> {
            String[] k = key.split("/");
            quarterMeans.computeIfAbsent(k[0] + "/" + k[1], x -> new ArrayList<>()).add(mean(points));
        });
        quarterMeans.forEach((key, means) -> of.apply(key.split("/")[0]).put(key.split("/")[1], mean(means)));

        Map<String, List<Double>> spots = new HashMap<>();
        for (CSVRecord row : rows(year, "soc")) {
            double score = Double.parseDouble(row.get("score"));
            switch (row.get("kind")) {
                case "FINAL" -> of.apply(row.get("dealer_code")).put("SOC_CENTRAL", score / 10);
                case "SPOT" -> spots.computeIfAbsent(row.get("dealer_code"), c -> new ArrayList<>()).add(score);
                default -> { }
            }
        }
        spots.forEach((code, s) -> of.apply(code).put("SOC_SPOT", mean(s) / 10));

        Map<String, Map<String, Integer>> index = new HashMap<>();
        Map<String, Integer> sample = new HashMap<>();
        for (CSVRecord row : rows(year, "jdp")) {
            String key = row.get("dealer_code") + "/JDP_" + row.get("study");
            index.computeIfAbsent(key, k -> new HashMap<>()).put(row.get("factor_code"), integer(row.get("index_score")));
            sample.merge(key, integer(row.get("sample_size")), Math::min);
        }
        index.forEach((key, perFactor) -> {
            String component = key.split("/")[1];
            if (perFactor.keySet().containsAll(factors.get(component)) && sample.get(key) >= 30) {
                double value = perFactor.entrySet().stream()
                        .mapToDouble(e -> factorWeights.get(e.getKey()).doubleValue() * e.getValue() / 1000).sum();
                of.apply(key.split("/")[0]).put(component, value);
            }
        });

        Map<String, List<Double>> training = new HashMap<>();
        rows(year, "training").forEach(r -> training.computeIfAbsent(r.get("dealer_code"), c -> new ArrayList<>())
                .add(Double.parseDouble(r.get("score"))));
        training.forEach((code, s) -> of.apply(code).put("TRAINING", mean(s)));

        Map<String, CSVRecord> latestCrisis = new HashMap<>();
        rows(year, "crisis").forEach(r -> latestCrisis.merge(r.get("dealer_code"), r,
                (a, b) -> a.get("assessed_on").compareTo(b.get("assessed_on")) >= 0 ? a : b));
        latestCrisis.forEach((code, r) -> of.apply(code).put("CRISIS", Double.parseDouble(r.get("score"))));

        Map<String, List<CSVRecord>> cscQuarters = new LinkedHashMap<>();
        rows(year, "csc").forEach(r -> cscQuarters.computeIfAbsent(r.get("dealer_code") + "/" + r.get("quarter"),
                k -> new ArrayList<>()).add(r));
        Map<String, List<Double>> cscValues = new HashMap<>();
        cscQuarters.forEach((key, responses) -> {
            if (responses.size() >= 5) {
                double value = 0;
                for (String item : CSC_ITEMS) {
                    List<Double> ratings = responses.stream().filter(r -> !r.get(item).isEmpty())
                            .map(r -> Double.parseDouble(r.get(item))).toList();
                    value += ratings.isEmpty() ? 0 : 2 * mean(ratings) / 10;
                }
                cscValues.computeIfAbsent(key.split("/")[0], c -> new ArrayList<>()).add(value);
            }
        });
        cscValues.forEach((code, v) -> of.apply(code).put("CSC", mean(v)));

        for (String kind : List.of("volumes", "inspections", "crisis")) {
            rows(year, kind).forEach(r -> of.apply(r.get("dealer_code")));
        }
        Map<String, Scores> result = new TreeMap<>();
        components.forEach((code, c) -> result.put(code,
                new Scores(c, c.keySet().stream().mapToInt(WEIGHTS::get).sum())));
        return result;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    // ------------------------------------------------------------------ helpers

    private static final Map<String, List<CSVRecord>> PARSED = new HashMap<>();

    private static List<CSVRecord> rows(int year, String kind) {
        return PARSED.computeIfAbsent(year + "/" + kind, k -> parse(files.get(year).get(ImportKind.fromPath(kind).orElseThrow())));
    }

    private static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DemoDataGeneratorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text, ISO);
    }

    private static int integer(String text) {
        assertTrue(INTEGER.matcher(text).matches(), "an integer: " + text);
        return Integer.parseInt(text);
    }

    private static void assertDecimal(String text, int min, int max) {
        assertTrue(DECIMAL2.matcher(text).matches(), "a decimal with at most two places: " + text);
        BigDecimal value = new BigDecimal(text);
        assertTrue(value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0, text);
    }

    private static void assertUnique(List<CSVRecord> rows, Function<CSVRecord, String> key) {
        Set<String> seen = new HashSet<>();
        for (CSVRecord row : rows) {
            assertTrue(seen.add(key.apply(row)), "duplicate key " + key.apply(row) + " at line " + row.getRecordNumber());
        }
    }
}
