package com.dealercs.interfaces.web.glance;

import com.dealercs.application.NetworkGlanceService;
import com.dealercs.application.YearGlance;
import com.dealercs.application.YearOverview;
import com.dealercs.interfaces.web.portal.PageTexts;
import com.dealercs.interfaces.web.portal.YearPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "年度概览 / The year at a glance" on the HQ and executive home pages: the newest year with a
 * calculation run (another calculated year by the select or {@code ?year=}), its state in words,
 * its last run, how many dealers are rated, and three charts, each also readable as a table: the
 * totals' distribution, the regional averages, year over year. The figures come from
 * {@link NetworkGlanceService}; this bean only turns them into Chart.js configurations and texts.
 */
@Named
@ViewScoped
public class YearGlanceBean extends YearPage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(YearGlanceBean.class.getName());

    @Inject
    NetworkGlanceService glances;

    private YearGlance glance;
    private boolean unavailable;

    @PostConstruct
    void init() {
        try {
            offer(glances.calculatedYears(), y -> true);
            load();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the calculated years", e);
            unavailable = true;
        }
    }

    @Override
    protected void yearChosen() {
        try {
            load();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the glance of " + getYear(), e);
            glance = null;
            unavailable = true;
        }
    }

    private void load() {
        glance = getYear() == null ? null : glances.glance(getYear());
        unavailable = false;
    }

    /** The chosen year's figures; {@code null} while no year is calculated. */
    public YearGlance getGlance() {
        return glance;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    /** Whether the year shown is the newest calculated one (the current year). */
    public boolean isCurrentYear() {
        List<YearOverview> years = getYears();
        return glance != null && !years.isEmpty() && years.get(0).year() == glance.year().year();
    }

    /** The colour of the state's tag, as on the scorecards page. */
    @Override
    public String getStateSeverity() {
        return severityOf(glance == null ? null : glance.year().state());
    }

    @Override
    public String getRunAtText() {
        return glance == null ? "" : PageTexts.timestamp(glance.year().runAt());
    }

    public boolean isHasRated() {
        return glance != null && glance.rated() > 0;
    }

    public String getDistributionChart() {
        return glance == null ? "" : GlanceCharts.distribution(glance, texts());
    }

    public String getRegionsChart() {
        return glance == null ? "" : GlanceCharts.regions(glance, texts(),
                region -> com.dealercs.application.RegionNames.of(region,
                        com.dealercs.interfaces.web.portal.PageTexts.locale(jakarta.faces.context.FacesContext.getCurrentInstance())));
    }

    public String getTrendChart() {
        return glance == null ? "" : GlanceCharts.trend(glance, texts());
    }

    public String band(YearGlance.Bin bin) {
        return GlanceCharts.band(bin);
    }

    private static Function<String, String> texts() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return key -> PageTexts.text(faces, key);
    }
}
