package com.dealercs.interfaces.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the portal for this session: Simplified Chinese unless the user chose English.
 * The choice is also kept in a cookie, so that it survives signing out and an expired session.
 */
@Named
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Cookie holding the last chosen language ({@code zh-CN} or {@code en}). */
    static final String COOKIE = "dealercs.lang";
    static final String CHINESE_TAG = "zh-CN";
    static final String ENGLISH_TAG = "en";
    private static final int COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        Object cookie = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie c) {
            locale = parse(c.getValue());
        }
    }

    public Locale getLocale() {
        return locale;
    }

    /** The BCP 47 tag of the language, for {@code <html lang>}. */
    public String getLanguageTag() {
        return isEnglish() ? ENGLISH_TAG : CHINESE_TAG;
    }

    public boolean isChinese() {
        return !isEnglish();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** Switches to Simplified Chinese and shows the same page again. */
    public void toChinese() throws IOException {
        change(Locale.SIMPLIFIED_CHINESE);
    }

    /** Switches to English and shows the same page again. */
    public void toEnglish() throws IOException {
        change(Locale.ENGLISH);
    }

    private void change(Locale chosen) throws IOException {
        locale = chosen;
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(chosen);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("path", external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath());
        properties.put("maxAge", COOKIE_MAX_AGE);
        properties.put("httpOnly", Boolean.TRUE);
        if (external.getRequest() instanceof HttpServletRequest request && request.isSecure()) {
            properties.put("secure", Boolean.TRUE);
        }
        external.addResponseCookie(COOKIE, getLanguageTag(), properties);
        // Post/Redirect/Get: the page comes back in the new language and a reload does not re-post
        String viewId = faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
        if (viewId != null && viewId.startsWith("/")) {
            // with the page's view parameters (?id=, ?year=), so the same inspection or year comes back
            external.redirect(faces.getApplication().getViewHandler().getRedirectURL(faces, viewId, Map.of(), true));
        } else {
            faces.renderResponse();
        }
    }

    static Locale parse(String tag) {
        return ENGLISH_TAG.equalsIgnoreCase(tag) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
