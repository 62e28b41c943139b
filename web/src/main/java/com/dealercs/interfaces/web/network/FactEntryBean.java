package com.dealercs.interfaces.web.network;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.FactEntries.AdjustmentEntry;
import com.dealercs.application.FactEntries.CrisisAssessmentEntry;
import com.dealercs.application.FactEntries.EnteredFact;
import com.dealercs.application.FactEntries.TrainingScoreEntry;
import com.dealercs.application.FactEntryService;
import com.dealercs.application.ScorecardService;
import com.dealercs.application.YearOverview;
import com.dealercs.interfaces.web.portal.FormProblems;
import com.dealercs.interfaces.web.portal.PageTexts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * 数据录入 / Entries (HQ staff, administrators): a training visit's score, a crisis-plan assessment
 * and a rebate adjustment, each on its own form, by the import files' rules with each refusal beside
 * its field; a locked year refuses them with the reason. {@code ?dealer=} and {@code ?year=} fill
 * the forms (from a dealer's page).
 */
@Named
@ViewScoped
public class FactEntryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FactEntryService entries;

    @Inject
    transient ScorecardService scorecards;

    private List<YearOverview> years = List.of();
    private String dealerParameter;
    private Integer yearParameter;

    private final Training training = new Training();
    private final Crisis crisis = new Crisis();
    private final Adjustment adjustment = new Adjustment();

    @PostConstruct
    void init() {
        years = scorecards.years();
        Integer open = years.stream().filter(y -> "OPEN".equals(y.state())).map(YearOverview::year).findFirst()
                .orElse(years.isEmpty() ? null : years.get(0).year());
        training.year = open;
        crisis.year = open;
        adjustment.year = open;
    }

    /** The view action: a dealer and year given by the link fill every form. */
    public void load() {
        if (dealerParameter != null && !dealerParameter.isBlank()) {
            String code = dealerParameter.strip().toUpperCase(Locale.ROOT);
            training.dealerCode = code;
            crisis.dealerCode = code;
            adjustment.dealerCode = code;
        }
        if (yearParameter != null && years.stream().anyMatch(y -> y.year() == yearParameter)) {
            training.year = yearParameter;
            crisis.year = yearParameter;
            adjustment.year = yearParameter;
        }
    }

    public void enterTraining() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            EnteredFact entered = entries.enterTrainingScore(new TrainingScoreEntry(text(training.year), training.dealerCode,
                    date(training.date), training.trainer, training.score, training.reason));
            saved(faces, entered);
            training.date = null;
            training.score = null;
            training.reason = null;
        } catch (ApplicationFailure e) {
            FormProblems.show(faces, "trainingForm", e);
        }
    }

    public void enterCrisis() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            EnteredFact entered = entries.enterCrisisAssessment(new CrisisAssessmentEntry(text(crisis.year),
                    crisis.dealerCode, date(crisis.date), crisis.score, crisis.reason));
            saved(faces, entered);
            crisis.date = null;
            crisis.score = null;
            crisis.reason = null;
        } catch (ApplicationFailure e) {
            FormProblems.show(faces, "crisisForm", e);
        }
    }

    public void addAdjustment() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            EnteredFact entered = entries.addAdjustment(new AdjustmentEntry(text(adjustment.year), adjustment.dealerCode,
                    adjustment.amount, adjustment.reason));
            saved(faces, entered);
            adjustment.amount = null;
            adjustment.reason = null;
        } catch (ApplicationFailure e) {
            FormProblems.show(faces, "adjustmentForm", e);
        }
    }

    private static void saved(FacesContext faces, EnteredFact entered) {
        String what = PageTexts.text(faces, "entries.what", PageTexts.text(faces, "entries.kind." + entered.kind()),
                entered.dealerCode() + (entered.date() == null ? "" : " " + entered.date()));
        String value = entered.value().toPlainString();
        String text;
        if (!entered.changed()) {
            text = PageTexts.text(faces, "entries.unchanged", what, value);
        } else if (entered.before() != null) {
            text = PageTexts.text(faces, "entries.replaced", what, value, entered.before().toPlainString());
        } else {
            text = PageTexts.text(faces, "entries.saved", what, value);
        }
        PageTexts.info(faces, text);
    }

    private static String text(Integer year) {
        return year == null ? null : year.toString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public List<YearOverview> getYears() {
        return years;
    }

    public Training getTraining() {
        return training;
    }

    public Crisis getCrisis() {
        return crisis;
    }

    public Adjustment getAdjustment() {
        return adjustment;
    }

    public String getDealerParameter() {
        return dealerParameter;
    }

    public void setDealerParameter(String dealerParameter) {
        this.dealerParameter = dealerParameter;
    }

    public Integer getYearParameter() {
        return yearParameter;
    }

    public void setYearParameter(Integer yearParameter) {
        this.yearParameter = yearParameter;
    }

    /** What the training form holds. */
    public static class Training implements Serializable {
        private static final long serialVersionUID = 1L;
        Integer year;
        String dealerCode;
        LocalDate date;
        String trainer;
        String score;
        String reason;

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getDealerCode() {
            return dealerCode;
        }

        public void setDealerCode(String dealerCode) {
            this.dealerCode = dealerCode;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getTrainer() {
            return trainer;
        }

        public void setTrainer(String trainer) {
            this.trainer = trainer;
        }

        public String getScore() {
            return score;
        }

        public void setScore(String score) {
            this.score = score;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** What the crisis-plan form holds. */
    public static class Crisis implements Serializable {
        private static final long serialVersionUID = 1L;
        Integer year;
        String dealerCode;
        LocalDate date;
        String score;
        String reason;

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getDealerCode() {
            return dealerCode;
        }

        public void setDealerCode(String dealerCode) {
            this.dealerCode = dealerCode;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getScore() {
            return score;
        }

        public void setScore(String score) {
            this.score = score;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** What the adjustment form holds. */
    public static class Adjustment implements Serializable {
        private static final long serialVersionUID = 1L;
        Integer year;
        String dealerCode;
        String amount;
        String reason;

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getDealerCode() {
            return dealerCode;
        }

        public void setDealerCode(String dealerCode) {
            this.dealerCode = dealerCode;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
