package com.dealercs.interfaces.web.dealer;

import static com.dealercs.interfaces.web.portal.PageTexts.locale;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.DealerStanding;
import com.dealercs.application.FailedCheckpointView;
import com.dealercs.application.ScorecardService;
import com.dealercs.application.ScorecardView;
import com.dealercs.application.YearOverview;
import com.dealercs.interfaces.web.portal.LanguageBean;
import com.dealercs.interfaces.web.portal.YearChoice;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dealer's page "我的评分卡 / My scorecard": the signed-in dealer's own scorecard of a published
 * year (components, total, ranks of how many, rebate with its parts, quarters) and the checkpoints
 * it failed in that year's inspections. Which dealer is never the page's choice: the services take
 * it from the signed-in account, so no request parameter can show another dealer. A year that is
 * not published yet says so.
 */
@Named
@ViewScoped
public class DealerScorecardBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DealerScorecardBean.class.getName());
    static final String PUBLISHED = "PUBLISHED";

    @Inject
    ScorecardService scorecards;

    /** The session's language: the view's own locale is not set yet while the bean is created. */
    @Inject
    LanguageBean language;

    private List<YearOverview> years = List.of();
    private final YearChoice choice = new YearChoice();
    private DealerStanding standing;
    private List<FailedRow> failed = List.of();
    /** Why there is no scorecard to show, in the page's language; {@code null} when there is one. */
    private String problem;

    @PostConstruct
    void init() {
        try {
            years = scorecards.years();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the evaluation years", e);
            years = List.of();
        }
        choice.offer(years.stream().map(YearOverview::year).toList(), y -> PUBLISHED.equals(stateOf(y)));
        load();
    }

    /** The {@code year} request parameter: which year, never which dealer. */
    public void setYearParameter(Integer requested) {
        if (choice.request(requested)) {
            load();
        }
    }

    public Integer getYearParameter() {
        return choice.getYear();
    }

    public List<YearOverview> getYears() {
        return years;
    }

    public Integer getYear() {
        return choice.getYear();
    }

    public void setYear(Integer year) {
        choice.setYear(year);
    }

    public void yearChanged() {
        load();
    }

    public String getState() {
        Integer year = choice.getYear();
        return year == null ? null : stateOf(year);
    }

    private String stateOf(int year) {
        return years.stream().filter(y -> y.year() == year).map(YearOverview::state).findFirst().orElse(null);
    }

    public boolean isPublished() {
        return PUBLISHED.equals(getState());
    }

    public ScorecardView getCard() {
        return standing == null ? null : standing.scorecard();
    }

    /** The scorecard with what its ranks are out of. */
    public DealerStanding getStanding() {
        return standing;
    }

    public List<FailedRow> getFailed() {
        return failed;
    }

    public int getFailedCount() {
        return failed.size();
    }

    public String getProblem() {
        return problem;
    }

    private void load() {
        standing = null;
        failed = List.of();
        problem = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = language.getLocale();
        Integer year = choice.getYear();
        if (year == null || !isPublished()) {
            return; // the page says the year is not published yet
        }
        try {
            standing = scorecards.ownStanding(year);
            failed = scorecards.ownFailedCheckpoints(year).stream().map(FailedRow::new).toList();
        } catch (ApplicationFailure e) {
            standing = null;
            problem = e.message(locale);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the dealer's own scorecard of " + year, e);
            standing = null;
            problem = java.util.ResourceBundle.getBundle("com.dealercs.interfaces.web.i18n.messages", locale)
                    .getString("myScorecard.failed");
        }
    }

    /** One failed checkpoint as the page shows it. */
    public static final class FailedRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String map;
        private final int quarter;
        private final LocalDate date;
        private final String code;
        private final String nameZh;
        private final String nameEn;
        private final String comment;

        FailedRow(FailedCheckpointView view) {
            this.map = view.map();
            this.quarter = view.quarter();
            this.date = view.inspectionDate();
            this.code = view.checkpointCode();
            this.nameZh = view.nameZh();
            this.nameEn = view.nameEn();
            this.comment = view.comment();
        }

        /** {@code SSI_MAP} or {@code CS_MAP}. */
        public String getMap() {
            return map;
        }

        public int getQuarter() {
            return quarter;
        }

        /** {@code yyyy-MM-dd}. */
        public String getDate() {
            return date.toString();
        }

        public String getCode() {
            return code;
        }

        /** The checkpoint's text in the language the page is rendered in. */
        public String getName() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale locale = faces == null ? Locale.SIMPLIFIED_CHINESE : locale(faces);
            return new FailedCheckpointView(map, quarter, date, code, nameZh, nameEn, comment).name(locale);
        }

        public String getComment() {
            return comment;
        }
    }
}
