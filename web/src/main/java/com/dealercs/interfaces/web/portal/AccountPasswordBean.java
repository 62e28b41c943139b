package com.dealercs.interfaces.web.portal;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.InvalidInputException;
import com.dealercs.application.PasswordChange;
import com.dealercs.application.Problem;
import com.dealercs.application.UserAccountService;
import com.dealercs.application.SignInAudit;
import com.dealercs.domain.model.identity.PasswordPolicy;
import com.dealercs.interfaces.web.security.CurrentPasswordGuard;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The page where every user changes its own password ({@code /account/password.xhtml}); an account
 * whose password an administrator reset is sent here by every page until it has changed it.
 */
@Named
@ViewScoped
public class AccountPasswordBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "passwordForm";

    @Inject
    transient UserAccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentPasswordGuard passwordGuard;

    private Boolean mustChange;
    private boolean changed;
    private String currentPassword;
    private String newPassword;
    private String confirmation;

    /** Whether an administrator reset the password, so nothing else opens before it is changed. */
    public boolean isMustChange() {
        if (mustChange == null) {
            mustChange = accounts.currentUser().mustChangePassword();
        }
        return mustChange;
    }

    public boolean isChanged() {
        return changed;
    }

    public int getPasswordMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    /** Where to go on once the password is changed: the role's home. */
    public String getHomeHref() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + currentUser.getHomePath();
    }

    public void change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = PageTexts.locale(faces);
        String username = faces.getExternalContext().getUserPrincipal().getName();
        String address = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
        try {
            Optional<Duration> delayed = passwordGuard.retryAfter(username, address);
            if (delayed.isPresent()) {
                FormProblems.add(faces, FORM_ID, "currentPassword", PageTexts.text(faces, "login.locked",
                        CurrentPasswordGuard.minutes(delayed.get())));
                faces.validationFailed();
                return;
            }
            if (newPassword != null && !newPassword.equals(confirmation)) {
                FormProblems.add(faces, FORM_ID, "confirmation", PageTexts.text(faces, "password.page.mismatch"));
                faces.validationFailed();
                return;
            }
            accounts.changeOwnPassword(new PasswordChange(currentPassword, newPassword));
            changed = true;
            mustChange = false;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    PageTexts.text(faces, "password.page.changed"), null));
        } catch (InvalidInputException e) {
            passwordGuard.refused(username, address, e, SignInAudit.Door.PORTAL);
            for (Problem problem : e.problems()) {
                FormProblems.add(faces, FORM_ID, problem.field(), problem.message(locale));
            }
            faces.validationFailed();
        } catch (ApplicationFailure e) {
            FormProblems.add(faces, FORM_ID, null, e.message(locale));
            faces.validationFailed();
        } finally {
            // a password never stays in the view's state
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }


    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
