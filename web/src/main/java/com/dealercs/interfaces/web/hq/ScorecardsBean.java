package com.dealercs.interfaces.web.hq;

import static com.dealercs.interfaces.web.portal.PageTexts.error;
import static com.dealercs.interfaces.web.portal.PageTexts.info;
import static com.dealercs.interfaces.web.portal.PageTexts.locale;
import static com.dealercs.interfaces.web.portal.PageTexts.text;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.CalculationService;
import com.dealercs.application.CalculationSummary;
import com.dealercs.application.DealerStanding;
import com.dealercs.application.InvalidInputException;
import com.dealercs.application.Problem;
import com.dealercs.application.ScorecardService;
import com.dealercs.application.ScorecardView;
import com.dealercs.application.YearLifecycleService;
import com.dealercs.application.YearStateView;
import com.dealercs.interfaces.web.export.SpreadsheetDownload;
import com.dealercs.interfaces.web.export.SpreadsheetTable;
import com.dealercs.interfaces.web.portal.CurrentUser;
import com.dealercs.interfaces.web.portal.PageTexts;
import com.dealercs.interfaces.web.portal.YearPage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.ColumnToggleEvent;
import org.primefaces.model.Visibility;

/**
 * The HQ page "评分卡 / Scorecards" (HQ staff, executives, administrators): choose a year (newest
 * first), see its state and latest calculation run, act on it as the role may (calculate while
 * OPEN; approve, publish; reopen with a reason), read the ranking of the latest run with every
 * component, filter it by region, export it to Excel and open one dealer's detail. Talks to the
 * application services only; whatever they refuse comes back as a message in the user's language.
 */
@Named
@ViewScoped
public class ScorecardsBean extends YearPage {

    private static final long serialVersionUID = 3L;
    private static final Logger LOG = Logger.getLogger(ScorecardsBean.class.getName());
    static final String OPEN = "OPEN";
    static final String APPROVED = "APPROVED";

    @Inject
    ScorecardService scorecards;

    @Inject
    CalculationService calculations;

    @Inject
    YearLifecycleService lifecycle;

    @Inject
    CurrentUser currentUser;

    private List<ScorecardView> ranking = List.of();
    private String region;
    private DealerStanding detail;
    private boolean reopening;
    private String reopenReason;
    private boolean unavailable;
    /** The on-demand columns the user has shown (by column id); hidden unless shown. */
    private final Set<String> shownColumns = new HashSet<>();

    @PostConstruct
    void init() {
        loadYears();
        offer(getYears(), y -> true);
        loadRanking();
    }

    // ------------------------------------------------------------------ the year

    /** The select's change or a {@code ?year=} link: the chosen year's state, run and ranking. */
    @Override
    protected void yearChosen() {
        region = null;
        detail = null;
        reopening = false;
        reopenReason = null;
        loadRanking();
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    // ------------------------------------------------------------------ what the role may do

    public boolean isMayCalculate() {
        return currentUser.isSupervisor() || currentUser.isAdmin();
    }

    public boolean isMayApprove() {
        return currentUser.isExecutive() || currentUser.isAdmin();
    }

    public boolean isMayReopen() {
        return currentUser.isAdmin();
    }

    public boolean isCanCalculate() {
        return isMayCalculate() && OPEN.equals(getState());
    }

    public boolean isCanApprove() {
        return isMayApprove() && OPEN.equals(getState()) && isCalculated();
    }

    public boolean isCanPublish() {
        return isMayApprove() && APPROVED.equals(getState());
    }

    public boolean isCanReopen() {
        return isMayReopen() && getState() != null && !OPEN.equals(getState());
    }

    // ------------------------------------------------------------------ actions

    public void calculate() {
        FacesContext faces = FacesContext.getCurrentInstance();
        act(faces, () -> {
            CalculationSummary summary = calculations.calculate(getYear());
            info(faces, text(faces, "scorecards.calculated", getYear().toString(), summary.rated(),
                    summary.notRated()));
            return null;
        });
    }

    public void approve() {
        FacesContext faces = FacesContext.getCurrentInstance();
        act(faces, () -> stateChanged(faces, lifecycle.approve(getYear())));
    }

    public void publish() {
        FacesContext faces = FacesContext.getCurrentInstance();
        act(faces, () -> stateChanged(faces, lifecycle.publish(getYear())));
    }

    /** Shows the reason field of the reopening. */
    public void startReopening() {
        reopening = true;
        reopenReason = null;
    }

    public void cancelReopening() {
        reopening = false;
        reopenReason = null;
    }

    public void reopen() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean done = act(faces, () -> stateChanged(faces, lifecycle.reopen(getYear(), reopenReason)));
        if (done) {
            reopening = false;
            reopenReason = null;
        }
    }

    private Object stateChanged(FacesContext faces, YearStateView view) {
        info(faces, text(faces, "scorecards.stateChanged", Integer.toString(view.year()),
                text(faces, "scorecards.state." + view.state())));
        return null;
    }

    /** Runs an action on the chosen year; answers whether it succeeded. Reloads what it may have changed. */
    private boolean act(FacesContext faces, Supplier<Object> action) {
        Locale locale = locale(faces);
        if (getYear() == null) {
            error(faces, text(faces, "scorecards.noYear"));
            return false;
        }
        boolean done = false;
        try {
            action.get();
            done = true;
        } catch (InvalidInputException e) {
            for (Problem problem : e.problems()) {
                error(faces, problem.message(locale));
            }
            if (e.problems().isEmpty()) {
                error(faces, e.message(locale));
            }
        } catch (ApplicationFailure e) {
            error(faces, e.message(locale));
        } catch (EJBAccessException e) {
            error(faces, text(faces, "scorecards.forbidden"));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A scorecard action on year " + getYear() + " failed", e);
            error(faces, text(faces, "scorecards.failed"));
        }
        loadYears();
        loadRanking();
        return done;
    }

    // ------------------------------------------------------------------ the ranking

    /** The latest run's scorecards by national rank (NOT_RATED last), of the chosen region or all. */
    public List<ScorecardView> getRanking() {
        if (region == null || region.isBlank()) {
            return ranking;
        }
        return ranking.stream().filter(r -> region.equals(r.region())).toList();
    }

    public int getRankingCount() {
        return getRanking().size();
    }

    /** The regions of the ranking, sorted. */
    public List<String> getRegions() {
        return ranking.stream().map(ScorecardView::region).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    /** The Excel file's name, without extension. */
    public String getExportFileName() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return text(faces, "scorecards.export.fileName", getYear() == null ? "" : getYear().toString());
    }

    /**
     * The export button: the ranking shown (the chosen region's, or all) as an Excel workbook with
     * the table's columns, numbers as numbers, blanks where the page shows "—".
     */
    public void exportRanking() {
        FacesContext faces = FacesContext.getCurrentInstance();
        SpreadsheetDownload.send(faces, getExportFileName(), rankingTable(faces), getRanking());
    }

    static SpreadsheetTable<ScorecardView> rankingTable(FacesContext faces) {
        String yes = text(faces, "scorecards.yes");
        String no = text(faces, "scorecards.no");
        SpreadsheetTable<ScorecardView> table = new SpreadsheetTable<ScorecardView>(
                text(faces, "scorecards.ranking"), PageTexts.DISPLAY_ZONE)
                .integer(text(faces, "scorecards.col.nationalRank"), ScorecardView::nationalRank)
                .integer(text(faces, "scorecards.col.regionalRank"), ScorecardView::regionalRank)
                .text(text(faces, "scorecards.col.dealerCode"), ScorecardView::dealerCode)
                .text(text(faces, "scorecards.col.dealerName"), ScorecardView::dealerName)
                .text(text(faces, "scorecards.col.region"), r -> com.dealercs.application.RegionNames.of(r.region(), PageTexts.locale(faces)))
                .text(text(faces, "scorecards.col.status"), s -> text(faces, "scorecards.status." + s.status()))
                .decimal(text(faces, "scorecards.col.total"), ScorecardView::total);
        for (String code : ScorecardView.COMPONENTS) {
            table.decimal(text(faces, "component.short." + code), s -> s.components().get(code));
        }
        return table
                .integer(text(faces, "scorecards.col.coverage"), ScorecardView::coverage)
                .decimal(text(faces, "scorecards.col.assessmentPoints"), ScorecardView::assessmentPoints)
                .decimal(text(faces, "scorecards.col.socImprovement"), ScorecardView::socImprovement)
                .text(text(faces, "scorecards.col.socBonus"), s -> s.socBonus() ? yes : no)
                .money(text(faces, "scorecards.col.rebate"), s -> s.rebate().rebate());
    }

    /**
     * Whether an on-demand column (a component, the assessment points, the SOC improvement) is
     * shown: hidden at first, so the essentials fit a laptop's width; shown once the user asks.
     */
    public boolean shown(String columnId) {
        return shownColumns.contains(columnId);
    }

    /** The column toggler: remembers the choice for as long as the page lives. */
    public void columnToggled(ColumnToggleEvent event) {
        if (event.getColumn() instanceof UIComponent column) {
            if (event.getVisibility() == Visibility.VISIBLE) {
                shownColumns.add(column.getId());
            } else {
                shownColumns.remove(column.getId());
            }
        }
    }

    // ------------------------------------------------------------------ one dealer

    /** Opens the detail of one dealer of the ranking. */
    public void showDetail(String dealerCode) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            detail = scorecards.standing(getYear(), dealerCode);
        } catch (ApplicationFailure e) {
            detail = null;
            error(faces, e.message(locale(faces)));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the scorecard of " + dealerCode + " for " + getYear(), e);
            detail = null;
            error(faces, text(faces, "scorecards.failed"));
        }
    }

    public void closeDetail() {
        detail = null;
    }

    /** The dealer's scorecard with what its ranks are out of. */
    public DealerStanding getDetail() {
        return detail;
    }

    public boolean isDetailShown() {
        return detail != null;
    }

    // ------------------------------------------------------------------ loading

    private void loadYears() {
        try {
            refresh(scorecards.years());
            unavailable = false;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the evaluation years", e);
            refresh(List.of());
            unavailable = true;
        }
    }

    private void loadRanking() {
        ranking = List.of();
        if (getYear() == null) {
            return;
        }
        try {
            ranking = scorecards.list(getYear());
            if (region != null && !getRegions().contains(region)) {
                region = null;
            }
            Optional.ofNullable(detail).ifPresent(d -> showDetail(d.scorecard().dealerCode()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the scorecards of " + getYear(), e);
            unavailable = true;
        }
    }

    public boolean isReopening() {
        return reopening;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
