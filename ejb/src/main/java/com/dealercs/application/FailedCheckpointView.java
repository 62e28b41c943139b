package com.dealercs.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A checkpoint the dealer failed in one of its approved inspections: the checklist
 * ({@code SSI_MAP}/{@code CS_MAP}), quarter, day, the checkpoint's code and its text in both
 * languages, and the supervisor's comment ({@code null} when none). Serializable for the dealer
 * page's view scope.
 */
public record FailedCheckpointView(String map, int quarter, LocalDate inspectionDate, String checkpointCode,
                                   String nameZh, String nameEn, String comment) implements Serializable {

    /** The checkpoint's text in the language asked for: English for English, Chinese otherwise. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
