package com.dealercs.interfaces.web.network;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.AuditView;
import com.dealercs.application.DealerProfile;
import com.dealercs.application.DealerService;
import com.dealercs.application.InspectionSummary;
import com.dealercs.application.NotFoundException;
import com.dealercs.interfaces.web.admin.AuditTexts;
import com.dealercs.interfaces.web.portal.CurrentUser;
import com.dealercs.interfaces.web.portal.FormProblems;
import com.dealercs.interfaces.web.portal.PageTexts;
import com.dealercs.interfaces.web.portal.YearPage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One dealer's page (HQ staff, administrators, executives): its details, and for the chosen year
 * its inspections, every score, volume, scorecard and rebate, adjustments, then its audit history.
 * HQ staff and administrators edit and close it here and go on to enter its facts.
 */
@Named
@ViewScoped
public class DealerPageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /**
     * The trail's words for this view, made once (every cell asks): a language switch makes a new
     * view. Not kept when the view is stored away (a bundle is no state).
     */
    private transient AuditTexts texts;

    @Inject
    transient DealerService dealers;

    @Inject
    CurrentUser currentUser;

    private String code;
    private Integer year;
    private DealerProfile profile;
    private String closeReason;
    private String reopenReason;

    /** The view action: the dealer of {@code ?code=} for {@code ?year=} (else the newest year). */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            profile = dealers.profile(code, year, PageTexts.locale(faces));
            year = profile.year();
        } catch (NotFoundException e) {
            if (profile == null && year != null) {
                year = null;
                load();
                return;
            }
            PageTexts.error(faces, e.message(PageTexts.locale(faces)));
        }
    }

    public void yearChanged() {
        load();
    }

    /** Closes the dealer with the reason given in the dialog. */
    public String close() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            String closed = dealers.close(profile.dealer().code(), profile.dealer().version(), closeReason).code();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            PageTexts.info(faces, PageTexts.text(faces, "dealer.closed", closed));
            return "/hq/dealer.xhtml?faces-redirect=true&code=" + closed + (year == null ? "" : "&year=" + year);
        } catch (ApplicationFailure e) {
            FormProblems.show(faces, "closeForm", e);
            return null;
        }
    }

    /** Makes the closed dealer active again with the reason given in the dialog. */
    public String reopen() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            String reopened = dealers.reopen(profile.dealer().code(), profile.dealer().version(), reopenReason).code();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            PageTexts.info(faces, PageTexts.text(faces, "dealer.reopened", reopened));
            return "/hq/dealer.xhtml?faces-redirect=true&code=" + reopened + (year == null ? "" : "&year=" + year);
        } catch (ApplicationFailure e) {
            FormProblems.show(faces, "reopenForm", e);
            return null;
        }
    }

    public boolean isEditor() {
        return currentUser.isSupervisor() || currentUser.isAdmin();
    }

    public DealerProfile getProfile() {
        return profile;
    }

    /** An inspection's points as shown: the score, or a dash while it has none. */
    public String points(InspectionSummary inspection) {
        return inspection.points() == null ? "—" : inspection.points().score().toPlainString();
    }

    public String money(BigDecimal amount) {
        return amount == null ? "—" : String.format(java.util.Locale.ROOT, "%,.2f", amount);
    }

    public String when(Instant instant) {
        return PageTexts.timestamp(instant);
    }

    /** Its history's entries in the page's language, as the audit page words them ({@link AuditTexts}). */
    public AuditTexts getTexts() {
        if (texts == null) {
            texts = AuditTexts.of(FacesContext.getCurrentInstance());
        }
        return texts;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    /** The colour of the chosen year's state tag, as on every page. */
    public String getStateSeverity() {
        return YearPage.severityOf(profile == null ? null : profile.yearState());
    }
}
