package com.dealercs.interfaces.web.dealer;

import com.dealercs.application.DealerPortalService;
import com.dealercs.application.DealerStanding;
import com.dealercs.application.InspectionRequests.Criteria;
import com.dealercs.application.InspectionService;
import com.dealercs.application.InspectionSummary;
import com.dealercs.application.ScorecardService;
import com.dealercs.interfaces.web.portal.LanguageBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dealer's home: its newest published year with data (total, ranks of how many, rebate, how
 * many checkpoints it failed) and its newest approved inspection. Only the signed-in dealer's own,
 * as the services decide.
 */
@Named
@ViewScoped
public class DealerHomeBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DealerHomeBean.class.getName());

    @Inject
    DealerPortalService portal;

    @Inject
    ScorecardService scorecards;

    @Inject
    InspectionService inspections;

    @Inject
    LanguageBean language;

    private DealerStanding latest;
    private int failedCount;
    private InspectionSummary newestInspection;

    @PostConstruct
    void init() {
        try {
            // the newest published year with data: the history's first
            latest = portal.ownHistory().stream().findFirst().orElse(null);
            if (latest != null) {
                failedCount = scorecards.ownFailedCheckpoints(latest.scorecard().year()).size();
            }
            newestInspection = inspections.list(new Criteria(null, null, "APPROVED", null, null), language.getLocale())
                    .stream().max(Comparator.comparing(InspectionSummary::inspectionDate)
                            .thenComparing(InspectionSummary::id)).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the dealer's home figures", e);
        }
    }

    /** The newest published scorecard with data; {@code null} while there is none. */
    public DealerStanding getLatest() {
        return latest;
    }

    /** Checkpoints failed in the approved inspections of the latest published year. */
    public int getFailedCount() {
        return failedCount;
    }

    /** The newest approved inspection of any year; {@code null} while there is none. */
    public InspectionSummary getNewestInspection() {
        return newestInspection;
    }
}
