package com.dealercs.interfaces.web.portal;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * A refusal of an application service shown where it belongs: each problem beside the form's field
 * it names (a field {@code session_date} is the component {@code sessionDate}), the rest at the top
 * of the page, and the request marked as failed so the form keeps what was typed.
 */
public final class FormProblems {

    private FormProblems() {
    }

    public static void show(FacesContext faces, String formId, ApplicationFailure failure) {
        Locale locale = PageTexts.locale(faces);
        for (Problem problem : failure.problems()) {
            add(faces, formId, problem.field(), problem.message(locale));
        }
        if (failure.problems().isEmpty()) {
            add(faces, formId, null, failure.message(locale));
        }
        faces.validationFailed();
    }

    /** One message beside the form's field it names ({@code null}: at the top of the page). */
    public static void add(FacesContext faces, String formId, String field, String text) {
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
        UIComponent component = field == null ? null
                : faces.getViewRoot().findComponent(formId + ":" + componentId(field));
        if (component instanceof UIInput input && component.isRendered()) {
            input.setValid(false);
            faces.addMessage(component.getClientId(faces), message);
        } else {
            faces.addMessage(null, message);
        }
    }

    /** {@code session_date} → {@code sessionDate}: the import's column names as component ids. */
    static String componentId(String field) {
        StringBuilder id = new StringBuilder();
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return id.toString();
    }
}
