package com.dealercs.interfaces.web.account;

import com.dealercs.application.ApiTokenService;
import com.dealercs.application.ApiTokenView;
import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.CreatedApiToken;
import com.dealercs.application.InvalidInputException;
import com.dealercs.application.NewApiToken;
import com.dealercs.application.Problem;
import com.dealercs.domain.model.identity.ApiToken;
import com.dealercs.interfaces.web.portal.FormProblems;
import com.dealercs.interfaces.web.portal.PageTexts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * "My API tokens" (every signed-in user): the caller's tokens (an administrator's: everyone's),
 * a form that creates one, the new token's secret shown once, and revocation. What may be seen
 * and revoked is the service's decision.
 */
@Named
@ViewScoped
public class ApiTokensBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "tokenForm";
    /** What the expiry field proposes: a quarter ahead. */
    static final int DEFAULT_DAYS = 90;

    @Inject
    transient ApiTokenService tokens;

    private List<ApiTokenView> rows;
    private String name;
    private String expiresOn = today().plusDays(DEFAULT_DAYS).toString();
    /** The secret of the token just created: shown on this view only, never kept beyond it. */
    private String createdSecret;
    private String createdName;

    public List<ApiTokenView> getTokens() {
        if (rows == null) {
            rows = tokens.list();
        }
        return rows;
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = PageTexts.locale(faces);
        try {
            CreatedApiToken created = tokens.create(new NewApiToken(name, expiresOn));
            createdSecret = created.token();
            createdName = created.name();
            name = null;
            expiresOn = today().plusDays(DEFAULT_DAYS).toString();
            rows = null;
        } catch (InvalidInputException e) {
            for (Problem problem : e.problems()) {
                FormProblems.add(faces, FORM_ID, problem.field(), problem.message(locale));
            }
            faces.validationFailed();
        } catch (ApplicationFailure e) {
            FormProblems.add(faces, FORM_ID, null, e.message(locale));
            faces.validationFailed();
        }
    }

    public void revoke(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ApiTokenView revoked = tokens.revoke(id);
            PageTexts.info(faces, PageTexts.text(faces, "tokens.revoked", revoked.name()));
        } catch (ApplicationFailure e) {
            PageTexts.error(faces, e.message(PageTexts.locale(faces)));
        }
        createdSecret = null;
        rows = null;
    }

    /** Hides the secret once the user has copied it. */
    public void dismissSecret() {
        createdSecret = null;
        createdName = null;
    }


    /** Token expiries are days of UTC (ApiToken). */
    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public String getMinExpiry() {
        return today().plusDays(1).toString();
    }

    public String getMaxExpiry() {
        return today().plusYears(ApiToken.MAX_YEARS).toString();
    }

    public int getNameMax() {
        return ApiToken.NAME_MAX;
    }

    public String timestamp(java.time.Instant instant) {
        return PageTexts.timestamp(instant);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getCreatedSecret() {
        return createdSecret;
    }

    public String getCreatedName() {
        return createdName;
    }
}
