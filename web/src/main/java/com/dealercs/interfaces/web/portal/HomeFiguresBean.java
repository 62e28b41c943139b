package com.dealercs.interfaces.web.portal;

import com.dealercs.application.ImportService;
import com.dealercs.application.ImportView;
import com.dealercs.application.InspectionRequests.Criteria;
import com.dealercs.application.InspectionService;
import com.dealercs.application.InspectionSummary;
import com.dealercs.application.ScorecardService;
import com.dealercs.application.YearOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The figures of the HQ, executive and administrator homes: the newest year's state and last run,
 * and what waits for the signed-in user (inspections to approve, own drafts, imports failed
 * lately, a year to approve or publish). Reads the same services the pages and the API use; each
 * figure is read once a request, and only for a role that may read it.
 */
@Named
@RequestScoped
public class HomeFiguresBean {

    private static final Logger LOG = Logger.getLogger(HomeFiguresBean.class.getName());
    /** Imports failed within this window count as "failed lately" on the home. */
    public static final Duration RECENT_IMPORTS = Duration.ofDays(7);
    /** How many of the newest imports the home looks at. */
    static final int IMPORTS_LOOKED_AT = 100;
    static final String DRAFT = "DRAFT";
    static final String FAILED = "FAILED";

    @Inject
    ScorecardService scorecards;

    @Inject
    InspectionService inspections;

    @Inject
    ImportService imports;

    @Inject
    CurrentUser currentUser;

    private List<YearOverview> years;
    private Integer awaitingMyApproval;
    private Integer myDrafts;
    private Integer recentlyFailedImports;
    private Integer toInspect;
    private boolean unavailable;

    /** Every year, newest first; empty when none or when they cannot be read. */
    public List<YearOverview> getYears() {
        if (years == null) {
            years = read(scorecards::years, List.of());
        }
        return years;
    }

    /** The newest year: the one the network is working on. */
    public YearOverview getCurrent() {
        return getYears().isEmpty() ? null : getYears().get(0);
    }

    /** The oldest year calculated but not approved yet: what an executive may approve. */
    public YearOverview getToApprove() {
        return getYears().stream().filter(y -> "OPEN".equals(y.state()) && y.calculated())
                .reduce((newer, older) -> older).orElse(null);
    }

    /** The oldest approved year not published yet. */
    public YearOverview getToPublish() {
        return getYears().stream().filter(y -> "APPROVED".equals(y.state()))
                .reduce((newer, older) -> older).orElse(null);
    }

    public boolean isHq() {
        return currentUser.isSupervisor() || currentUser.isAdmin();
    }

    /** Submitted inspections someone else entered: the caller may approve them (HQ staff, administrators). */
    public int getAwaitingMyApproval() {
        if (awaitingMyApproval == null) {
            awaitingMyApproval = !isHq() ? 0
                    : read(() -> inspections.awaitingMyApproval(locale()).size(), 0);
        }
        return awaitingMyApproval;
    }

    /** The caller's own inspections still in draft, every year. */
    public int getMyDrafts() {
        if (myDrafts == null) {
            String me = currentUser.getUsername();
            myDrafts = !isHq() ? 0 : read(() -> (int) inspections.list(new Criteria(null, null, DRAFT, null, null),
                    locale()).stream().map(InspectionSummary::author).filter(me::equals).count(), 0);
        }
        return myDrafts;
    }

    /** The quarter of today (Beijing time), as the inspections page's to-do starts with. */
    public int getQuarter() {
        return (PageTexts.today().getMonthValue() - 1) / 3 + 1;
    }

    /** Whether the newest year is OPEN: only then is anything still to inspect in it. */
    public boolean isInspecting() {
        return getCurrent() != null && "OPEN".equals(getCurrent().state());
    }

    /** ACTIVE dealers without both approved inspections in this quarter of the newest year. */
    public int getToInspect() {
        if (toInspect == null) {
            toInspect = !isHq() || !isInspecting() ? 0
                    : read(() -> inspections.toDo(getCurrent().year(), getQuarter(), locale()).size(), 0);
        }
        return toInspect;
    }

    /** Imports that failed within {@link #RECENT_IMPORTS}. */
    public int getRecentlyFailedImports() {
        if (recentlyFailedImports == null) {
            Instant since = Instant.now().minus(RECENT_IMPORTS);
            recentlyFailedImports = !isHq() ? 0 : read(() -> (int) imports.history(IMPORTS_LOOKED_AT).stream()
                    .filter(i -> FAILED.equals(i.status()))
                    .filter(i -> Optional.ofNullable(i.startedAt()).map(since::isBefore).orElse(false))
                    .map(ImportView::id).count(), 0);
        }
        return recentlyFailedImports;
    }

    public long getRecentDays() {
        return RECENT_IMPORTS.toDays();
    }

    /** Whether a figure could not be read: the home says so instead of showing a wrong zero. */
    public boolean isUnavailable() {
        return unavailable;
    }

    private <T> T read(Supplier<T> reading, T otherwise) {
        try {
            return reading.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A figure of the home page cannot be read", e);
            unavailable = true;
            return otherwise;
        }
    }

    private static java.util.Locale locale() {
        return PageTexts.locale(FacesContext.getCurrentInstance());
    }
}
