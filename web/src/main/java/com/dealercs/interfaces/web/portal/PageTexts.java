package com.dealercs.interfaces.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What every page bean needs to say things: texts of the page's language from the {@code msg}
 * bundle, page messages, Beijing-time stamps and today's date there. In EL the stamps are
 * {@code #{time.minutes(…)}} and {@code #{time.seconds(…)}} ({@link TimeTexts}).
 */
public final class PageTexts {

    /** The distributor works on Beijing time; stored instants are UTC. */
    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIMESTAMP_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final String MESSAGES = "com.dealercs.interfaces.web.i18n.messages";

    private PageTexts() {
    }

    public static Locale locale(FacesContext faces) {
        Locale locale = faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale();
        return locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    /** The {@code msg} bundle of a language known before the view has its locale (a view-scoped bean's creation). */
    public static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(MESSAGES, locale);
    }

    public static String text(FacesContext faces, String key, Object... arguments) {
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = msg.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale(faces)).format(arguments);
    }

    public static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** {@code yyyy-MM-dd HH:mm} on Beijing time; empty for {@code null}. */
    public static String timestamp(Instant instant) {
        return instant == null ? "" : TIMESTAMP.format(instant.atZone(DISPLAY_ZONE));
    }

    /** {@code yyyy-MM-dd HH:mm:ss} on Beijing time; empty for {@code null}. */
    public static String timestampWithSeconds(Instant instant) {
        return instant == null ? "" : TIMESTAMP_SECONDS.format(instant.atZone(DISPLAY_ZONE));
    }

    /** Today on Beijing time. */
    public static LocalDate today() {
        return LocalDate.now(DISPLAY_ZONE);
    }
}
