package com.dealercs.interfaces.rest;

import com.dealercs.application.Messages;
import java.util.Locale;

/**
 * The language of the API's messages: Simplified Chinese when the caller's Accept-Language
 * prefers it, otherwise English (the usual language of integrations).
 */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return Messages.CHINESE;
                }
                if (tag.startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header is no reason to fail the request
        }
        return Locale.ENGLISH;
    }
}
