package com.dealercs.interfaces.web.dealer;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.DealerOverview;
import com.dealercs.application.DealerPortalService;
import com.dealercs.application.DealerStanding;
import com.dealercs.application.DealerYearView;
import com.dealercs.application.FixFirstItem;
import com.dealercs.application.NetworkPosition;
import com.dealercs.application.ScorecardView;
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
import java.util.Optional;
import java.util.ResourceBundle;
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
    private final Map<Integer, String> quarterLabels = new HashMap<>();

    @PostConstruct
    void init() {
        try {
            DealerOverview overview = portal.ownOverview();
            history = overview.history();
            dealerName = overview.dealerName();
            // the newest published year with data first (the history's first), else the newest published
            Optional<Integer> withData = history.stream().findFirst().map(s -> s.scorecard().year());
            offer(overview.years(), y -> withData.map(year -> year == y.year())
                    .orElse(PUBLISHED.equals(y.state())));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the evaluation years", e);
            offer(List.of(), y -> false);
        }
    }

    /** A year chosen by the select or the {@code ?year=} link: which year, never which dealer. */
    @Override
    protected void yearChosen() {
        loaded = false;
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

    /** The quarters' totals and ranks as a Chart.js configuration (for {@code <p:chart>}). */
    public String getTrendChart() {
        ensureLoaded();
        return trendChart;
    }

    /** The network's distribution with the own band, as a Chart.js configuration. */
    public String getPositionChart() {
        ensureLoaded();
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
        if (year == null || !isPublished()) {
            return; // the page says the year is not published yet
        }
        try {
            DealerYearView page = portal.ownYear(year, locale);
            standing = page.standing();
            fixFirst = page.fixFirst();
            position = page.position();
            ResourceBundle texts = PageTexts.messages(locale);
            trendChart = DealerCharts.trend(standing.scorecard(), texts::getString, locale);
            positionChart = DealerCharts.position(position, texts::getString);
        } catch (ApplicationFailure e) {
            standing = null;
            problem = e.message(locale);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the dealer's own scorecard of " + year, e);
            standing = null;
            problem = PageTexts.messages(locale).getString("myScorecard.failed");
        }
    }
}
