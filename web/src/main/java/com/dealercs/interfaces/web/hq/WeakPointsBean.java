package com.dealercs.interfaces.web.hq;

import static com.dealercs.interfaces.web.portal.PageTexts.error;
import static com.dealercs.interfaces.web.portal.PageTexts.text;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.CheckpointFailureView;
import com.dealercs.application.ScorecardService;
import com.dealercs.application.WeakPointService;
import com.dealercs.application.WeakPointsView;
import com.dealercs.application.WeakPointsView.CheckpointCompliance;
import com.dealercs.application.YearOverview;
import com.dealercs.interfaces.web.export.SpreadsheetDownload;
import com.dealercs.interfaces.web.export.SpreadsheetTable;
import com.dealercs.interfaces.web.portal.LanguageBean;
import com.dealercs.interfaces.web.portal.PageTexts;
import com.dealercs.interfaces.web.portal.YearPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.ItemSelectEvent;

/**
 * The page "薄弱环节 / Weak points" (HQ staff, executives, administrators): a year's compliance rates
 * (达标率) of checklist items and checkpoints, weakest first, narrowed by region and quarter, as
 * tables and as a bar chart of the weakest checkpoints; a checkpoint chosen in the table or the chart
 * lists the dealers that failed it. Talks to {@link WeakPointService} only.
 */
@Named
@ViewScoped
public class WeakPointsBean extends YearPage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(WeakPointsBean.class.getName());

    @Inject
    ScorecardService scorecards;

    @Inject
    WeakPointService weakPoints;

    /** The user's language: the names of items and checkpoints follow it (the view's locale is not set yet at start). */
    @Inject
    LanguageBean language;

    private List<String> regions = List.of();
    private String region;
    private Integer quarter;
    private WeakPointsView view;
    private CheckpointCompliance chosen;
    private List<CheckpointFailureView> failing = List.of();
    private boolean unavailable;

    @PostConstruct
    void init() {
        try {
            // the calculated years first: they are the ones with data
            offer(scorecards.years(), YearOverview::calculated);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the evaluation years", e);
            unavailable = true;
        }
        yearChosen();
    }

    @Override
    protected void yearChosen() {
        region = null;
        quarter = null;
        regions = List.of();
        if (getYear() != null) {
            try {
                regions = weakPoints.regions(getYear());
            } catch (RuntimeException e) {
                fail(e);
            }
        }
        load();
    }

    /** A change of region or quarter. */
    public void filterChanged() {
        load();
    }

    private void load() {
        view = null;
        closeDealers();
        if (getYear() == null) {
            return;
        }
        try {
            view = weakPoints.weakPoints(getYear(), region, quarter, language.getLocale());
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void fail(RuntimeException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof ApplicationFailure refusal) {
            error(faces, refusal.message(language.getLocale()));
        } else {
            LOG.log(Level.SEVERE, "Cannot read the weak points of " + getYear(), e);
            unavailable = true;
            error(faces, text(faces, "weakPoints.failed"));
        }
    }

    // ------------------------------------------------------------------ one checkpoint's dealers

    /** Lists the dealers that failed the checkpoint, in the same set as the tables. */
    public void showDealers(String checkpointCode) {
        if (view == null) {
            return;
        }
        chosen = view.checkpoints().stream().filter(c -> c.checkpointCode().equals(checkpointCode)).findFirst()
                .orElse(null);
        failing = List.of();
        if (chosen == null) {
            return;
        }
        try {
            failing = weakPoints.dealersFailing(getYear(), checkpointCode, region, quarter);
        } catch (RuntimeException e) {
            chosen = null;
            fail(e);
        }
    }

    /** A bar of the chart: the chart shows {@link #getWeakest()} in its order. */
    public void chartItemSelected(ItemSelectEvent event) {
        List<CheckpointCompliance> weakest = getWeakest();
        if (event.getItemIndex() >= 0 && event.getItemIndex() < weakest.size()) {
            showDealers(weakest.get(event.getItemIndex()).checkpointCode());
        }
    }

    public void closeDealers() {
        chosen = null;
        failing = List.of();
    }

    public boolean isDealersShown() {
        return chosen != null;
    }

    public CheckpointCompliance getChosen() {
        return chosen;
    }

    public List<CheckpointFailureView> getFailing() {
        return failing;
    }

    // ------------------------------------------------------------------ what the page shows

    public List<WeakPointsView.ItemCompliance> getItems() {
        return view == null ? List.of() : view.items();
    }

    public List<CheckpointCompliance> getCheckpoints() {
        return view == null ? List.of() : view.checkpoints();
    }

    // ------------------------------------------------------------------ exports

    /** The checkpoints shown (year, region, quarter as chosen) as an Excel workbook, weakest first. */
    public void exportCheckpoints() {
        FacesContext faces = FacesContext.getCurrentInstance();
        SpreadsheetDownload.send(faces, exportFileName(faces, "weakPoints.export.checkpoints"),
                checkpointsTable(faces), getCheckpoints());
    }

    /** The items shown as an Excel workbook, weakest first. */
    public void exportItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        SpreadsheetDownload.send(faces, exportFileName(faces, "weakPoints.export.items"), itemsTable(faces),
                getItems());
    }

    private String exportFileName(FacesContext faces, String key) {
        String scope = (region == null ? "" : "-" + com.dealercs.application.RegionNames.of(region, PageTexts.locale(faces))) + (quarter == null ? "" : "-Q" + quarter);
        return text(faces, key, getYear() == null ? "" : getYear().toString()) + scope;
    }

    static SpreadsheetTable<CheckpointCompliance> checkpointsTable(FacesContext faces) {
        return new SpreadsheetTable<CheckpointCompliance>(text(faces, "weakPoints.checkpoints"),
                PageTexts.DISPLAY_ZONE)
                .text(text(faces, "weakPoints.col.map"), c -> text(faces, "component.short." + c.map()))
                .text(text(faces, "weakPoints.col.code"), CheckpointCompliance::checkpointCode)
                .text(text(faces, "weakPoints.col.checkpoint"), CheckpointCompliance::name)
                .percent(text(faces, "weakPoints.col.rate"), CheckpointCompliance::rate)
                .integer(text(faces, "weakPoints.col.pass"), CheckpointCompliance::pass)
                .integer(text(faces, "weakPoints.col.fail"), CheckpointCompliance::fail)
                .integer(text(faces, "weakPoints.col.dealersFailing"), CheckpointCompliance::dealersFailing);
    }

    static SpreadsheetTable<WeakPointsView.ItemCompliance> itemsTable(FacesContext faces) {
        return new SpreadsheetTable<WeakPointsView.ItemCompliance>(text(faces, "weakPoints.items"),
                PageTexts.DISPLAY_ZONE)
                .text(text(faces, "weakPoints.col.map"), WeakPointsView.ItemCompliance::map)
                .text(text(faces, "weakPoints.col.code"), WeakPointsView.ItemCompliance::itemCode)
                .text(text(faces, "weakPoints.col.item"), WeakPointsView.ItemCompliance::name)
                .percent(text(faces, "weakPoints.col.rate"), WeakPointsView.ItemCompliance::rate)
                .integer(text(faces, "weakPoints.col.pass"), WeakPointsView.ItemCompliance::pass)
                .integer(text(faces, "weakPoints.col.fail"), WeakPointsView.ItemCompliance::fail)
                .integer(text(faces, "weakPoints.col.dealersFailing"),
                        WeakPointsView.ItemCompliance::dealersFailing);
    }

    /** The weakest checkpoints, as the chart shows them. */
    public List<CheckpointCompliance> getWeakest() {
        List<CheckpointCompliance> all = getCheckpoints();
        return all.subList(0, Math.min(WeakPointsChart.BARS, all.size()));
    }

    public int getInspections() {
        return view == null ? 0 : view.inspections();
    }

    /** The bar chart of the weakest checkpoints, as Chart.js reads it. */
    public String getChart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return WeakPointsChart.of(getWeakest(), text(faces, "weakPoints.chart.rate"),
                text(faces, "weakPoints.chart.title", WeakPointsChart.BARS));
    }

    /** A rate as a percentage with one decimal: 0.2977 → 29.8%. */
    public String percent(BigDecimal rate) {
        return WeakPointsChart.percent(rate) + "%";
    }

    public List<String> getRegions() {
        return regions;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null || region.isBlank() ? null : region;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public List<Integer> getQuarters() {
        return List.of(1, 2, 3, 4);
    }

    public boolean isUnavailable() {
        return unavailable;
    }
}
