package com.dealercs.interfaces.web.admin;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.InvalidInputException;
import com.dealercs.application.Problem;
import com.dealercs.application.YearPolicyChange;
import com.dealercs.application.YearPolicyService;
import com.dealercs.application.YearPolicyView;
import com.dealercs.application.YearStateView;
import com.dealercs.interfaces.web.portal.PageTexts;
import com.dealercs.interfaces.web.portal.YearChoice;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrator's year-policy page (scoring.md §5): pick a year, edit its parameters and tier
 * table with a reason, or create a new year. The policy service validates and refuses; its
 * problems are shown beside the fields they name.
 */
@Named
@ViewScoped
public class YearPolicyBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "policyForm";
    private static final Pattern TIER_FIELD = Pattern.compile("payoutTiers\\[(\\d+)]\\.(threshold|ratio)");
    /** The fields the page shows in percent. */
    private static final Pattern PERCENT_FIELD = Pattern.compile("csShare|overallWeight|payoutTiers\\[\\d+]\\.ratio");

    @Inject
    transient YearPolicyService policies;

    private List<YearStateView> years;
    private Integer year;
    private YearPolicyView policy;

    private String missingPolicy;
    private BigDecimal minCoverage;
    private Integer jdpMinSample;
    private Integer cscMinResponses;
    private Integer socBonusTopN;
    private BigDecimal socBonusAmount;
    private BigDecimal rebatePerUnit;
    private BigDecimal csShare;
    private BigDecimal overallWeight;
    private List<TierRow> tiers = new ArrayList<>();
    private String reason;
    private Integer newYear;
    private boolean fromPreviousScheme;

    @PostConstruct
    void load() {
        years = policies.years();
        // the year HQ is working on: the newest OPEN one, else the newest
        YearChoice choice = new YearChoice();
        choice.offer(years.stream().map(YearStateView::year).toList(),
                y -> years.stream().anyMatch(v -> v.year() == y && "OPEN".equals(v.state())));
        year = choice.getYear();
        loadPolicy();
    }

    /** The chosen year changed: show its policy. */
    public void selectYear() {
        loadPolicy();
    }

    private void loadPolicy() {
        policy = year == null ? null : policies.policy(year);
        reason = null;
        if (policy != null) {
            missingPolicy = policy.missingPolicy();
            minCoverage = policy.minCoverage();
            jdpMinSample = policy.jdpMinSample();
            cscMinResponses = policy.cscMinResponses();
            socBonusTopN = policy.socBonusTopN();
            socBonusAmount = policy.socBonusAmount();
            rebatePerUnit = policy.rebatePerUnit();
            csShare = policy.csShare();
            overallWeight = policy.overallWeight();
            tiers = new ArrayList<>(policy.payoutTiers().stream().map(t -> new TierRow(t.threshold(), t.ratio())).toList());
        }
    }

    public void addTier() {
        tiers.add(new TierRow(null, null));
    }

    public void removeTier(TierRow row) {
        tiers.remove(row);
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = PageTexts.locale(faces);
        try {
            policy = policies.change(year, new YearPolicyChange(missingPolicy, minCoverage, jdpMinSample,
                    cscMinResponses, socBonusTopN, socBonusAmount, rebatePerUnit, csShare, overallWeight,
                    tiers.stream().map(t -> new YearPolicyView.Tier(t.getThreshold(), t.storedRatio())).toList(), reason));
            loadPolicy();
            info(faces, "policy.saved", year);
        } catch (InvalidInputException e) {
            for (Problem problem : e.problems()) {
                addProblem(faces, problem.field(), message(faces, problem, locale));
            }
            faces.validationFailed();
        } catch (ApplicationFailure e) {
            addProblem(faces, null, e.message(locale));
            faces.validationFailed();
            years = policies.years();
            loadPolicy();
        }
    }

    public void createYear() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = PageTexts.locale(faces);
        try {
            YearPolicyView created = policies.create(newYear, fromPreviousScheme);
            years = policies.years();
            year = created.year();
            newYear = null;
            fromPreviousScheme = false;
            loadPolicy();
            info(faces, "policy.year.created", year);
        } catch (ApplicationFailure e) {
            String text = e.problems().isEmpty() ? e.message(locale) : e.problems().get(0).message(locale);
            faces.addMessage("yearForm:newYear", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
        }
    }

    /**
     * The problem in the page's words: a parameter the service names by its field ({@code csShare},
     * {@code payoutTiers[2].ratio}) is named by its label on the page, as everywhere else.
     */
    static String message(FacesContext faces, Problem problem, Locale locale) {
        String field = problem.field();
        String label = field == null ? null : label(faces, field);
        if (label == null) {
            return problem.message(locale);
        }
        List<Object> arguments = problem.arguments().stream().map(a -> field.equals(a) ? (Object) label : a).toList();
        if (PERCENT_FIELD.matcher(field).matches()) {
            arguments = inPercent(problem.key(), arguments);
        }
        return new Problem(field, problem.key(), arguments).message(locale);
    }

    /**
     * The service checks shares as it stores them (0 to 1, four decimals); the page takes them in
     * percent, so a refusal names the limits and the value in percent too ("0 % to 100 %: 150 %").
     */
    static List<Object> inPercent(String key, List<Object> arguments) {
        List<Object> shown = new ArrayList<>(arguments);
        switch (key) {
            case "policy.between" -> List.of(1, 2, 3).forEach(i -> shown.set(i, percentText(shown.get(i))));
            case "policy.decimals" -> {
                shown.set(1, ((Number) shown.get(1)).intValue() - 2);
                shown.set(2, percentText(shown.get(2)));
            }
            case "policy.tiers.ratioRises" -> List.of(1, 2).forEach(i -> shown.set(i, percentText(shown.get(i))));
            default -> { }
        }
        return shown;
    }

    private static Object percentText(Object share) {
        String text = String.valueOf(share);
        try {
            BigDecimal percent = percent(new BigDecimal(text));
            // a slip of the keyboard (1e999999999) is shown with its exponent, not spelled out
            return (percent.scale() < 0 ? percent.toString() : percent.toPlainString()) + " %";
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** A share as stored (0.1500) in percent as the page shows it (15): no trailing zeros, no exponent. */
    static BigDecimal percent(BigDecimal share) {
        if (share == null) {
            return null;
        }
        BigDecimal percent = share.scaleByPowerOfTen(2).stripTrailingZeros();
        // 1500 rather than 1.5E+3; an absurd value typed (1e999999999) keeps its exponent
        return percent.scale() < 0 && percent.scale() > -30 ? percent.setScale(0) : percent;
    }

    static BigDecimal share(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }

    private static String label(FacesContext faces, String field) {
        java.util.ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        Matcher tier = TIER_FIELD.matcher(field);
        if (tier.matches()) {
            return PageTexts.text(faces, "policy.tiers.field", PageTexts.text(faces, "policy.tiers." + tier.group(2)),
                    tier.group(1));
        }
        return msg.containsKey("policy." + field) ? msg.getString("policy." + field) : null;
    }

    private static void info(FacesContext faces, String key, int year) {
        String text = PageTexts.text(faces, key, String.valueOf(year));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** Beside the field the problem names (a tier's cell too), else at the top of the form. */
    private static void addProblem(FacesContext faces, String field, String text) {
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
        String id = field == null ? null : FORM_ID + ":" + field;
        Matcher tier = field == null ? null : TIER_FIELD.matcher(field);
        if (tier != null && tier.matches()) {
            id = FORM_ID + ":tiers:" + (Integer.parseInt(tier.group(1)) - 1) + ":" + tier.group(2);
        }
        boolean[] marked = new boolean[1];
        if (id != null) {
            // invokeOnComponent also finds a cell of the tier table, in the context of its row
            faces.getViewRoot().invokeOnComponent(faces, id, (context, component) -> {
                if (component instanceof UIInput input && component.isRendered()) {
                    // shown again as entered, marked wrong (the model holds what was entered)
                    Object entered = input.getValue();
                    input.setSubmittedValue(entered == null ? "" : entered.toString());
                    input.setValid(false);
                    marked[0] = true;
                }
            });
        }
        faces.addMessage(marked[0] ? id : null, message);
    }

    public List<YearStateView> getYears() {
        return years;
    }

    public boolean isEditable() {
        return policy != null && policy.editable();
    }

    public String getState() {
        return policy == null ? null : policy.state();
    }

    public List<String> getMissingPolicies() {
        return List.of("RENORMALIZE", "ZERO");
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public YearPolicyView getPolicy() {
        return policy;
    }

    public String getMissingPolicy() {
        return missingPolicy;
    }

    public void setMissingPolicy(String missingPolicy) {
        this.missingPolicy = missingPolicy;
    }

    public BigDecimal getMinCoverage() {
        return minCoverage;
    }

    public void setMinCoverage(BigDecimal minCoverage) {
        this.minCoverage = minCoverage;
    }

    public Integer getJdpMinSample() {
        return jdpMinSample;
    }

    public void setJdpMinSample(Integer jdpMinSample) {
        this.jdpMinSample = jdpMinSample;
    }

    public Integer getCscMinResponses() {
        return cscMinResponses;
    }

    public void setCscMinResponses(Integer cscMinResponses) {
        this.cscMinResponses = cscMinResponses;
    }

    public Integer getSocBonusTopN() {
        return socBonusTopN;
    }

    public void setSocBonusTopN(Integer socBonusTopN) {
        this.socBonusTopN = socBonusTopN;
    }

    public BigDecimal getSocBonusAmount() {
        return socBonusAmount;
    }

    public void setSocBonusAmount(BigDecimal socBonusAmount) {
        this.socBonusAmount = socBonusAmount;
    }

    public BigDecimal getRebatePerUnit() {
        return rebatePerUnit;
    }

    public void setRebatePerUnit(BigDecimal rebatePerUnit) {
        this.rebatePerUnit = rebatePerUnit;
    }

    /** In percent, as the page shows and takes every share (15 for the stored 0.1500). */
    public BigDecimal getCsShare() {
        return percent(csShare);
    }

    public void setCsShare(BigDecimal percent) {
        this.csShare = share(percent);
    }

    public BigDecimal getOverallWeight() {
        return percent(overallWeight);
    }

    public void setOverallWeight(BigDecimal percent) {
        this.overallWeight = share(percent);
    }

    public List<TierRow> getTiers() {
        return tiers;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getNewYear() {
        return newYear;
    }

    public void setNewYear(Integer newYear) {
        this.newYear = newYear;
    }

    public boolean isFromPreviousScheme() {
        return fromPreviousScheme;
    }

    public void setFromPreviousScheme(boolean fromPreviousScheme) {
        this.fromPreviousScheme = fromPreviousScheme;
    }

    /** A row of the tier table being edited. */
    public static final class TierRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private BigDecimal threshold;
        private BigDecimal ratio;

        TierRow(BigDecimal threshold, BigDecimal ratio) {
            this.threshold = threshold;
            this.ratio = ratio;
        }

        public BigDecimal getThreshold() {
            return threshold;
        }

        public void setThreshold(BigDecimal threshold) {
            this.threshold = threshold;
        }

        /** In percent, as the other shares of the page. */
        public BigDecimal getRatio() {
            return percent(ratio);
        }

        public void setRatio(BigDecimal percent) {
            this.ratio = share(percent);
        }

        BigDecimal storedRatio() {
            return ratio;
        }
    }
}
