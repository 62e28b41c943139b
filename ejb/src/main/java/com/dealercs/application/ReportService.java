package com.dealercs.application;

import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * Gathers what each printed report shows, under the access rules of the data it shows: the
 * network's reports for HQ staff, executives and administrators; a dealer's scorecard report as
 * the scorecard itself (a dealer user: its own, once the year is published). Rendering is the
 * reports module's.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME})
public class ReportService {

    @Inject
    ScorecardService scorecards;

    @Inject
    WeakPointService weakPoints;

    /** The year and every scorecard of its latest run: the ranking and rebates reports. */
    public YearReport year(int year) {
        YearOverview overview = scorecards.overview(year);
        return new YearReport(overview, scorecards.list(year));
    }

    /** The year's weak points, network-wide and for each region, names in the language given. */
    public WeakPointsReport weakPoints(int year, Locale locale) {
        YearOverview overview = scorecards.overview(year);
        List<WeakPointsView> views = weakPoints.networkAndRegions(year, locale);
        return new WeakPointsReport(overview, views.get(0), views.subList(1, views.size()));
    }

    /** One dealer's scorecard report; a dealer user gets only its own, once the year is published. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
    public ScorecardReport scorecard(int year, String dealerCode) {
        DealerStanding standing = scorecards.standing(year, dealerCode);
        return new ScorecardReport(scorecards.overview(year), standing,
                scorecards.failedCheckpoints(year, dealerCode));
    }
}
