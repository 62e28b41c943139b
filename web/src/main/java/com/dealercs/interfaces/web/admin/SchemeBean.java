package com.dealercs.interfaces.web.admin;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.InvalidInputException;
import com.dealercs.application.Problem;
import com.dealercs.application.SchemeChange;
import com.dealercs.application.SchemeService;
import com.dealercs.application.SchemeView;
import com.dealercs.application.YearPolicyService;
import com.dealercs.application.YearStateView;
import com.dealercs.interfaces.web.portal.PageTexts;
import com.dealercs.interfaces.web.portal.YearChoice;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrator's scheme page: pick a year, edit its two checklists (items with their maxima,
 * checkpoints, names in both languages, their order) and the factor weights with their running
 * sums, and save the whole with a reason. The scheme service validates and refuses; its problems
 * are shown beside the rows and fields they name. Read-only, with the reason, once the year has an
 * inspection or is approved.
 */
@Named
@ViewScoped
public class SchemeBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** checklists[1].items[2].checkpoints[3].code → checklist 1, item 2, checkpoint 3, field code. */
    private static final Pattern CHECKLIST_FIELD = Pattern.compile(
            "checklists\\[(\\d+)](?:\\.items(?:\\[(\\d+)](?:\\.checkpoints(?:\\[(\\d+)])?)?)?)?(?:\\.(\\w+))?");
    private static final Pattern COMPONENT_FIELD = Pattern.compile(
            "components\\[(\\d+)](?:\\.factors(?:\\[(\\d+)])?)?(?:\\.(\\w+))?");

    @Inject
    transient SchemeService schemes;

    @Inject
    transient YearPolicyService policies;

    private List<YearStateView> years;
    private Integer year;
    private SchemeView scheme;
    private List<ChecklistRows> checklists = new ArrayList<>();
    private List<ComponentRows> components = new ArrayList<>();
    private String reason;
    private String reasonProblem;

    @PostConstruct
    void load() {
        years = policies.years();
        // the year HQ is working on: the newest OPEN one, else the newest
        YearChoice choice = new YearChoice();
        choice.offer(years.stream().map(YearStateView::year).toList(),
                y -> years.stream().anyMatch(v -> v.year() == y && "OPEN".equals(v.state())));
        year = choice.getYear();
        loadScheme();
    }

    public void selectYear() {
        loadScheme();
    }

    private void loadScheme() {
        scheme = year == null ? null : schemes.scheme(year, PageTexts.locale(FacesContext.getCurrentInstance()));
        reason = null;
        reasonProblem = null;
        checklists = new ArrayList<>();
        components = new ArrayList<>();
        if (scheme != null) {
            scheme.checklists().forEach(c -> checklists.add(new ChecklistRows(c)));
            scheme.components().forEach(c -> components.add(new ComponentRows(c)));
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = PageTexts.locale(faces);
        clearProblems();
        try {
            schemes.change(year, new SchemeChange(checklists.stream().map(ChecklistRows::toView).toList(),
                    components.stream().map(ComponentRows::toView).toList(), reason), locale);
            loadScheme();
            String text = PageTexts.text(faces, "scheme.saved", String.valueOf(year));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        } catch (InvalidInputException e) {
            for (Problem problem : e.problems()) {
                place(faces, problem.field(), problem.message(locale));
            }
            String text = PageTexts.text(faces, "scheme.notSaved", e.problems().size());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
        } catch (ApplicationFailure e) {
            // refused as a whole (the year has an inspection now, or was approved): show it as it is
            String text = e.message(locale);
            loadScheme();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
        }
    }

    /** Beside the row or field the problem names; what names none goes to the top of the form. */
    private void place(FacesContext faces, String field, String text) {
        if ("reason".equals(field)) {
            reasonProblem = text;
            return;
        }
        Matcher checklist = CHECKLIST_FIELD.matcher(field == null ? "" : field);
        if (checklist.matches()) {
            ChecklistRows rows = at(checklists, checklist.group(1));
            ItemRow item = rows == null ? null : at(rows.items, checklist.group(2));
            PointRow point = item == null ? null : at(item.checkpoints, checklist.group(3));
            String name = checklist.group(4);
            if (point != null) {
                point.problems.put(name, text);
                return;
            }
            if (item != null) {
                item.problems.put(checklist.group(3) == null && field.endsWith(".checkpoints") ? "checkpoints" : name, text);
                return;
            }
            if (rows != null && checklist.group(2) == null && field.endsWith(".items")) {
                rows.problem = text;
                return;
            }
        }
        Matcher component = COMPONENT_FIELD.matcher(field == null ? "" : field);
        if (component.matches()) {
            ComponentRows rows = at(components, component.group(1));
            FactorRow factor = rows == null ? null : at(rows.factors, component.group(2));
            if (factor != null) {
                factor.problems.put(component.group(3), text);
                return;
            }
            if (rows != null && component.group(2) == null) {
                rows.problem = text;
                return;
            }
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** The row at a place counted from 1, or null. */
    private static <T> T at(List<T> rows, String place) {
        if (place == null) {
            return null;
        }
        int index = Integer.parseInt(place) - 1;
        return index >= 0 && index < rows.size() ? rows.get(index) : null;
    }

    private void clearProblems() {
        reasonProblem = null;
        for (ChecklistRows rows : checklists) {
            rows.problem = null;
            for (ItemRow item : rows.items) {
                item.problems.clear();
                item.checkpoints.forEach(p -> p.problems.clear());
            }
        }
        for (ComponentRows rows : components) {
            rows.problem = null;
            rows.factors.forEach(f -> f.problems.clear());
        }
    }

    // ---------------------------------------------------------------- editing the rows

    public void addItem(ChecklistRows rows) {
        ItemRow item = new ItemRow();
        item.checkpoints.add(new PointRow());
        rows.items.add(item);
    }

    public void removeItem(ChecklistRows rows, ItemRow item) {
        rows.items.remove(item);
    }

    public void moveItem(ChecklistRows rows, ItemRow item, int by) {
        move(rows.items, item, by);
    }

    public void addCheckpoint(ItemRow item) {
        item.checkpoints.add(new PointRow());
    }

    public void removeCheckpoint(ItemRow item, PointRow point) {
        item.checkpoints.remove(point);
    }

    public void moveCheckpoint(ItemRow item, PointRow point, int by) {
        move(item.checkpoints, point, by);
    }

    private static <T> void move(List<T> rows, T row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < rows.size()) {
            Collections.swap(rows, from, to);
        }
    }

    // ---------------------------------------------------------------- what the page reads

    public List<YearStateView> getYears() {
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public SchemeView getScheme() {
        return scheme;
    }

    public boolean isEditable() {
        return scheme != null && scheme.editable();
    }

    public String getState() {
        return scheme == null ? null : scheme.state();
    }

    public List<ChecklistRows> getChecklists() {
        return checklists;
    }

    public List<ComponentRows> getComponents() {
        return components;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReasonProblem() {
        return reasonProblem;
    }

    /** Adds what can be added (the values that are numbers), for the running sums. */
    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A checklist being edited. */
    public static final class ChecklistRows implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String map;
        private final List<ItemRow> items = new ArrayList<>();
        private String problem;

        ChecklistRows(SchemeView.SchemeChecklist checklist) {
            map = checklist.map();
            checklist.items().forEach(i -> items.add(new ItemRow(i)));
        }

        SchemeView.SchemeChecklist toView() {
            return new SchemeView.SchemeChecklist(map, null, items.stream().map(ItemRow::toView).toList());
        }

        public String getMap() {
            return map;
        }

        public List<ItemRow> getItems() {
            return items;
        }

        public int getCheckpointCount() {
            return items.stream().mapToInt(i -> i.checkpoints.size()).sum();
        }

        public String getProblem() {
            return problem;
        }

        /** The items' maxima entered so far, added up (15 when right). */
        public BigDecimal getMaxSum() {
            return sum(items.stream().map(ItemRow::getItemMax).toList());
        }

        public boolean isSumRight() {
            return getMaxSum().compareTo(BigDecimal.valueOf(15)) == 0;
        }
    }

    /** An item being edited, with its checkpoints. */
    public static final class ItemRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String nameZh;
        private String nameEn;
        private BigDecimal itemMax;
        private final List<PointRow> checkpoints = new ArrayList<>();
        private final Map<String, String> problems = new HashMap<>();

        ItemRow() {
        }

        ItemRow(SchemeView.SchemeItem item) {
            code = item.code();
            nameZh = item.nameZh();
            nameEn = item.nameEn();
            itemMax = item.itemMax();
            item.checkpoints().forEach(c -> checkpoints.add(new PointRow(c)));
        }

        SchemeView.SchemeItem toView() {
            return new SchemeView.SchemeItem(code, nameZh, nameEn, itemMax, checkpoints.stream().map(PointRow::toView).toList());
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        }

        public String getNameZh() {
            return nameZh;
        }

        public void setNameZh(String nameZh) {
            this.nameZh = nameZh;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public BigDecimal getItemMax() {
            return itemMax;
        }

        public void setItemMax(BigDecimal itemMax) {
            this.itemMax = itemMax;
        }

        public List<PointRow> getCheckpoints() {
            return checkpoints;
        }

        /** The problems of the item's fields (code, nameZh, nameEn, itemMax, checkpoints). */
        public Map<String, String> getProblems() {
            return problems;
        }
    }

    /** A checkpoint being edited. */
    public static final class PointRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String nameZh;
        private String nameEn;
        private final Map<String, String> problems = new HashMap<>();

        PointRow() {
        }

        PointRow(SchemeView.SchemeCheckpoint checkpoint) {
            code = checkpoint.code();
            nameZh = checkpoint.nameZh();
            nameEn = checkpoint.nameEn();
        }

        SchemeView.SchemeCheckpoint toView() {
            return new SchemeView.SchemeCheckpoint(code, nameZh, nameEn);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        }

        public String getNameZh() {
            return nameZh;
        }

        public void setNameZh(String nameZh) {
            this.nameZh = nameZh;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public Map<String, String> getProblems() {
            return problems;
        }
    }

    /** The factors of a component being edited. */
    public static final class ComponentRows implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String component;
        private final List<FactorRow> factors = new ArrayList<>();
        private String problem;

        ComponentRows(SchemeView.SchemeComponent component) {
            this.component = component.component();
            component.factors().forEach(f -> factors.add(new FactorRow(f)));
        }

        SchemeView.SchemeComponent toView() {
            return new SchemeView.SchemeComponent(component, null, factors.stream().map(FactorRow::toView).toList());
        }

        public String getComponent() {
            return component;
        }

        public List<FactorRow> getFactors() {
            return factors;
        }

        public String getProblem() {
            return problem;
        }

        /** The weights entered so far, added up (10 when right). */
        public BigDecimal getWeightSum() {
            return sum(factors.stream().map(FactorRow::getWeight).toList());
        }

        public boolean isSumRight() {
            return getWeightSum().compareTo(BigDecimal.TEN) == 0;
        }
    }

    /** A factor being edited: its code stays. */
    public static final class FactorRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private String nameZh;
        private String nameEn;
        private BigDecimal weight;
        private final Map<String, String> problems = new HashMap<>();

        FactorRow(SchemeView.SchemeFactor factor) {
            code = factor.code();
            nameZh = factor.nameZh();
            nameEn = factor.nameEn();
            weight = factor.weight();
        }

        SchemeView.SchemeFactor toView() {
            return new SchemeView.SchemeFactor(code, nameZh, nameEn, weight);
        }

        public String getCode() {
            return code;
        }

        public String getNameZh() {
            return nameZh;
        }

        public void setNameZh(String nameZh) {
            this.nameZh = nameZh;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }

        public Map<String, String> getProblems() {
            return problems;
        }
    }
}
