package com.dealercs.interfaces.web.inspections;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.InspectionRequests.Criteria;
import com.dealercs.application.InspectionService;
import com.dealercs.application.InspectionSummary;
import com.dealercs.application.InspectionView;
import com.dealercs.application.InspectionView.CheckpointEntry;
import com.dealercs.application.InspectionView.Item;
import com.dealercs.application.ScorecardService;
import com.dealercs.interfaces.web.portal.LanguageBean;
import com.dealercs.interfaces.web.portal.PageTexts;
import com.dealercs.interfaces.web.portal.YearPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dealer's page "我的巡检 / My inspections" ({@code /dealer/inspections.xhtml}): the signed-in
 * dealer's own approved inspections of a year (the current one first) as soon as they are approved,
 * and one of them in detail ({@code ?id=}): its points, its items and the checkpoints it failed with
 * the supervisor's comments and photos. Which dealer and which status are never the page's choice:
 * {@link InspectionService} answers a dealer user only its own approved inspections, so an id in
 * the address that is a draft or another dealer's shows nothing of it.
 */
@Named
@ViewScoped
public class DealerInspectionsBean extends YearPage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DealerInspectionsBean.class.getName());

    @Inject
    InspectionService inspections;

    @Inject
    ScorecardService scorecards;

    @Inject
    LanguageBean language;

    private List<InspectionSummary> list = List.of();
    private Long id;
    private InspectionView detail;
    private String problem;

    @PostConstruct
    void init() {
        int thisYear = PageTexts.today().getYear();
        try {
            offer(scorecards.years(), y -> y.year() == thisYear);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the evaluation years", e);
            offer(List.of(), y -> false);
        }
        load();
    }

    @Override
    protected void yearChosen() {
        load();
        if (detail != null && getYear() != null && detail.year() != getYear()) {
            detail = null;
        }
    }

    private void load() {
        problem = null;
        Integer year = getYear();
        if (year == null) {
            list = List.of();
            return;
        }
        try {
            list = inspections.list(new Criteria(year, null, null, null, null), language.getLocale());
        } catch (ApplicationFailure e) {
            list = List.of();
            problem = e.message(language.getLocale());
        }
    }

    public Long getId() {
        return id;
    }

    /** The {@code ?id=} of one inspection: shown only when the service lets this dealer read it. */
    public void setId(Long id) {
        this.id = id;
        detail = null;
        if (id == null) {
            return;
        }
        try {
            detail = inspections.one(id, language.getLocale());
            if (getYear() == null || detail.year() != getYear()) {
                setYearParameter(detail.year());
            }
        } catch (ApplicationFailure e) {
            problem = e.message(language.getLocale());
        }
    }

    /** A row's click: that inspection's detail. */
    public void show(long chosen) {
        setId(chosen);
    }

    public List<InspectionSummary> getList() {
        return list;
    }

    public InspectionView getDetail() {
        return detail;
    }

    /** The detail's failed checkpoints, item by item. */
    public List<Failed> getFailed() {
        if (detail == null) {
            return List.of();
        }
        return detail.items().stream().flatMap(item -> item.checkpoints().stream()
                .filter(c -> "FAIL".equals(c.result())).map(c -> new Failed(item, c))).toList();
    }

    public String getProblem() {
        return problem;
    }

    /** A failed checkpoint with its item. */
    public record Failed(Item item, CheckpointEntry checkpoint) implements java.io.Serializable {
    }

    static String text(String key, Object... arguments) {
        return PageTexts.text(FacesContext.getCurrentInstance(), key, arguments);
    }
}
