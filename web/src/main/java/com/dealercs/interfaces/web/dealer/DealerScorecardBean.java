package com.dealercs.interfaces.web.dealer;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.DealerOverview;
import com.dealercs.application.DealerPortalService;
import com.dealercs.application.DealerStanding;
import com.dealercs.application.DealerYearView;
import com.dealercs.application.FixFirstItem;
import com.dealercs.application.NetworkPosition;
import com.dealercs.application.ScorecardView;
import com.dealercs.interfaces.web.portal.KeptMarkup;
import com.dealercs.interfaces.web.portal.LanguageBean;
import com.dealercs.interfaces.web.portal.PageTexts;
import com.dealercs.interfaces.web.reports.PdfDownload;
import com.dealercs.interfaces.web.reports.PdfReports;
import com.dealercs.interfaces.web.portal.YearPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dealer's page "我的评分卡 / My scorecard": the signed-in dealer's own scorecard of a published
 * year (components, total, ranks of how many, rebate with its parts, quarters and their trend), what
 * to fix first (the failed checklist items, costliest first), its position in the network (no other
 * dealer in it) and its previous years. The year shown first is the newest published one with data
 * for the dealer. Which dealer is never the page's choice: the services take
 * it from the signed-in account, so no request parameter can show another dealer. A year that is
 * not published yet says so.
 */
@Named
@ViewScoped
public class DealerScorecardBean extends YearPage {

    private static final long serialVersionUID = 2L;
    private static final Logger LOG = Logger.getLogger(DealerScorecardBean.class.getName());
    static final String PUBLISHED = "PUBLISHED";

    /** The session's language: the view's own locale is not set yet while the bean is created. */
    @Inject
    LanguageBean language;

    @Inject
    PdfReports pdfReports;

    @Inject
    DealerPortalService portal;

    @Inject
    KeptMarkup keptMarkup;

    /** A part of a dealer's published page, named by all it shows (see {@link #markup(String)}). */
    record PublishedPart(String part, int year, String dealerCode, String language, long edition) {
    }

    private DealerStanding standing;
    /** Why there is no scorecard to show, in the page's language; {@code null} when there is one. */
    private String problem;
    private String dealerName;
    private List<FixFirstItem> fixFirst = List.of();
    private NetworkPosition position;
    private List<DealerStanding> history = List.of();
    private String trendChart;
    private String positionChart;
    /**
     * Whether the chosen year's scorecard has been read: only when the page shows it, so a
     * {@code ?year=} link does not read the default year's first for nothing.
     */
    private boolean loaded;
    private Integer loadedYear;
    /** The language and edition the shown year was read in: with the year and dealer, its parts' key. */
    private Locale loadedLocale;
    private long edition;
    private final Map<Integer, String> quarterLabels = new HashMap<>();

    /**
     * Reads the page in one call: the years, the history and the year to show with what it shows.
     * The bean is made while the {@code ?year=} parameter is being converted, before it is set, so
     * the year asked for is read from the request here; the parameter then chooses the same year
     * and nothing is read twice.
     */
    @PostConstruct
    void init() {
        Locale locale = language.getLocale();
        try {
            DealerOverview page = portal.ownPage(requestedYear(), locale);
            history = page.history();
            dealerName = page.dealerName();
            offer(page.years(), y -> page.shownYear() != null && y.year() == page.shownYear());
            if (page.shown() != null) {
                // counted as loaded before anything asks for the kept parts: markup(part) loads the
                // year itself when it is not (a second service call per view, found in the benchmark)
                loaded = true;
                loadedYear = getYear();
                show(page.shown(), locale);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the evaluation years", e);
            offer(List.of(), y -> false);
        }
    }

    private static Integer requestedYear() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String year = faces == null ? null : faces.getExternalContext().getRequestParameterMap().get("year");
        try {
            return year == null ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            return null; // the page's parameter says what is wrong with it
        }
    }

    /** A year chosen by the select or the {@code ?year=} link: which year, never which dealer. */
    @Override
    protected void yearChosen() {
        if (!Objects.equals(getYear(), loadedYear)) {
            loaded = false;
        }
    }

    public boolean isPublished() {
        return PUBLISHED.equals(getState());
    }

    public ScorecardView getCard() {
        ensureLoaded();
        return standing == null ? null : standing.scorecard();
    }

    /** The scorecard with what its ranks are out of. */
    public DealerStanding getStanding() {
        ensureLoaded();
        return standing;
    }

    /** The checkpoints failed in the year's approved inspections, all items together. */
    public int getFailedCount() {
        return getFixFirst().stream().mapToInt(item -> item.failures().size()).sum();
    }

    public String getProblem() {
        ensureLoaded();
        return problem;
    }

    /** The dealer's name, also for a year without its scorecard. */
    public String getDealerName() {
        ScorecardView card = getCard();
        return card != null ? card.dealerName() : dealerName;
    }

    /** The failed checklist items, the costliest first. */
    public List<FixFirstItem> getFixFirst() {
        ensureLoaded();
        return fixFirst;
    }

    /** Where the dealer stands in the network; {@code null} without a scorecard. */
    public NetworkPosition getPosition() {
        ensureLoaded();
        return position;
    }

    /** The dealer's published years with data, newest first. */
    public List<DealerStanding> getHistory() {
        return history;
    }

    /** The components without data this year, in the scheme's order. */
    public List<String> getMissing() {
        ScorecardView card = getCard();
        return card == null ? List.of() : card.components().entrySet().stream()
                .filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
    }

    /**
     * "第 3 季度" / "Q3" for each failed checkpoint of what to fix first: formatted once per quarter
     * and view, not once per row (an {@code h:outputFormat} parses its pattern on every row).
     */
    public String quarter(int quarter) {
        return quarterLabels.computeIfAbsent(quarter, q -> PageTexts.text(FacesContext.getCurrentInstance(),
                "card.quarter", q));
    }

    /**
     * Where a part of the shown published scorecard ({@code <cs:keptMarkup>}) is kept: the same
     * year, dealer, language and edition of the figures always show the same markup, so it is
     * rendered once and written on later views. The dealer is the one the service read the year
     * for (the account's). {@code null} without a scorecard: nothing is kept.
     */
    public KeptMarkup.Slot markup(String part) {
        ensureLoaded();
        if (standing == null) {
            return null;
        }
        ScorecardView card = standing.scorecard();
        return keptMarkup.slot(new PublishedPart(part, card.year(), card.dealerCode(), loadedLocale.toLanguageTag(),
                edition));
    }

    /**
     * The kept markup of a part of the shown scorecard, or {@code null} while it has to be rendered.
     * The page asks when it is built (a kept part is then written as it is, without the components
     * that made it) and again when it is written: the answer is taken once per request, so a part
     * let go of in between is still written whole.
     */
    public String kept(String part) {
        KeptMarkup.Slot slot = markup(part);
        if (slot == null) {
            return null;
        }
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        String name = KeptMarkup.class.getName() + ' ' + slot.key();
        Object kept = request.get(name);
        if (kept == null) {
            kept = slot.markup();
            if (kept != null) {
                request.put(name, kept);
            }
        }
        return (String) kept;
    }

    /**
     * The quarters' totals and ranks as a Chart.js configuration (the canvas's {@code data-chart},
     * drawn by js/portal.js). Made only when its part is rendered, not when it is kept.
     */
    public String getTrendChart() {
        ensureLoaded();
        if (trendChart == null && standing != null) {
            trendChart = DealerCharts.trend(standing.scorecard(), PageTexts.messages(loadedLocale)::getString, loadedLocale);
        }
        return trendChart;
    }

    /** The network's distribution with the own band, as a Chart.js configuration (made as the trend's). */
    public String getPositionChart() {
        ensureLoaded();
        if (positionChart == null && position != null) {
            positionChart = DealerCharts.position(position, PageTexts.messages(loadedLocale)::getString);
        }
        return positionChart;
    }

    /**
     * The shown scorecard as the printed report, in the page's language: the dealer is the
     * account's (the service decides, never the page), and only of a published year.
     */
    public void downloadPdf() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ScorecardView card = getCard();
        if (card == null) {
            return;
        }
        try {
            PdfDownload.send(faces, pdfReports.scorecard(card.year(), card.dealerCode(), language.getLocale()));
        } catch (ApplicationFailure e) {
            PageTexts.error(faces, e.message(language.getLocale()));
        }
    }

    private void ensureLoaded() {
        if (!loaded) {
            loaded = true;
            load();
        }
    }

    private void load() {
        standing = null;
        problem = null;
        fixFirst = List.of();
        position = null;
        trendChart = null;
        positionChart = null;
        Locale locale = language.getLocale();
        Integer year = getYear();
        loadedYear = year;
        if (year == null || !isPublished()) {
            return; // the page says the year is not published yet
        }
        try {
            show(portal.ownYear(year, locale), locale);
        } catch (ApplicationFailure e) {
            standing = null;
            problem = e.message(locale);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the dealer's own scorecard of " + year, e);
            standing = null;
            problem = PageTexts.messages(locale).getString("myScorecard.failed");
        }
    }

    private void show(DealerYearView page, Locale locale) {
        loadedLocale = locale;
        edition = page.edition();
        standing = page.standing();
        fixFirst = page.fixFirst();
        position = page.position();
    }
}
