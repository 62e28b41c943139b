package com.dealercs.interfaces.web.inspections;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.InspectionRequests.Criteria;
import com.dealercs.application.InspectionRequests.NewInspection;
import com.dealercs.application.InspectionService;
import com.dealercs.application.InspectionSummary;
import com.dealercs.application.InspectionToDo;
import com.dealercs.application.InspectionView;
import com.dealercs.application.Problem;
import com.dealercs.application.ScorecardService;
import com.dealercs.interfaces.web.portal.CurrentUser;
import com.dealercs.interfaces.web.portal.LanguageBean;
import com.dealercs.interfaces.web.portal.PageTexts;
import com.dealercs.interfaces.web.portal.YearPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The page "巡检 / Inspections" ({@code /hq/inspections.xhtml}): the inspections of a year, entered
 * and imported side by side, narrowed by quarter, dealer, checklist and status; for HQ staff also
 * what is still to do in a quarter (dealers without an approved SSI-MAP or CS-MAP), with a button
 * that starts the missing inspection, and the submitted inspections waiting for their approval.
 * Executives read the lists only. Talks to {@link InspectionService} (and the years of
 * {@link ScorecardService}).
 */
@Named
@ViewScoped
public class InspectionsBean extends YearPage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(InspectionsBean.class.getName());
    static final List<String> MAPS = List.of("SSI_MAP", "CS_MAP");
    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "APPROVED");
    /** The form fields of the new-inspection dialog, by the service's field names. */
    private static final Map<String, String> FIELDS = Map.of("dealerCode", "newForm:dealer", "year", "newForm:year",
            "quarter", "newForm:quarter", "map", "newForm:map", "inspectionDate", "newForm:date",
            "inspector", "newForm:inspector");

    @Inject
    InspectionService inspections;

    @Inject
    ScorecardService scorecards;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageBean language;

    private Integer quarter;
    private String dealerCode;
    private String map;
    private String status;
    private int toDoQuarter;
    private List<InspectionSummary> list;
    private List<InspectionToDo> toDo;
    private List<InspectionSummary> awaiting;
    private boolean unavailable;

    // the new-inspection dialog
    private String newDealer;
    private Integer newYear;
    private Integer newQuarter;
    private String newMap;
    private LocalDate newDate;
    private String newInspector;

    @PostConstruct
    void init() {
        int thisYear = PageTexts.today().getYear();
        try {
            offer(scorecards.years(), y -> y.year() == thisYear);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the evaluation years", e);
            offer(List.of(), y -> false);
        }
        toDoQuarter = (PageTexts.today().getMonthValue() - 1) / 3 + 1;
    }

    @Override
    protected void yearChosen() {
        list = null;
        toDo = null;
    }

    // ------------------------------------------------------------------ the list

    /** The search button: the list again with the criteria. */
    public void search() {
        list = null;
    }

    public List<InspectionSummary> getList() {
        if (list == null) {
            list = read(() -> getYear() == null ? List.of()
                    : inspections.list(new Criteria(getYear(), blank(dealerCode) ? null : dealerCode.strip(), status,
                            quarter, map), locale()));
        }
        return list;
    }

    public int getCount() {
        return getList().size();
    }

    // ------------------------------------------------------------------ still to do, waiting for me

    public List<InspectionToDo> getToDo() {
        if (toDo == null) {
            toDo = read(() -> getYear() == null ? List.of() : inspections.toDo(getYear(), toDoQuarter, locale()));
        }
        return toDo;
    }

    public void toDoQuarterChanged() {
        toDo = null;
    }

    public List<InspectionSummary> getAwaiting() {
        if (awaiting == null) {
            awaiting = isHq() ? read(() -> inspections.awaitingMyApproval(locale())) : List.of();
        }
        return awaiting;
    }

    private <T> List<T> read(java.util.function.Supplier<List<T>> reading) {
        try {
            return reading.get();
        } catch (ApplicationFailure e) {
            error(null, e.message(locale()));
            return List.of();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read inspections", e);
            unavailable = true;
            return List.of();
        }
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    // ------------------------------------------------------------------ a new inspection

    /** The "new inspection" button: an empty form for the chosen year and the current quarter. */
    public void prepareNew() {
        prepare(null, null);
    }

    /** The to-do list's "start" button: the form filled in for that dealer and checklist. */
    public void start(String dealer, String checklist) {
        prepare(dealer, checklist);
        newQuarter = toDoQuarter;
    }

    private void prepare(String dealer, String checklist) {
        newDealer = dealer;
        newMap = checklist;
        newYear = getYear() == null ? PageTexts.today().getYear() : getYear();
        newQuarter = toDoQuarter;
        LocalDate today = PageTexts.today();
        newDate = today.getYear() == newYear ? today : null;
        newInspector = currentUser.getUsername();
    }

    /** Creates the draft and opens it; a refusal is shown beside the field concerned. */
    public void create() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            InspectionView created = inspections.create(new NewInspection(newDealer == null ? null : newDealer.strip(),
                    newYear, newQuarter, newMap, newDate == null ? null : newDate.toString(), newInspector), locale());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            PageTexts.info(faces, PageTexts.text(faces, "inspections.created", created.dealerCode()));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/hq/inspection.xhtml?id=" + created.id());
        } catch (ApplicationFailure e) {
            Locale locale = locale();
            if (e.problems().isEmpty()) {
                error("newForm:newMessages", e.message(locale));
            }
            for (Problem p : e.problems()) {
                error(FIELDS.getOrDefault(p.field(), "newForm:newMessages"), p.message(locale));
            }
            faces.validationFailed();
        }
    }

    /** Dealer suggestions for the dialog: those still to do in the chosen quarter, by code or name. */
    public List<String> completeDealer(String typed) {
        String query = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        int year = newYear == null ? (getYear() == null ? PageTexts.today().getYear() : getYear()) : newYear;
        int q = newQuarter == null ? toDoQuarter : newQuarter;
        List<InspectionToDo> candidates = read(() -> inspections.toDo(year, q, locale()));
        return candidates.stream()
                .filter(t -> t.dealerCode().toLowerCase(Locale.ROOT).contains(query)
                        || t.dealerName().toLowerCase(Locale.ROOT).contains(query))
                .limit(20).map(InspectionToDo::dealerCode).toList();
    }

    // ------------------------------------------------------------------ helpers for the page

    public boolean isHq() {
        return currentUser.isSupervisor() || currentUser.isAdmin();
    }

    public List<String> getMaps() {
        return MAPS;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public List<Integer> getQuarters() {
        return List.of(1, 2, 3, 4);
    }

    /** The tag colour of a status. */
    public String severity(String status) {
        return statusSeverity(status);
    }

    static String statusSeverity(String status) {
        return switch (status == null ? "" : status) {
            case "APPROVED" -> "success";
            case "SUBMITTED" -> "warning";
            default -> "info";
        };
    }

    private Locale locale() {
        return language.getLocale();
    }

    private static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    // ------------------------------------------------------------------ properties

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public String getDealerCode() {
        return dealerCode;
    }

    public void setDealerCode(String dealerCode) {
        this.dealerCode = dealerCode;
    }

    public String getMap() {
        return map;
    }

    public void setMap(String map) {
        this.map = map;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getToDoQuarter() {
        return toDoQuarter;
    }

    public void setToDoQuarter(int toDoQuarter) {
        this.toDoQuarter = toDoQuarter;
    }

    public String getNewDealer() {
        return newDealer;
    }

    public void setNewDealer(String newDealer) {
        this.newDealer = newDealer;
    }

    public Integer getNewYear() {
        return newYear;
    }

    public void setNewYear(Integer newYear) {
        this.newYear = newYear;
    }

    public Integer getNewQuarter() {
        return newQuarter;
    }

    public void setNewQuarter(Integer newQuarter) {
        this.newQuarter = newQuarter;
    }

    public String getNewMap() {
        return newMap;
    }

    public void setNewMap(String newMap) {
        this.newMap = newMap;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public String getNewInspector() {
        return newInspector;
    }

    public void setNewInspector(String newInspector) {
        this.newInspector = newInspector;
    }
}
