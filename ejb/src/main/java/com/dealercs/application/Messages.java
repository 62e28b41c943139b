package com.dealercs.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The application's user-facing messages (validation, refusals), in Simplified Chinese and
 * English. Falls back to the base bundle, never to the JVM's default locale, so an English
 * caller on a Chinese server still reads English. An argument that is a state (an enum: a year's
 * {@code APPROVED}, an inspection's {@code DRAFT}) is put in words from the same bundle
 * ({@code YearState.APPROVED}), so no page shows the code.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "com.dealercs.application.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                Messages.class.getClassLoader(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] worded = arguments.clone();
        for (int i = 0; i < worded.length; i++) {
            if (worded[i] instanceof Enum<?> state) {
                String word = state.getDeclaringClass().getSimpleName() + "." + state.name();
                worded[i] = bundle.containsKey(word) ? bundle.getString(word) : state.name();
            }
        }
        return new MessageFormat(pattern, locale).format(worded);
    }
}
