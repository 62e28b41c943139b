package com.dealercs.application;

import com.dealercs.application.YearGlance.YearTrend;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The network at a glance for HQ staff, executives and administrators: a calculated year's
 * figures, computed from the same scorecards the ranking and the API show ({@link ScorecardService}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME})
public class NetworkGlanceService {

    @Inject
    ScorecardService scorecards;

    /** The years with a calculation run, newest first (the first is the current one). */
    public List<YearOverview> calculatedYears() {
        return scorecards.years().stream().filter(YearOverview::calculated).toList();
    }

    /** The newest year with a calculation run at a glance; empty while no year is calculated. */
    public Optional<YearGlance> current() {
        List<YearOverview> calculated = calculatedYears();
        return calculated.stream().findFirst().map(y -> glance(y, calculated));
    }

    /**
     * The year at a glance, with the trend of every calculated year up to it.
     *
     * @throws NotFoundException when the year does not exist
     */
    public YearGlance glance(int year) {
        return glance(scorecards.overview(year), calculatedYears());
    }

    private YearGlance glance(YearOverview overview, List<YearOverview> calculated) {
        List<YearTrend> trend = new ArrayList<>();
        List<ScorecardView> own = List.of();
        for (YearOverview y : calculated.stream().sorted(Comparator.comparingInt(YearOverview::year)).toList()) {
            if (y.year() > overview.year()) {
                break;
            }
            List<ScorecardView> list = scorecards.list(y.year());
            trend.add(NetworkFigures.trend(y.year(), list));
            if (y.year() == overview.year()) {
                own = list;
            }
        }
        return NetworkFigures.glance(overview, own, trend);
    }
}
