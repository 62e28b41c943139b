package com.dealercs.reports;

import com.dealercs.application.DealerStanding;
import com.dealercs.application.FailedCheckpointView;
import com.dealercs.application.ScorecardReport;
import com.dealercs.application.ScorecardView;
import com.dealercs.application.WeakPointsReport;
import com.dealercs.application.WeakPointsView;
import com.dealercs.application.YearOverview;
import com.dealercs.application.YearReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;

/**
 * Renders the four printed reports as PDF from the application's report DTOs: the national
 * ranking, the rebates, the weak points and a dealer's scorecard. Chinese (any {@code zh} locale)
 * or English; every word from this module's bundles, every figure as the API prints it
 * ({@link BigDecimal#toPlainString()}, never through a double). The designs were compiled at build
 * time and are loaded once; an instance is thread-safe (each call fills its own print).
 */
public final class ReportRenderer {

    /** Beijing time: the time zone of the portal's times and of the reports' header and footer. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** From this many rows on, the filled pages are swapped to a temporary file instead of the heap. */
    static final int VIRTUALIZE_FROM_ROWS = 300;

    private static final String DESIGNS = "/com/dealercs/reports/designs/";
    private static final String BUNDLE = "com.dealercs.reports.messages";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    /** The network's weakest checkpoints the weak-points chart shows. */
    private static final int CHART_CHECKPOINTS = 15;

    private final JasperReport ranking;
    private final JasperReport rebates;
    private final JasperReport weakPoints;
    private final JasperReport scorecard;
    private final Clock clock;

    public ReportRenderer() {
        this(Clock.systemUTC());
    }

    /** With the clock that dates the footer's print time (tests fix it). */
    public ReportRenderer(Clock clock) {
        this.clock = clock;
        this.ranking = load("ranking");
        this.rebates = load("rebates");
        this.weakPoints = load("weak-points");
        this.scorecard = load("scorecard");
    }

    /** The national ranking: rated dealers by national rank, then the NOT_RATED ones with what they miss. */
    public void ranking(YearReport report, Locale locale, OutputStream out) {
        Texts t = new Texts(locale);
        List<Map<String, ?>> rows = new ArrayList<>();
        long rated = report.scorecards().stream().filter(ReportRenderer::isRated).count();
        for (ScorecardView s : report.scorecards()) {
            Map<String, Object> row = new HashMap<>();
            row.put("section", isRated(s) ? "RATED" : "NOT_RATED");
            row.put("nationalRank", text(s.nationalRank(), t));
            row.put("regionalRank", text(s.regionalRank(), t));
            row.put("dealerCode", s.dealerCode());
            row.put("dealerName", s.dealerName());
            row.put("region", t.region(s.region()));
            int i = 0;
            for (String component : ScorecardView.COMPONENTS) {
                row.put("c" + i++, text(s.components().get(component), t));
            }
            row.put("total", text(s.total(), t));
            row.put("coverage", Integer.toString(s.coverage()));
            row.put("missing", missing(s, t));
            rows.add(row);
        }
        Map<String, Object> parameters = header(t, report.year(), t.get("report.ranking"));
        int i = 0;
        for (String component : ScorecardView.COMPONENTS) {
            parameters.put("COMPONENT_" + i++, t.get("component." + component) + "\n("
                    + ScorecardView.MAXIMA.get(component) + ")");
        }
        parameters.put("RATED_TITLE", t.format("ranking.rated", Long.toString(rated)));
        parameters.put("NOT_RATED_TITLE", t.format("ranking.notRated",
                Long.toString(report.scorecards().size() - rated)));
        fill(ranking, parameters, rows, out);
    }

    /** Every dealer's CS rebate and its parts, by region (region totals), then the network's total. */
    public void rebates(YearReport report, Locale locale, OutputStream out) {
        Texts t = new Texts(locale);
        // regions in the order of their names, dealers in each as the run lists them (by national rank)
        Map<String, List<ScorecardView>> byRegion = report.scorecards().stream()
                .collect(Collectors.groupingBy(ScorecardView::region, LinkedHashMap::new, Collectors.toList()));
        List<Map<String, ?>> rows = new ArrayList<>();
        byRegion.keySet().stream().sorted(Comparator.naturalOrder()).forEach(region -> {
            List<ScorecardView> dealers = byRegion.get(region);
            for (ScorecardView s : dealers) {
                ScorecardView.RebateView r = s.rebate();
                Map<String, Object> row = new HashMap<>();
                row.put("region", t.region(region));
                row.put("regionTotalLabel", t.format("rebates.regionTotal", t.region(region), Integer.toString(dealers.size())));
                row.put("dealerCode", s.dealerCode());
                row.put("dealerName", s.dealerName());
                row.put("status", t.get("status." + s.status()));
                row.put("units", r.units());
                row.put("base", r.base());
                row.put("payoutRatio", r.payoutRatio().toPlainString());
                row.put("cs", r.cs());
                row.put("socBonus", r.socBonus());
                row.put("adjustments", r.adjustments());
                row.put("rebate", r.rebate());
                rows.add(row);
            }
        });
        Map<String, Object> parameters = header(t, report.year(), t.get("report.rebates"));
        parameters.put("NETWORK_TOTAL_LABEL", t.format("rebates.networkTotal",
                Integer.toString(report.scorecards().size())));
        fill(rebates, parameters, rows, out);
    }

    /** Items and checkpoints weakest first, the network then each region, with a chart of the network's weakest. */
    public void weakPoints(WeakPointsReport report, Locale locale, OutputStream out) {
        Texts t = new Texts(locale);
        List<Map<String, ?>> rows = new ArrayList<>();
        List<WeakPointsView> scopes = new ArrayList<>();
        scopes.add(report.network());
        scopes.addAll(report.regions());
        int order = 0;
        for (WeakPointsView scope : scopes) {
            String name = scope.region() == null ? t.get("weak.network") : t.region(scope.region());
            String title = t.format("weak.scope", name, Integer.toString(scope.inspections()));
            order++;
            for (WeakPointsView.ItemCompliance item : scope.items()) {
                rows.add(weakRow(order, title, "ITEMS", t.get("weak.items"), item.map(), item.itemCode(), "",
                        item.name(), item.pass(), item.fail(), item.rate(), item.dealersFailing()));
            }
            for (WeakPointsView.CheckpointCompliance c : scope.checkpoints()) {
                rows.add(weakRow(order, title, "CHECKPOINTS", t.get("weak.checkpoints"), c.map(), c.itemCode(),
                        c.checkpointCode(), c.name(), c.pass(), c.fail(), c.rate(), c.dealersFailing()));
            }
            if (scope.items().isEmpty() && scope.checkpoints().isEmpty()) {
                rows.add(weakRow(order, title, "EMPTY", t.get("weak.empty"), "", "", "", "", 0, 0, null, 0));
            }
        }
        List<Map<String, ?>> chart = new ArrayList<>();
        for (WeakPointsView.CheckpointCompliance c : report.network().checkpoints().stream()
                .filter(c -> c.rate() != null).limit(CHART_CHECKPOINTS).toList()) {
            Map<String, Object> bar = new HashMap<>();
            bar.put("label", c.checkpointCode());
            bar.put("percent", c.rate().movePointRight(2));
            bar.put("series", t.get("weak.col.rate"));
            chart.add(bar);
        }
        Map<String, Object> parameters = header(t, report.year(), t.get("report.weakPoints"));
        parameters.put("CHART", new JRMapCollectionDataSource(chart));
        parameters.put("CHART_EMPTY", chart.isEmpty());
        fill(weakPoints, parameters, rows, out);
    }

    /** One dealer's scorecard: components against their maxima, ranks, the quarters, failed checkpoints, the rebate. */
    public void scorecard(ScorecardReport report, Locale locale, OutputStream out) {
        Texts t = new Texts(locale);
        DealerStanding standing = report.standing();
        ScorecardView s = standing.scorecard();
        Map<String, Object> parameters = header(t, report.year(), t.get("report.scorecard"));
        parameters.put("DEALER", t.format("card.dealer", s.dealerCode(), s.dealerName()));
        parameters.put("DEALER_LINE", t.format("card.region", t.region(s.region())) + "    "
                + t.format("card.status", t.get("status." + s.status())));
        parameters.put("TOTAL", text(s.total(), t));
        parameters.put("NATIONAL_RANK", s.nationalRank() == null ? t.get("report.none")
                : t.format("card.rankOf", s.nationalRank().toString(), Long.toString(standing.ratedNationally())));
        parameters.put("REGIONAL_RANK", s.regionalRank() == null ? t.get("report.none")
                : t.format("card.rankOf", s.regionalRank().toString(), Long.toString(standing.ratedInRegion())));
        parameters.put("COVERAGE", isRated(s) ? t.format("card.coverage", Integer.toString(s.coverage()))
                : t.format("card.notRated", Integer.toString(s.coverage()), missing(s, t)));

        List<Map<String, ?>> components = new ArrayList<>();
        for (String component : ScorecardView.COMPONENTS) {
            components.add(Map.of("name", t.get("component.long." + component),
                    "max", ScorecardView.MAXIMA.get(component).toString(),
                    "points", text(s.components().get(component), t)));
        }
        parameters.put("COMPONENTS", new JRMapCollectionDataSource(components));

        List<Map<String, ?>> quarters = new ArrayList<>();
        List<Map<String, ?>> trend = new ArrayList<>();
        for (ScorecardView.QuarterView q : s.quarters()) {
            String label = t.format("card.quarter", Integer.toString(q.quarter()));
            quarters.add(Map.of("quarter", label, "total", text(q.total(), t), "rank", text(q.rank(), t)));
            if (q.total() != null) {
                trend.add(Map.of("quarter", label, "total", q.total(), "series", t.get("card.chart.series")));
            }
        }
        parameters.put("QUARTERS", new JRMapCollectionDataSource(quarters));
        parameters.put("TREND", new JRMapCollectionDataSource(trend));
        parameters.put("TREND_EMPTY", trend.isEmpty());

        ScorecardView.RebateView r = s.rebate();
        List<Map<String, ?>> rebate = new ArrayList<>();
        rebate.add(Map.of("label", t.get("card.rebate.units"), "value", Integer.toString(r.units())));
        rebate.add(Map.of("label", t.get("card.rebate.base"), "value", r.base().toPlainString()));
        rebate.add(Map.of("label", t.get("card.rebate.payoutRatio"), "value", r.payoutRatio().toPlainString()));
        rebate.add(Map.of("label", t.get("card.rebate.cs"), "value", r.cs().toPlainString()));
        rebate.add(Map.of("label", t.get("card.rebate.socBonus"), "value", r.socBonus().toPlainString()));
        rebate.add(Map.of("label", t.get("card.rebate.adjustments"), "value", r.adjustments().toPlainString()));
        rebate.add(Map.of("label", t.get("card.rebate.rebate"), "value", r.rebate().toPlainString()));
        parameters.put("REBATE", new JRMapCollectionDataSource(rebate));

        List<Map<String, ?>> failed = new ArrayList<>();
        for (FailedCheckpointView f : report.failedCheckpoints()) {
            Map<String, Object> row = new HashMap<>();
            row.put("map", f.map());
            row.put("quarter", Integer.toString(f.quarter()));
            row.put("date", f.inspectionDate() == null ? t.get("report.none") : DAY.format(f.inspectionDate()));
            row.put("checkpoint", f.checkpointCode() + "  " + f.name(t.locale));
            row.put("comment", f.comment() == null ? t.get("report.none") : f.comment());
            failed.add(row);
        }
        parameters.put("FAILED_TITLE", t.format("card.failed", Integer.toString(failed.size())));
        fill(scorecard, parameters, failed, out);
    }

    private static Map<String, Object> weakRow(int order, String scope, String kind, String kindTitle, String map,
                                               String itemCode, String checkpointCode, String name, int pass,
                                               int fail, BigDecimal rate, int dealersFailing) {
        Map<String, Object> row = new HashMap<>();
        row.put("scopeOrder", order);
        row.put("scope", scope);
        row.put("kind", kind);
        row.put("kindTitle", kindTitle);
        row.put("map", map);
        row.put("itemCode", itemCode);
        row.put("checkpointCode", checkpointCode);
        row.put("name", name);
        row.put("pass", Integer.toString(pass));
        row.put("fail", Integer.toString(fail));
        row.put("rate", rate == null ? "" : percent(rate));
        row.put("dealersFailing", Integer.toString(dealersFailing));
        return row;
    }

    /** A rate of 0..1 (four places) as a percentage, exactly: 0.8571 → 85.71%. */
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).toPlainString() + "%";
    }

    private Map<String, Object> header(Texts t, YearOverview year, String reportName) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, t.locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, t.bundle);
        p.put("OWNER", t.get("report.owner"));
        p.put("ISSUER", t.get("report.issuer"));
        p.put("REPORT_NAME", reportName);
        String state = t.format("report.state", t.get("state." + year.state()));
        String run = year.runAt() == null ? t.get("report.noRun")
                : t.format("report.run", MINUTE.format(year.runAt().atZone(BEIJING)));
        p.put("YEAR_LINE", t.format("report.year", Integer.toString(year.year())) + "    " + state + "    " + run);
        p.put("DRAFT", isDraft(year));
        p.put("WATERMARK", t.get("report.watermark"));
        p.put("PRINTED", t.format("report.printed", MINUTE.format(Instant.now(clock).atZone(BEIJING))));
        p.put("INTERNAL", t.get("report.internal"));
        p.put("PAGE_PATTERN", t.get("report.page"));
        p.put("NONE", t.get("report.none"));
        return p;
    }

    /** Draft until an executive approved the year: the watermark's rule. */
    static boolean isDraft(YearOverview year) {
        return !("APPROVED".equals(year.state()) || "PUBLISHED".equals(year.state()));
    }

    private static boolean isRated(ScorecardView s) {
        return "RATED".equals(s.status());
    }

    /** The sources (components) a scorecard has no data for, named in the report's language. */
    private static String missing(ScorecardView s, Texts t) {
        return ScorecardView.COMPONENTS.stream().filter(c -> s.components().get(c) == null)
                .map(c -> t.get("component." + c)).collect(Collectors.joining(t.get("report.listSeparator")));
    }

    private static String text(BigDecimal value, Texts t) {
        return value == null ? t.get("report.none") : value.toPlainString();
    }

    private static String text(Integer value, Texts t) {
        return value == null ? t.get("report.none") : value.toString();
    }

    private static void fill(JasperReport design, Map<String, Object> parameters, List<Map<String, ?>> rows,
                             OutputStream out) {
        JRSwapFileVirtualizer virtualizer = null;
        Path swapDirectory = null;
        try {
            if (rows.size() >= VIRTUALIZE_FROM_ROWS) {
                swapDirectory = Files.createTempDirectory("dealercs-report");
                virtualizer = new JRSwapFileVirtualizer(20,
                        new JRSwapFile(swapDirectory.toString(), 4096, 256), true);
                parameters.put(JRParameter.REPORT_VIRTUALIZER, (JRVirtualizer) virtualizer);
            }
            JRDataSource data = new JRMapCollectionDataSource(rows);
            JasperPrint print = JasperFillManager.fillReport(design, parameters, data);
            if (virtualizer != null) {
                virtualizer.setReadOnly(true);
            }
            JasperExportManager.exportReportToPdfStream(print, out);
        } catch (JRException e) {
            throw new IllegalStateException("report " + design.getName() + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
            if (swapDirectory != null) {
                swapDirectory.toFile().delete();
            }
        }
    }

    private static JasperReport load(String name) {
        try (InputStream in = ReportRenderer.class.getResourceAsStream(DESIGNS + name + ".jasper")) {
            if (in == null) {
                throw new IllegalStateException("compiled report " + name + ".jasper missing: was the reports module built?");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("compiled report " + name + ".jasper unreadable", e);
        }
    }

    /** The report's language: Chinese for any zh locale, English otherwise; texts from this module's bundles. */
    private static final class Texts {
        final Locale locale;
        final ResourceBundle bundle;

        Texts(Locale requested) {
            this.locale = requested != null && "zh".equals(requested.getLanguage()) ? CHINESE : Locale.ENGLISH;
            // no fallback to the JVM's default locale: English is the base bundle
            this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... arguments) {
            return new MessageFormat(get(key), locale).format(arguments);
        }

        /** A region's name in the report's language, as the portal names it. */
        String region(String stored) {
            return com.dealercs.application.RegionNames.of(stored, locale);
        }
    }
}
