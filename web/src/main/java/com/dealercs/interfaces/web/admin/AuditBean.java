package com.dealercs.interfaces.web.admin;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.AuditService;
import com.dealercs.application.AuditView;
import com.dealercs.application.YearPolicyService;
import com.dealercs.application.YearStateView;
import com.dealercs.interfaces.web.export.SpreadsheetDownload;
import com.dealercs.interfaces.web.export.SpreadsheetTable;
import com.dealercs.interfaces.web.portal.PageTexts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The administrator's audit page: the trail newest first, a page at a time from the database,
 * filtered by subject (a year or the network), actor, action and dates, and exported as a workbook
 * of every entry the filters find.
 */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /**
     * The trail's words for this view, made once (every cell asks): a language switch makes a new
     * view. Not kept when the view is stored away (a bundle is no state).
     */
    private transient AuditTexts texts;

    @Inject
    transient AuditService audit;

    @Inject
    transient YearPolicyService policies;

    private List<Integer> years;
    private String subject;
    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private final Entries entries = new Entries();

    @PostConstruct
    void load() {
        years = policies.years().stream().map(YearStateView::year).toList();
    }

    /** The filters changed: the table starts again from its first page (the table is updated by the page). */
    public void search() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (from != null && to != null && to.isBefore(from)) {
            String text = PageTexts.text(faces, "audit.filter.toBeforeFrom");
            faces.addMessage("auditForm:to", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return;
        }
        firstPage(faces);
    }

    public void clear() {
        subject = null;
        actor = null;
        action = null;
        from = null;
        to = null;
        firstPage(FacesContext.getCurrentInstance());
    }

    private static void firstPage(FacesContext faces) {
        if (faces.getViewRoot().findComponent("auditForm:entries") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** The page's rows, read from the audit service as the table pages. */
    public final class Entries extends LazyDataModel<AuditView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, page(0, 1).total());
        }

        @Override
        public List<AuditView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            AuditService.AuditPage page = page(first, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.entries();
        }

        @Override
        public String getRowKey(AuditView row) {
            return String.valueOf(row.id());
        }

        @Override
        public AuditView getRowData(String rowKey) {
            return null;     // rows are not selected
        }

        private AuditService.AuditPage page(int first, int size) {
            try {
                return audit.page(subject, actor, action, from == null ? null : from.toString(),
                        to == null ? null : to.toString(), first, size);
            } catch (ApplicationFailure e) {
                FacesContext faces = FacesContext.getCurrentInstance();
                Locale locale = PageTexts.locale(faces);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(locale), null));
                return new AuditService.AuditPage(0, List.of());
            }
        }
    }

    public Entries getEntries() {
        return entries;
    }

    /** Subjects to filter by: the network and every year ({@code year:2024}). */
    public List<String> getSubjects() {
        java.util.ArrayList<String> subjects = new java.util.ArrayList<>();
        subjects.add("network");
        years.forEach(y -> subjects.add("year:" + y));
        return subjects;
    }

    /** The entries' words in the page's language ({@link AuditTexts}), for the page and the export. */
    public AuditTexts getTexts() {
        if (texts == null) {
            texts = AuditTexts.of(FacesContext.getCurrentInstance());
        }
        return texts;
    }

    public List<String> getActions() {
        return audit.actions();
    }

    public String getExportFileName() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String what = subject == null || subject.isBlank() ? PageTexts.text(faces, "audit.export.all")
                : getTexts().subject(subject).replaceAll("(?<=\\d) (?=\\p{IsHan})", "").replace(' ', '-');   // 2084年度, Year-2084
        return PageTexts.text(faces, "audit.export.fileName", what, PageTexts.today().toString());
    }

    /** The export button: every entry the filters find, newest first, as an Excel workbook. */
    public void export() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<AuditView> all = new java.util.ArrayList<>();
        try {
            AuditService.AuditPage page;
            do {
                page = audit.page(subject, actor, action, from == null ? null : from.toString(),
                        to == null ? null : to.toString(), all.size(), AuditService.PAGE_LIMIT);
                all.addAll(page.entries());
            } while (!page.entries().isEmpty() && all.size() < page.total());
        } catch (ApplicationFailure e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    e.message(PageTexts.locale(faces)), null));
            return;
        }
        AuditTexts texts = getTexts();
        SpreadsheetTable<AuditView> table = new SpreadsheetTable<AuditView>(PageTexts.text(faces, "audit.title"),
                PageTexts.DISPLAY_ZONE)
                .dateTime(PageTexts.text(faces, "audit.col.at"), AuditView::at)
                .text(PageTexts.text(faces, "audit.col.actor"), AuditView::actor)
                .text(PageTexts.text(faces, "audit.col.address"), AuditView::address)
                .text(PageTexts.text(faces, "audit.col.action"), e -> texts.action(e.action()))
                .text(PageTexts.text(faces, "audit.col.subject"), e -> texts.subject(e.subject()))
                .text(PageTexts.text(faces, "audit.col.before"), e -> texts.value(e.before()))
                .text(PageTexts.text(faces, "audit.col.after"), e -> texts.value(e.after()))
                .text(PageTexts.text(faces, "audit.col.reason"), e -> texts.reason(e.reason()));
        SpreadsheetDownload.send(faces, getExportFileName(), table, all);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
