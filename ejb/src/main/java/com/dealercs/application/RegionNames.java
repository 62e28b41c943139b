package com.dealercs.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * A region's name in the reader's language. The network stores each region by its Chinese name
 * (华北, 华东, …: the name HQ and the imports use); English readers get the standard regions'
 * English names from {@code regions_en.properties}. A region HQ adds under another name keeps that
 * name in English too until it is added there. One place for the portal, the exports and the PDF
 * reports, so a region has one English name everywhere.
 */
public final class RegionNames {

    private static final Properties ENGLISH = load();

    private RegionNames() {
    }

    /** {@code 华北} → {@code North China} for an English reader; the stored name otherwise (and for {@code null}). */
    public static String of(String stored, Locale locale) {
        if (stored == null || locale == null || !"en".equals(locale.getLanguage())) {
            return stored;
        }
        return ENGLISH.getProperty(stored.strip(), stored);
    }

    private static Properties load() {
        Properties names = new Properties();
        try (InputStream in = RegionNames.class.getResourceAsStream("regions_en.properties")) {
            if (in != null) {
                names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
