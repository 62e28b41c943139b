package com.dealercs.demo;

import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.scoring.Component;
import com.dealercs.domain.scoring.YearPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Generates the import files of a demo dealer network for two consecutive evaluation years:
 * the previous year, complete, and the current one, with data up to {@link #lastDataDate(int)}
 * (the end of October: quarterly inspections and CSC surveys of Q1–Q3, the SOC final patrol
 * mostly done).
 *
 * <p>Every file is CSV text (UTF-8, LF line ends, RFC 4180 quoting where needed) whose header
 * row is its {@link ImportKind}'s columns, required then optional, as the import reads them. The same seed and years always give the same files,
 * byte for byte, whatever the order of the calls.
 *
 * <p>The data is meant to look like a real year and to show the edges of the scoring rules:
 * consistently strong, weak, improving and declining dealers; a dealer that opened in each year
 * and has too little data to be rated (coverage below 60); two CLOSED dealers; J.D. Power
 * studies with a sample below 30, a missing CSI study and a study with a missing factor; CSC
 * quarters with fewer than 5 responses; SOC baselines without a final patrol (and one final
 * without a baseline), dealers without spot checks; NA checkpoints where a dealer has no play
 * area, canteen, training room or quick-service line.
 *
 * <p>Plain Java (no container): {@code java -cp … DemoDataGenerator 2025 target/demo} writes
 * {@code dealers.csv} and one folder per year.
 */
public final class DemoDataGenerator {

    public static final long DEFAULT_SEED = 20_241_118L;

    private static final String SSI_MAP = Component.SSI_MAP.name();
    private static final String CS_MAP = Component.CS_MAP.name();
    /** The data straddles a new year's thresholds: some samples and quarters fall just short. */
    private static final int CSC_MIN_RESPONSES = YearPolicy.defaults().cscMinResponses();
    private static final int JDP_MIN_SAMPLE = YearPolicy.defaults().jdpMinSample();

    private final int currentYear;
    private final long seed;
    private final Scheme scheme;
    private final List<Dealer> dealers;
    private final Map<Integer, Map<String, Plan>> plans = new HashMap<>();

    /** A generator for {@code currentYear - 1} and {@code currentYear} with the default seed. */
    public DemoDataGenerator(int currentYear) {
        this(currentYear, DEFAULT_SEED);
    }

    public DemoDataGenerator(int currentYear, long seed) {
        if (currentYear < 2010 || currentYear > 2100) {
            throw new IllegalArgumentException("current year out of range: " + currentYear);
        }
        this.currentYear = currentYear;
        this.seed = seed;
        this.scheme = Scheme.load();
        this.dealers = buildNetwork();
    }

    public int previousYear() {
        return currentYear - 1;
    }

    public int currentYear() {
        return currentYear;
    }

    /** The years this generator makes data for: the previous one, then the current one. */
    public List<Integer> years() {
        return List.of(previousYear(), currentYear);
    }

    /** The last date with data in a year: 31 December of the previous year, 31 October of the current one. */
    public LocalDate lastDataDate(int year) {
        checkYear(year);
        return year == currentYear ? LocalDate.of(year, 10, 31) : LocalDate.of(year, 12, 31);
    }

    /** The last quarter with inspections and CSC surveys: 4 in the previous year, 3 in the current one. */
    public int lastQuarter(int year) {
        checkYear(year);
        return year == currentYear ? 3 : 4;
    }

    /** The dealers file: the whole network, both years' dealers, including the CLOSED ones. */
    public String dealersCsv() {
        List<List<String>> rows = new ArrayList<>();
        for (Dealer d : dealers) {
            rows.add(List.of(d.code, d.name, d.region, d.province, d.city, d.openedOn.toString(),
                    d.closedOn == null ? "ACTIVE" : "CLOSED"));
        }
        return csv(ImportKind.DEALERS, rows);
    }

    /** The codes of the dealers still trading (ACTIVE in the dealers file), by code. */
    public List<String> activeDealerCodes() {
        return dealers.stream().filter(d -> d.closedOn == null).map(d -> d.code).sorted().toList();
    }

    /**
     * The import files of one year, kind → CSV text, in {@link ImportKind} order (dealers first,
     * the order they can be imported in). {@code DEALERS} is included (the same file for both
     * years: importing it twice changes nothing).
     */
    public Map<ImportKind, String> generate(int year) {
        checkYear(year);
        Map<ImportKind, String> files = new EnumMap<>(ImportKind.class);
        for (ImportKind kind : ImportKind.values()) {
            files.put(kind, switch (kind) {
                case DEALERS -> dealersCsv();
                case VOLUMES -> volumes(year);
                case INSPECTIONS -> inspections(year);
                case SOC -> soc(year);
                case JDP -> jdp(year);
                case CSC -> csc(year);
                case TRAINING -> training(year);
                case CRISIS -> crisis(year);
                case ADJUSTMENTS -> adjustments(year);
            });
        }
        return files;
    }

    /** Both years: year → kind → CSV text. */
    public Map<Integer, Map<ImportKind, String>> generateAll() {
        Map<Integer, Map<ImportKind, String>> all = new LinkedHashMap<>();
        for (int year : years()) {
            all.put(year, generate(year));
        }
        return all;
    }

    /** Writes {@code dealers.csv} and {@code <year>/<kind>.csv} for both years under {@code directory}. */
    public void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(fileName(ImportKind.DEALERS)), dealersCsv(), StandardCharsets.UTF_8);
        for (Map.Entry<Integer, Map<ImportKind, String>> year : generateAll().entrySet()) {
            Path folder = Files.createDirectories(directory.resolve(String.valueOf(year.getKey())));
            for (Map.Entry<ImportKind, String> file : year.getValue().entrySet()) {
                if (file.getKey() != ImportKind.DEALERS) {
                    Files.writeString(folder.resolve(fileName(file.getKey())), file.getValue(), StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** {@code csc.csv}: the kind's name in the API's paths. */
    public static String fileName(ImportKind kind) {
        return kind.pathName() + ".csv";
    }

    /** {@code DemoDataGenerator <currentYear> <directory> [seed]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DemoDataGenerator <currentYear> <directory> [seed]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        DemoDataGenerator generator = new DemoDataGenerator(Integer.parseInt(args[0]), seed);
        generator.writeTo(Path.of(args[1]));
        System.out.println("demo data for " + generator.years() + " written to " + args[1]);
    }

    // ------------------------------------------------------------------ the network

    private enum Profile { STRONG, GOOD, AVERAGE, WEAK, IMPROVING, DECLINING }

    private enum Role { REGULAR, NEW_IN_PREVIOUS_YEAR, NEW_IN_CURRENT_YEAR, CLOSED_IN_PREVIOUS_YEAR, CLOSED_IN_CURRENT_YEAR }

    private static final class Dealer {
        int index;
        String code;
        String name;
        String region;
        String province;
        String city;
        LocalDate openedOn;
        /** Not in the file (which only says CLOSED): the day it stopped trading. */
        LocalDate closedOn;
        Role role;
        Profile profile;
        double qualityPrevious;
        double qualityCurrent;
        int baseUnits;
        boolean playArea;
        boolean canteen;
        boolean trainingRoom;
        boolean quickService;
        Set<String> chronicWeakCheckpoints = new HashSet<>();
    }

    /** region|province|city|dealers; the network in dealer-code order. */
    private static final String[] NETWORK = {
        "华北|北京|北京|3", "华北|天津|天津|2", "华北|河北|石家庄|1", "华北|河北|唐山|1", "华北|河北|保定|1",
        "华北|山西|太原|1", "华北|山西|大同|1", "华北|内蒙古|呼和浩特|1", "华北|内蒙古|包头|1", "华北|内蒙古|鄂尔多斯|1",
        "东北|辽宁|沈阳|2", "东北|辽宁|大连|1", "东北|辽宁|鞍山|1", "东北|吉林|长春|1", "东北|吉林|吉林|1",
        "东北|黑龙江|哈尔滨|1", "东北|黑龙江|大庆|1",
        "华东|上海|上海|3", "华东|江苏|南京|2", "华东|江苏|苏州|1", "华东|江苏|无锡|1", "华东|浙江|杭州|2",
        "华东|浙江|宁波|1", "华东|浙江|温州|1", "华东|山东|济南|1", "华东|山东|青岛|1", "华东|山东|烟台|1",
        "华东|安徽|合肥|1", "华东|福建|厦门|1",
        "华中|河南|郑州|2", "华中|河南|洛阳|1", "华中|湖北|武汉|2", "华中|湖北|宜昌|1", "华中|湖南|长沙|1",
        "华中|江西|南昌|1",
        "华南|广东|广州|2", "华南|广东|深圳|2", "华南|广东|佛山|1", "华南|广东|东莞|1", "华南|广西|南宁|1",
        "华南|海南|海口|1",
        "西南|四川|成都|2", "西南|四川|绵阳|1", "西南|重庆|重庆|2", "西南|云南|昆明|1", "西南|贵州|贵阳|1",
        "西北|陕西|西安|2", "西北|甘肃|兰州|1", "西北|宁夏|银川|1", "西北|新疆|乌鲁木齐|1",
    };

    /** The dealers that joined the network lately get the last codes. */
    private static final String NEW_IN_PREVIOUS_YEAR_AT = "华东|江苏|常州";
    private static final String NEW_IN_CURRENT_YEAR_AT = "华南|广东|珠海";
    /** Closed dealers, by city (the first dealer of that city). */
    private static final String CLOSED_IN_PREVIOUS_YEAR_AT = "大同";
    private static final String CLOSED_IN_CURRENT_YEAR_AT = "宜昌";

    private static final String WORD_FIRST = "宏骏盛恒博天利德建安华昌瑞长欣鑫金永通远嘉润明信合兴泰祥隆宝鼎誉成众悦福广新裕东";
    private static final String WORD_SECOND = "达驰世信远健顺盛丰旺源通威泰众盈邦和隆晟辉益佳捷诚泽骐腾";

    /** Words that are real brands or sound odd as a company name. */
    private static final Set<String> NOT_A_NAME = Set.of("博世", "合众", "众泰", "华泰", "盛晟", "长城", "东风", "宝骏", "新源");

    private static final Map<String, List<String>> INSPECTORS = new LinkedHashMap<>();

    static {
        INSPECTORS.put("华北", List.of("李娜", "王磊"));
        INSPECTORS.put("东北", List.of("刘洋", "张伟"));
        INSPECTORS.put("华东", List.of("陈静", "杨帆", "沈佳怡"));
        INSPECTORS.put("华中", List.of("赵敏", "黄涛"));
        INSPECTORS.put("华南", List.of("周婷", "吴昊"));
        INSPECTORS.put("西南", List.of("徐丽", "孙强"));
        INSPECTORS.put("西北", List.of("马超", "朱琳"));
    }

    private static final List<String> TRAINERS =
            List.of("TAS-吴", "TAS-周", "TAS-郑", "TAS-王", "TAS-冯", "TAS-陈", "TAS-蒋", "TAS-韩");

    private List<Dealer> buildNetwork() {
        Random r = random("network", 0, 0);
        List<Dealer> network = new ArrayList<>();
        Set<String> words = new HashSet<>();
        for (String entry : NETWORK) {
            String[] f = entry.split("\\|");
            for (int i = 0; i < Integer.parseInt(f[3]); i++) {
                network.add(newDealer(r, words, f[0], f[1], f[2], Role.REGULAR));
            }
        }
        for (Dealer d : network) {
            if (d.city.equals(CLOSED_IN_PREVIOUS_YEAR_AT) && d.role == Role.REGULAR) {
                d.role = Role.CLOSED_IN_PREVIOUS_YEAR;
                d.closedOn = LocalDate.of(previousYear(), 7, 20);
                break;
            }
        }
        for (Dealer d : network) {
            if (d.city.equals(CLOSED_IN_CURRENT_YEAR_AT) && d.role == Role.REGULAR) {
                d.role = Role.CLOSED_IN_CURRENT_YEAR;
                d.closedOn = LocalDate.of(currentYear, 1, 20);
                break;
            }
        }
        String[] p = NEW_IN_PREVIOUS_YEAR_AT.split("\\|");
        Dealer newPrevious = newDealer(r, words, p[0], p[1], p[2], Role.NEW_IN_PREVIOUS_YEAR);
        newPrevious.openedOn = weekday(LocalDate.of(previousYear(), 9, 8));
        newPrevious.profile = Profile.IMPROVING;
        newPrevious.qualityPrevious = 0.35;
        newPrevious.qualityCurrent = 0.70;
        newPrevious.baseUnits = 150;
        network.add(newPrevious);
        String[] c = NEW_IN_CURRENT_YEAR_AT.split("\\|");
        Dealer newCurrent = newDealer(r, words, c[0], c[1], c[2], Role.NEW_IN_CURRENT_YEAR);
        newCurrent.openedOn = weekday(LocalDate.of(currentYear, 6, 3));
        newCurrent.baseUnits = 90;
        network.add(newCurrent);

        assignProfiles(network, r);
        for (int i = 0; i < network.size(); i++) {
            Dealer d = network.get(i);
            d.index = i;
            d.code = String.format("D%04d", i + 1);
            Random w = random("weak", 0, i);
            List<String> all = new ArrayList<>(scheme.checkpointsOf(SSI_MAP));
            all.addAll(scheme.checkpointsOf(CS_MAP));
            int n = 2 + w.nextInt(3);
            for (int k = 0; k < n; k++) {
                d.chronicWeakCheckpoints.add(all.get(w.nextInt(all.size())));
            }
        }
        return List.copyOf(network);
    }

    private Dealer newDealer(Random r, Set<String> words, String region, String province, String city, Role role) {
        Dealer d = new Dealer();
        d.region = region;
        d.province = province;
        d.city = city;
        d.role = role;
        String word;
        do {
            word = "" + WORD_FIRST.charAt(r.nextInt(WORD_FIRST.length()))
                    + WORD_SECOND.charAt(r.nextInt(WORD_SECOND.length()));
        } while (word.charAt(0) == word.charAt(1) || NOT_A_NAME.contains(word) || !words.add(word));
        double form = r.nextDouble();
        String suffix = form < 0.80 ? "斯巴鲁汽车销售服务有限公司" : form < 0.92 ? "斯巴鲁汽车销售有限公司" : "斯巴鲁汽车服务有限公司";
        d.name = city + word + suffix;
        LocalDate from = LocalDate.of(2005, 1, 1);
        long span = ChronoUnit.DAYS.between(from, LocalDate.of(previousYear() - 1, 6, 30));
        d.openedOn = weekday(from.plusDays(r.nextInt((int) span)));
        d.baseUnits = (int) Math.round(clamp(Math.exp(Math.log(210) + 0.55 * r.nextGaussian()), 45, 600));
        d.playArea = r.nextDouble() < 0.80;
        d.canteen = r.nextDouble() < 0.60;
        d.trainingRoom = r.nextDouble() < 0.85;
        d.quickService = r.nextDouble() < 0.75;
        return d;
    }

    private void assignProfiles(List<Dealer> network, Random r) {
        List<Dealer> open = new ArrayList<>();
        for (Dealer d : network) {
            if (d.profile == null && d.role != Role.NEW_IN_CURRENT_YEAR) {
                open.add(d);
            }
        }
        int n = open.size();
        List<Profile> profiles = new ArrayList<>();
        int strong = Math.round(n * 0.16f);
        int weak = Math.round(n * 0.12f);
        int improving = Math.round(n * 0.12f);
        int declining = Math.round(n * 0.06f);
        int average = Math.round(n * 0.24f);
        add(profiles, Profile.STRONG, strong);
        add(profiles, Profile.WEAK, weak);
        add(profiles, Profile.IMPROVING, improving);
        add(profiles, Profile.DECLINING, declining);
        add(profiles, Profile.AVERAGE, average);
        add(profiles, Profile.GOOD, n - profiles.size());
        Collections.shuffle(profiles, r);
        for (int i = 0; i < n; i++) {
            Dealer d = open.get(i);
            d.profile = profiles.get(i);
            switch (d.profile) {
                case STRONG -> {
                    d.qualityPrevious = 0.82 + 0.15 * r.nextDouble();
                    d.qualityCurrent = clamp(d.qualityPrevious + 0.05 * r.nextGaussian(), 0.78, 1.0);
                }
                case GOOD -> {
                    d.qualityPrevious = 0.58 + 0.22 * r.nextDouble();
                    d.qualityCurrent = clamp(d.qualityPrevious + 0.06 * r.nextGaussian(), 0.5, 0.85);
                }
                case AVERAGE -> {
                    d.qualityPrevious = 0.38 + 0.2 * r.nextDouble();
                    d.qualityCurrent = clamp(d.qualityPrevious + 0.06 * r.nextGaussian(), 0.3, 0.62);
                }
                case WEAK -> {
                    // the weakest score below 60, where the payout ratio is 0
                    d.qualityPrevious = -0.2 + 0.45 * r.nextDouble();
                    d.qualityCurrent = clamp(d.qualityPrevious + 0.05 * r.nextGaussian(), -0.35, 0.3);
                }
                case IMPROVING -> {
                    d.qualityPrevious = 0.12 + 0.25 * r.nextDouble();
                    d.qualityCurrent = d.qualityPrevious + 0.28 + 0.15 * r.nextDouble();
                }
                case DECLINING -> {
                    d.qualityPrevious = 0.62 + 0.18 * r.nextDouble();
                    d.qualityCurrent = d.qualityPrevious - 0.22 - 0.1 * r.nextDouble();
                }
            }
        }
        for (Dealer d : network) {
            if (d.role == Role.NEW_IN_CURRENT_YEAR) {
                d.profile = Profile.AVERAGE;
                d.qualityPrevious = 0.45;
                d.qualityCurrent = 0.45;
            }
        }
    }

    private static void add(List<Profile> list, Profile profile, int count) {
        for (int i = 0; i < count; i++) {
            list.add(profile);
        }
    }

    // ------------------------------------------------------------------ the plan of a dealer-year

    private enum Study { OK, NONE }

    /** What a dealer has in a year: decided once, so the files agree with each other. */
    private static final class Plan {
        LocalDate from;
        LocalDate to;
        int units;
        boolean baseline;
        boolean finalPatrol;
        int spots;
        int trainings;
        int crisisAssessments;
        Study ssi = Study.OK;
        Study csi = Study.OK;
        int ssiSample;
        int csiSample;
        String missingSsiFactor;
        Set<Integer> sparseCscQuarters = new TreeSet<>();
    }

    private Map<String, Plan> plans(int year) {
        return plans.computeIfAbsent(year, this::makePlans);
    }

    private Map<String, Plan> makePlans(int year) {
        Map<String, Plan> result = new LinkedHashMap<>();
        boolean current = year == currentYear;
        for (Dealer d : dealers) {
            Plan p = window(d, year);
            if (p == null) {
                continue;
            }
            Random r = random("plan", year, d.index);
            p.units = units(d, year, r);
            boolean firstYear = d.openedOn.getYear() == year;
            boolean fullYear = d.role == Role.REGULAR
                    || (d.role == Role.NEW_IN_PREVIOUS_YEAR && current)
                    || (d.role == Role.CLOSED_IN_CURRENT_YEAR && !current);
            p.baseline = !firstYear;
            if (fullYear) {
                p.finalPatrol = !current || r.nextDouble() >= 0.15;
                p.spots = pick(r, 0.20, 0.35, 0.30, 0.15);
                p.trainings = pick(r, 0.12, 0.38, 0.35, 0.15);
                p.ssiSample = (int) Math.round(Math.max(8, 22 + p.units * 0.09 + 4 * r.nextGaussian()));
                p.csiSample = (int) Math.round(Math.max(12, 35 + p.units * 0.16 + 6 * r.nextGaussian()));
            } else {
                // a dealer that opened or closed in the year: no J.D. Power study, a short year
                p.finalPatrol = d.role == Role.NEW_IN_PREVIOUS_YEAR; // the year-end patrol, no baseline
                p.spots = d.role == Role.CLOSED_IN_PREVIOUS_YEAR ? 1 : 0;
                p.trainings = d.role == Role.CLOSED_IN_PREVIOUS_YEAR ? 1 : 0;
                p.ssi = Study.NONE;
                p.csi = Study.NONE;
            }
            p.crisisAssessments = r.nextDouble() < 0.6 ? 1 : 2;
            for (int q = 1; q <= lastQuarter(year); q++) {
                if (r.nextDouble() < 0.02) {
                    p.sparseCscQuarters.add(q);
                }
            }
            if (firstYear) {
                // a new dealer's first surveyed quarter has few customers to call
                p.sparseCscQuarters.add(quarterOf(p.from));
            }
            result.put(d.code, p);
        }
        imposeGaps(year, result);
        return result;
    }

    /** Gaps that must exist every year, on distinct regular dealers; then no regular dealer misses more than two optional components. */
    private void imposeGaps(int year, Map<String, Plan> result) {
        Random r = random("gaps", year, 0);
        List<Dealer> regular = new ArrayList<>();
        for (Dealer d : dealers) {
            if (d.role == Role.REGULAR) {
                regular.add(d);
            }
        }
        Collections.shuffle(regular, r);
        int i = 0;
        for (int k = 0; k < 2; k++) {
            result.get(regular.get(i++).code).csi = Study.NONE;
        }
        Plan small = result.get(regular.get(i++).code);
        small.ssiSample = 12 + r.nextInt(16);
        List<String> ssiFactors = scheme.factorsOf("JDP_SSI");
        result.get(regular.get(i++).code).missingSsiFactor = ssiFactors.get(r.nextInt(ssiFactors.size()));
        for (int k = 0; k < 2; k++) {
            result.get(regular.get(i++).code).finalPatrol = false;
        }
        for (int k = 0; k < 2; k++) {
            result.get(regular.get(i++).code).sparseCscQuarters.add(1 + r.nextInt(lastQuarter(year)));
        }
        for (Dealer d : regular) {
            Plan p = result.get(d.code);
            while (missingOptional(p) > 2) {
                if (p.trainings == 0) {
                    p.trainings = 1;
                } else if (p.spots == 0) {
                    p.spots = 1;
                } else if (!p.finalPatrol) {
                    p.finalPatrol = true;
                } else {
                    p.ssiSample = JDP_MIN_SAMPLE + r.nextInt(10);
                }
            }
        }
    }

    private static int missingOptional(Plan p) {
        int missing = 0;
        missing += p.finalPatrol ? 0 : 1;
        missing += p.spots == 0 ? 1 : 0;
        missing += p.trainings == 0 ? 1 : 0;
        missing += p.ssi == Study.NONE || p.missingSsiFactor != null || p.ssiSample < JDP_MIN_SAMPLE ? 1 : 0;
        missing += p.csi == Study.NONE || p.csiSample < JDP_MIN_SAMPLE ? 1 : 0;
        return missing;
    }

    /** The dates a dealer has data in a year, or null when it has none. */
    private Plan window(Dealer d, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate opening = d.openedOn.plusDays(30);
        if (opening.isAfter(from)) {
            from = opening;
        }
        LocalDate to = lastDataDate(year);
        if (d.closedOn != null && d.closedOn.minusDays(1).isBefore(to)) {
            to = d.closedOn.minusDays(1);
        }
        if (ChronoUnit.DAYS.between(from, to) < 45) {
            return null;
        }
        Plan p = new Plan();
        p.from = from;
        p.to = to;
        return p;
    }

    private int units(Dealer d, int year, Random r) {
        double units;
        if (d.role == Role.NEW_IN_PREVIOUS_YEAR && year == previousYear()) {
            units = 34 + r.nextInt(10);
        } else if (d.role == Role.NEW_IN_CURRENT_YEAR) {
            units = 31 + r.nextInt(8);
        } else if (d.role == Role.CLOSED_IN_PREVIOUS_YEAR) {
            units = d.baseUnits * 0.45;
        } else if (year == currentYear) {
            units = d.baseUnits * (0.95 + 0.2 * r.nextDouble()) * 10 / 12;
        } else {
            units = d.baseUnits * (0.9 + 0.2 * r.nextDouble());
        }
        return (int) Math.round(clamp(units, 30, 600));
    }

    private double quality(Dealer d, int year, int quarter) {
        if (year == previousYear()) {
            return d.qualityPrevious;
        }
        // improving and declining dealers change over the current year, not overnight
        double drift = (d.qualityCurrent - d.qualityPrevious) * 0.3 * (quarter - 2) / 2.0;
        return clamp(d.qualityCurrent + drift, -0.4, 1);
    }

    // ------------------------------------------------------------------ the files

    private String volumes(int year) {
        List<List<String>> rows = new ArrayList<>();
        plans(year).forEach((code, p) -> rows.add(List.of(y(year), code, String.valueOf(p.units))));
        return csv(ImportKind.VOLUMES, rows);
    }

    private String inspections(int year) {
        List<List<String>> rows = new ArrayList<>();
        for (Dealer d : dealers) {
            Plan p = plans(year).get(d.code);
            if (p == null) {
                continue;
            }
            Random r = random(ImportKind.INSPECTIONS, year, d.index);
            boolean any = false;
            for (int q = 1; q <= lastQuarter(year); q++) {
                LocalDate from = max(quarterStart(year, q), p.from);
                LocalDate to = min(quarterStart(year, q).plusMonths(3).minusDays(1), p.to);
                if (ChronoUnit.DAYS.between(from, to) < 20) {
                    continue;
                }
                double v = r.nextDouble();
                int visits = v < 0.06 ? 0 : v < 0.80 ? 1 : 2;
                if (visits == 0 && !any && (q == lastQuarter(year) || to.equals(p.to))) {
                    visits = 1;
                }
                List<LocalDate> dates = distinctDates(r, from, to, visits);
                Set<String> mapsDone = new HashSet<>();
                for (int k = 0; k < dates.size(); k++) {
                    LocalDate date = dates.get(k);
                    String inspector = inspector(d, r);
                    List<String> maps;
                    double m = r.nextDouble();
                    if (k == 0 && m < 0.85 || k > 0 && m < 0.4) {
                        maps = List.of(SSI_MAP, CS_MAP);
                    } else if (k > 0) {
                        maps = List.of(mapsDone.contains(SSI_MAP) && m < 0.7 ? CS_MAP : SSI_MAP);
                    } else {
                        maps = List.of(m < 0.925 ? SSI_MAP : CS_MAP);
                    }
                    for (String map : maps) {
                        mapsDone.add(map);
                        inspection(rows, r, d, year, q, map, date, inspector);
                        any = true;
                    }
                }
            }
        }
        return csv(ImportKind.INSPECTIONS, rows);
    }

    private void inspection(List<List<String>> rows, Random r, Dealer d, int year, int quarter, String map,
            LocalDate date, String inspector) {
        double form = 0.035 * r.nextGaussian(); // the dealer's day
        double base = 0.70 + 0.27 * quality(d, year, quarter) + form;
        for (Checkpoint cp : scheme.checkpoints) {
            if (!cp.map.equals(map)) {
                continue;
            }
            String result;
            String comment = "";
            if (notApplicable(d, cp.code) || r.nextDouble() < naRate(cp.code)) {
                result = "NA";
            } else {
                double p = base - difficulty(cp.code) - weakness(cp.code, quality(d, year, quarter))
                        - (d.chronicWeakCheckpoints.contains(cp.code) ? 0.25 : 0);
                if (r.nextDouble() < clamp(p, 0.25, 0.99)) {
                    result = "PASS";
                } else {
                    result = "FAIL";
                    if (r.nextDouble() < 0.55) {
                        List<String> remarks = r.nextDouble() < 0.85 ? REMARKS.getOrDefault(cp.code, GENERIC_REMARKS) : GENERIC_REMARKS;
                        comment = remarks.get(r.nextInt(remarks.size()));
                    }
                }
            }
            rows.add(List.of(y(year), String.valueOf(quarter), d.code, map, date.toString(), inspector, cp.code, result,
                    comment));
        }
    }

    private static boolean notApplicable(Dealer d, String checkpoint) {
        return switch (checkpoint) {
            case "SSI-ENV-07" -> !d.playArea;
            case "CS-HW-05" -> !d.canteen;
            case "CS-HW-07" -> !d.trainingRoom;
            case "CS-HW-08", "CS-PROC-08", "CS-PROC-09", "CS-PROC-10", "CS-PROC-11" -> !d.quickService;
            default -> false;
        };
    }

    private static double naRate(String checkpoint) {
        return switch (checkpoint) {
            case "SSI-RECEPT-06", "CS-PROC-07" -> 0.12; // no delivery during the visit
            case "SSI-DRIVE-02", "SSI-DRIVE-03" -> 0.04; // no test drive during the visit
            default -> 0.005;
        };
    }

    private static final Set<String> HARD = Set.of("SSI-CR-03", "SSI-TARGET-02",
            "SSI-RECEPT-04", "CS-PROC-06", "CS-QUAL-04", "CS-HW-09", "CS-STAFF-02");
    /**
     * Inviting to a test drive, following it up, and the follow-up calls after the sale: where the
     * network fails most, so that the demo's weak points (达标率) show them first, as HQ knows them.
     * Hard for everyone, and the harder the weaker the dealer: the strong still pass them.
     */
    static final Set<String> WEAKEST = Set.of("SSI-DRIVE-01", "SSI-DRIVE-04", "SSI-FOLLOW-01", "SSI-FOLLOW-02");

    private double difficulty(String checkpoint) {
        Random r = random("difficulty", checkpoint.hashCode(), 0);
        return 0.08 * r.nextDouble() + (HARD.contains(checkpoint) || WEAKEST.contains(checkpoint) ? 0.15 : 0);
    }

    /** What a weaker dealer loses on the {@link #WEAKEST} checkpoints, beyond their difficulty. */
    private static double weakness(String checkpoint, double quality) {
        return WEAKEST.contains(checkpoint) ? 0.8 * clamp(0.8 - quality, 0, 1.2) : 0;
    }

    private String inspector(Dealer d, Random r) {
        List<String> own = INSPECTORS.get(d.region);
        if (r.nextDouble() < 0.07) {
            List<String> regions = new ArrayList<>(INSPECTORS.keySet());
            List<String> other = INSPECTORS.get(regions.get(r.nextInt(regions.size())));
            return other.get(r.nextInt(other.size()));
        }
        return own.get(r.nextInt(own.size()));
    }

    private String soc(int year) {
        List<List<String>> rows = new ArrayList<>();
        for (Dealer d : dealers) {
            Plan p = plans(year).get(d.code);
            if (p == null) {
                continue;
            }
            Random r = random(ImportKind.SOC, year, d.index);
            double q = quality(d, year, 1);
            double baseline = clamp(58 + 32 * q + 3 * r.nextGaussian(), 30, 99.5);
            Set<LocalDate> used = new HashSet<>();
            if (p.baseline) {
                LocalDate date = date(r, max(p.from, LocalDate.of(year, 1, 8)), min(p.to, LocalDate.of(year, 3, 31)));
                used.add(date);
                rows.add(List.of(y(year), d.code, "BASELINE", date.toString(), dec2(baseline)));
            }
            if (p.finalPatrol) {
                LocalDate from = year == currentYear ? LocalDate.of(year, 9, 15) : LocalDate.of(year, 10, 10);
                LocalDate to = year == currentYear ? lastDataDate(year) : LocalDate.of(year, 12, 15);
                LocalDate date = date(r, max(from, p.from), min(to, p.to));
                used.add(date);
                double delta;
                if (year == currentYear && d.profile == Profile.IMPROVING) {
                    delta = 8 + 8 * r.nextDouble();
                } else if (year == currentYear && d.profile == Profile.DECLINING) {
                    delta = -1 - 5 * r.nextDouble();
                } else {
                    delta = 3 + 3.5 * r.nextGaussian();
                }
                double score = p.baseline ? baseline + delta : 58 + 32 * quality(d, year, 4) + 3 * r.nextGaussian();
                rows.add(List.of(y(year), d.code, "FINAL", date.toString(), dec2(clamp(score, 30, 99.8))));
            }
            List<LocalDate> spots = new ArrayList<>();
            for (LocalDate date : distinctDates(r, max(p.from, LocalDate.of(year, 2, 20)), p.to, p.spots + used.size())) {
                if (!used.contains(date) && spots.size() < p.spots) {
                    spots.add(date);
                }
            }
            for (LocalDate date : spots) {
                double score = clamp(58 + 32 * quality(d, year, quarterOf(date)) + 5 * r.nextGaussian(), 30, 100);
                rows.add(List.of(y(year), d.code, "SPOT", date.toString(), dec2(score)));
            }
        }
        return csv(ImportKind.SOC, rows);
    }

    private static final Map<String, Integer> JDP_OFFSETS = Map.ofEntries(
            Map.entry("DEALER_FACILITY", 15), Map.entry("DEAL", -25), Map.entry("PAPERWORK", 10),
            Map.entry("DELIVERY_TIMING", -5), Map.entry("SALESPERSON", 5), Map.entry("DELIVERY_PROCESS", 0),
            Map.entry("SERVICE_INITIATION", 5), Map.entry("SERVICE_ADVISOR", 10), Map.entry("SERVICE_FACILITY", 20),
            Map.entry("VEHICLE_PICKUP", -10), Map.entry("SERVICE_QUALITY", -15));

    private String jdp(int year) {
        List<List<String>> rows = new ArrayList<>();
        for (Dealer d : dealers) {
            Plan p = plans(year).get(d.code);
            if (p == null) {
                continue;
            }
            Random r = random(ImportKind.JDP, year, d.index);
            double q = quality(d, year, 2);
            studyRows(rows, r, year, "SSI", "JDP_SSI", d, q, p.ssi, p.ssiSample, p.missingSsiFactor);
            studyRows(rows, r, year, "CSI", "JDP_CSI", d, q, p.csi, p.csiSample, null);
        }
        return csv(ImportKind.JDP, rows);
    }

    private void studyRows(List<List<String>> rows, Random r, int year, String study, String component, Dealer d,
            double quality, Study state, int sample, String missingFactor) {
        if (state == Study.NONE) {
            return;
        }
        double level = 715 + 230 * quality + 15 * r.nextGaussian();
        for (String factor : scheme.factorsOf(component)) {
            // a small sample scatters more
            double noise = (sample < JDP_MIN_SAMPLE ? 45 : 22) * r.nextGaussian();
            long index = Math.round(clamp(level + JDP_OFFSETS.getOrDefault(factor, 0) + noise, 450, 1000));
            if (!factor.equals(missingFactor)) {
                rows.add(List.of(y(year), study, d.code, factor, String.valueOf(index), String.valueOf(sample)));
            }
        }
    }

    private static final double[] CSC_OFFSETS = {0.1, 0.3, -0.1, 0.0, -0.4};

    private String csc(int year) {
        List<List<String>> rows = new ArrayList<>();
        int sequence = 0;
        for (Dealer d : dealers) {
            Plan p = plans(year).get(d.code);
            if (p == null) {
                continue;
            }
            Random r = random(ImportKind.CSC, year, d.index);
            for (int q = 1; q <= lastQuarter(year); q++) {
                LocalDate from = max(quarterStart(year, q), p.from);
                LocalDate to = min(quarterStart(year, q).plusMonths(3).minusDays(1), p.to);
                if (ChronoUnit.DAYS.between(from, to) < 20) {
                    continue;
                }
                int n = p.sparseCscQuarters.contains(q) ? 2 + r.nextInt(CSC_MIN_RESPONSES - 2) : 8 + r.nextInt(8);
                double mean = 5.6 + 3.9 * quality(d, year, q);
                for (int k = 0; k < n; k++) {
                    boolean unhappy = r.nextDouble() < 0.05;
                    List<String> row = new ArrayList<>(List.of(y(year), String.valueOf(q), d.code,
                            String.format("R%d%08d", year, ++sequence)));
                    for (int item = 0; item < 5; item++) {
                        double blank = item == 4 ? 0.10 : 0.04;
                        if (r.nextDouble() < blank) {
                            row.add("");
                        } else {
                            double m = unhappy ? 3.0 : mean + CSC_OFFSETS[item];
                            row.add(String.valueOf(Math.round(clamp(m + 1.2 * r.nextGaussian(), 0, 10))));
                        }
                    }
                    rows.add(row);
                }
            }
        }
        return csv(ImportKind.CSC, rows);
    }

    private String training(int year) {
        List<List<String>> rows = new ArrayList<>();
        for (Dealer d : dealers) {
            Plan p = plans(year).get(d.code);
            if (p == null) {
                continue;
            }
            Random r = random(ImportKind.TRAINING, year, d.index);
            for (LocalDate date : distinctDates(r, max(p.from, LocalDate.of(year, 2, 15)), p.to, p.trainings)) {
                double score = clamp(6.2 + 3.6 * quality(d, year, quarterOf(date)) + 0.5 * r.nextGaussian(), 0, 10);
                rows.add(List.of(y(year), d.code, date.toString(), TRAINERS.get(r.nextInt(TRAINERS.size())),
                        dec2(score)));
            }
        }
        return csv(ImportKind.TRAINING, rows);
    }

    private String crisis(int year) {
        List<List<String>> rows = new ArrayList<>();
        for (Dealer d : dealers) {
            Plan p = plans(year).get(d.code);
            if (p == null) {
                continue;
            }
            Random r = random(ImportKind.CRISIS, year, d.index);
            double score = clamp(5.4 + 4.3 * quality(d, year, 2) + 0.6 * r.nextGaussian(), 0, 9.8);
            for (LocalDate date : distinctDates(r, p.from, p.to, p.crisisAssessments)) {
                rows.add(List.of(y(year), d.code, date.toString(), dec2(score)));
                score = clamp(score + 0.2 + 0.6 * r.nextDouble(), 0, 10); // a re-check after the findings were fixed
            }
        }
        return csv(ImportKind.CRISIS, rows);
    }

    private static final List<String> BONUS_REASONS = List.of("年度特别贡献奖励", "新车型上市活动执行优秀奖励",
            "区域服务标杆店奖励", "召回活动完成率第一奖励", "客户关怀活动获厂家通报表扬");
    private static final List<String> PENALTY_REASONS = List.of("负面媒体曝光", "重大投诉未及时处理", "违规加价销售被客户投诉",
            "客户投诉\"免费保养\"承诺未兑现", "虚假宣传, 被当地市场监管部门通报", "CSC回访数据不实");

    private String adjustments(int year) {
        Random r = random(ImportKind.ADJUSTMENTS, year, 0);
        List<List<String>> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Dealer d : dealers) {
            if (d.role == Role.REGULAR) {
                codes.add(d.code);
            } else if (d.role == (year == currentYear ? Role.NEW_IN_CURRENT_YEAR : Role.NEW_IN_PREVIOUS_YEAR)) {
                // the newcomer is NOT_RATED (too little data): HQ settles its CS rebate by hand
                rows.add(List.of(y(year), d.code, "6000.00", "新店开业当年数据不足未评级，参照区域平均水平补足CS返利"));
            }
        }
        Collections.shuffle(codes, r);
        int n = 1 + r.nextInt(4);
        List<String> bonuses = new ArrayList<>(BONUS_REASONS);
        List<String> penalties = new ArrayList<>(PENALTY_REASONS);
        Collections.shuffle(bonuses, r);
        Collections.shuffle(penalties, r);
        for (int i = 0; i < n; i++) {
            boolean bonus = i > 0 && r.nextDouble() < 0.4;
            int[] amounts = bonus ? new int[] {2000, 3000, 5000, 8000, 10000} : new int[] {2000, 3000, 5000, 8000, 10000, 20000};
            int amount = amounts[r.nextInt(amounts.length)] * (bonus ? 1 : -1);
            String reason = bonus ? bonuses.remove(0) : penalties.remove(0);
            rows.add(List.of(y(year), codes.get(i), new BigDecimal(amount).setScale(2).toPlainString(), reason));
        }
        return csv(ImportKind.ADJUSTMENTS, rows);
    }

    private static final List<String> GENERIC_REMARKS = List.of("未按标准执行", "现场检查不符合要求", "上次问题整改未落实");

    /** Supervisors' remarks on a failed checkpoint (a few of the FAIL rows carry one). */
    private static final Map<String, List<String>> REMARKS = Map.ofEntries(
            Map.entry("SSI-ENV-01", List.of("展厅外部停车区有杂物", "门头灯箱部分不亮")),
            Map.entry("SSI-ENV-02", List.of("展厅地面有污渍")),
            Map.entry("SSI-ENV-03", List.of("接待台资料摆放杂乱")),
            Map.entry("SSI-ENV-04", List.of("部分展厅照明损坏")),
            Map.entry("SSI-ENV-05", List.of("洽谈桌未及时清理")),
            Map.entry("SSI-ENV-06", List.of("休息区饮品补充不及时")),
            Map.entry("SSI-ENV-07", List.of("儿童游戏区无人看护")),
            Map.entry("SSI-ENV-08", List.of("洗手间无清洁记录")),
            Map.entry("SSI-ENV-09", List.of("展车未按标准陈列", "展车车内有杂物")),
            Map.entry("SSI-STAFF-01", List.of("组织机构图未更新")),
            Map.entry("SSI-STAFF-02", List.of("员工区物品堆放杂乱")),
            Map.entry("SSI-STAFF-03", List.of("销售顾问未佩戴工牌")),
            Map.entry("SSI-STAFF-04", List.of("培训记录不完整")),
            Map.entry("SSI-RECEPT-01", List.of("电话响铃超过三声未接听", "未询问客户姓名")),
            Map.entry("SSI-RECEPT-02", List.of("销售工具夹资料不全")),
            Map.entry("SSI-RECEPT-03", List.of("客户进店未及时接待", "未主动提供饮料")),
            Map.entry("SSI-RECEPT-04", List.of("需求分析未记录客户信息")),
            Map.entry("SSI-RECEPT-05", List.of("未邀请客户互动体验")),
            Map.entry("SSI-RECEPT-06", List.of("交车仪式流程不完整")),
            Map.entry("SSI-DRIVE-01", List.of("未主动邀请试驾")),
            Map.entry("SSI-DRIVE-02", List.of("试驾车油量不足", "试驾车未清洁")),
            Map.entry("SSI-DRIVE-03", List.of("未做路线与安全说明")),
            Map.entry("SSI-DRIVE-04", List.of("试驾后未跟进洽谈")),
            Map.entry("SSI-DEAL-01", List.of("未主动询问支付方式")),
            Map.entry("SSI-DEAL-02", List.of("未介绍上牌代办服务")),
            Map.entry("SSI-DEAL-03", List.of("未介绍保险内容")),
            Map.entry("SSI-DEAL-04", List.of("合同条款未逐项说明")),
            Map.entry("SSI-FOLLOW-01", List.of("第3天回访未执行")),
            Map.entry("SSI-FOLLOW-02", List.of("第7天回访未执行")),
            Map.entry("SSI-FOLLOW-03", List.of("回访记录缺失")),
            Map.entry("SSI-FOLLOW-04", List.of("客户问题未闭环")),
            Map.entry("SSI-CR-01", List.of("客户信息未及时录入系统")),
            Map.entry("SSI-CR-02", List.of("满意度改善措施未落实")),
            Map.entry("SSI-CR-03", List.of("CR活动计划未按月执行")),
            Map.entry("SSI-TARGET-01", List.of("销售目标完成率偏低")),
            Map.entry("SSI-TARGET-02", List.of("潜客开发未达目标")),
            Map.entry("CS-HW-01", List.of("前台台面杂乱")),
            Map.entry("CS-HW-02", List.of("休息室设施损坏未修复")),
            Map.entry("CS-HW-03", List.of("开放式休息区座椅不足")),
            Map.entry("CS-HW-04", List.of("客服办公区文件堆放杂乱")),
            Map.entry("CS-HW-05", List.of("餐厅卫生不达标")),
            Map.entry("CS-HW-06", List.of("洗手间卫生较差")),
            Map.entry("CS-HW-07", List.of("培训室被挪作仓库")),
            Map.entry("CS-HW-08", List.of("快修工位标识不清")),
            Map.entry("CS-HW-09", List.of("设备点检记录缺失")),
            Map.entry("CS-HW-10", List.of("车间工位标识不清")),
            Map.entry("CS-HW-11", List.of("功能区划分不清")),
            Map.entry("CS-STAFF-01", List.of("人员配置不足")),
            Map.entry("CS-STAFF-02", List.of("店内培训未按计划开展")),
            Map.entry("CS-STAFF-03", List.of("技师未按规范着装")),
            Map.entry("CS-PROC-01", List.of("预约客户未提前准备")),
            Map.entry("CS-PROC-02", List.of("接待未使用三件套", "环车检查未与客户确认")),
            Map.entry("CS-PROC-03", List.of("维修作业未按标准流程")),
            Map.entry("CS-PROC-04", List.of("交车时未讲解维修项目, 客户不清楚收费")),
            Map.entry("CS-PROC-05", List.of("结算单未逐项说明")),
            Map.entry("CS-PROC-06", List.of("回访未在三日内完成")),
            Map.entry("CS-PROC-07", List.of("新车交车未讲解保养周期")),
            Map.entry("CS-PROC-08", List.of("快修接待未开具工单")),
            Map.entry("CS-PROC-09", List.of("配件出库未登记")),
            Map.entry("CS-PROC-10", List.of("保养作业漏项")),
            Map.entry("CS-PROC-11", List.of("交车前未终检")),
            Map.entry("CS-QUAL-01", List.of("车间5S管理不到位")),
            Map.entry("CS-QUAL-02", List.of("维修超出承诺时间")),
            Map.entry("CS-QUAL-03", List.of("收费项目未事先告知")),
            Map.entry("CS-QUAL-04", List.of("未提醒客户下次保养")));

    // ------------------------------------------------------------------ the scheme

    private record Checkpoint(String map, String item, String code) {
    }

    private static final class Scheme {
        final List<Checkpoint> checkpoints = new ArrayList<>();
        final Map<String, List<String>> factors = new LinkedHashMap<>();

        static Scheme load() {
            Scheme scheme = new Scheme();
            for (CSVRecord row : read("/scheme/checkpoints.csv")) {
                scheme.checkpoints.add(new Checkpoint(row.get("map"), row.get("item_code"), row.get("checkpoint_code")));
            }
            for (CSVRecord row : read("/scheme/factors.csv")) {
                scheme.factors.computeIfAbsent(row.get("component"), c -> new ArrayList<>()).add(row.get("factor_code"));
            }
            return scheme;
        }

        List<String> checkpointsOf(String map) {
            List<String> codes = new ArrayList<>();
            for (Checkpoint cp : checkpoints) {
                if (cp.map.equals(map)) {
                    codes.add(cp.code);
                }
            }
            return codes;
        }

        List<String> factorsOf(String component) {
            return factors.getOrDefault(component, List.of());
        }

        private static List<CSVRecord> read(String resource) {
            try (InputStream in = DemoDataGenerator.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String csv(ImportKind kind, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(kind.columns());
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void checkYear(int year) {
        if (year != currentYear && year != previousYear()) {
            throw new IllegalArgumentException("demo data exists for " + previousYear() + " and " + currentYear
                    + " only, not " + year);
        }
    }

    /** The random source of a kind's file (its path name as the purpose: the same files as ever). */
    private Random random(ImportKind kind, int year, int index) {
        return random(kind.pathName(), year, index);
    }

    /** A random source for one purpose, year and dealer, independent of the order of the calls. */
    private Random random(String purpose, int year, int index) {
        long h = seed;
        h = mix(h ^ purpose.hashCode());
        h = mix(h ^ year);
        h = mix(h ^ index);
        return new Random(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** 0, 1, 2 or 3 with the given probabilities. */
    private static int pick(Random r, double... weights) {
        double x = r.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Up to {@code n} distinct working days in [from, to], in order. */
    private static List<LocalDate> distinctDates(Random r, LocalDate from, LocalDate to, int n) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int attempt = 0; dates.size() < n && attempt < 50 * (n + 1); attempt++) {
            dates.add(date(r, from, to));
        }
        return new ArrayList<>(dates);
    }

    /** A random working day in [from, to] (a weekend day only when the range has no working day). */
    private static LocalDate date(Random r, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalStateException("empty date range " + from + ".." + to);
        }
        LocalDate d = from.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
        LocalDate w = weekday(d);
        if (!w.isAfter(to)) {
            return w;
        }
        for (LocalDate back = d; !back.isBefore(from); back = back.minusDays(1)) {
            if (back.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                return back;
            }
        }
        return d;
    }

    private static LocalDate weekday(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate quarterStart(int year, int quarter) {
        return LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
    }

    private static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    private static String y(int year) {
        return String.valueOf(year);
    }

    private static String dec2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
