package com.dealercs.interfaces.web.network;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.DealerDetails;
import com.dealercs.application.DealerService;
import com.dealercs.application.DealerView;
import com.dealercs.application.NotFoundException;
import com.dealercs.interfaces.web.portal.FormProblems;
import com.dealercs.interfaces.web.portal.PageTexts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Creating a dealer, or changing one's details ({@code ?code=}), HQ staff and administrators: the
 * dealers file's fields, a reason for a change, each refusal beside its field; then the dealer's page.
 */
@Named
@ViewScoped
public class DealerFormBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "dealerForm";

    @Inject
    transient DealerService dealers;

    private String code;
    private boolean editing;
    private Long version;
    private String name;
    private String region;
    private String province;
    private String city;
    private LocalDate openedOn;
    private String reason;
    private boolean missing;

    /** The view action: an existing dealer's details, or an empty form. */
    public void load() {
        if (code == null || code.isBlank()) {
            editing = false;
            return;
        }
        try {
            DealerView dealer = dealers.one(code);
            editing = true;
            code = dealer.code();
            version = dealer.version();
            name = dealer.name();
            region = dealer.region();
            province = dealer.province();
            city = dealer.city();
            openedOn = dealer.openedOn();
        } catch (NotFoundException e) {
            missing = true;
            FacesContext faces = FacesContext.getCurrentInstance();
            PageTexts.error(faces, e.message(PageTexts.locale(faces)));
        }
    }

    /** Saves, then shows the dealer's page. */
    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        DealerDetails details = new DealerDetails(code, name, region, province, city,
                openedOn == null ? null : openedOn.toString(), version, reason);
        try {
            DealerView saved = editing ? dealers.change(code, details) : dealers.create(details);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            PageTexts.info(faces, PageTexts.text(faces, editing ? "dealerForm.changed" : "dealerForm.created",
                    saved.code()));
            return "/hq/dealer.xhtml?faces-redirect=true&code=" + saved.code();
        } catch (ApplicationFailure e) {
            FormProblems.show(faces, FORM, e);
            return null;
        }
    }

    public List<String> regionsLike(String typed) {
        String wanted = typed == null ? "" : typed.strip();
        return dealers.regions().stream().filter(r -> r.contains(wanted)).toList();
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
