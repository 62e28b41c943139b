package com.dealercs.interfaces.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.ImportStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every portal text exists in Simplified Chinese and in English, and none is empty: a missing key
 * would show as "???key???" on a page. The English files named {@code _en} only hold comments, so
 * English never falls back to the server's default locale.
 */
class BundleCompletenessTest {

    private static final String DIR = "/com/dealercs/interfaces/web/i18n/";

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties chinese = load(bundle + "_zh_CN.properties");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());
        assertTrue(onlyEnglish.isEmpty(), bundle + ": keys missing in Chinese: " + onlyEnglish);
        assertTrue(onlyChinese.isEmpty(), bundle + ": keys missing in English: " + onlyChinese);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_CN.properties", "faces.properties",
            "faces_zh_CN.properties"})
    void noValueIsEmpty(String file) throws IOException {
        Properties texts = load(file);
        for (String key : texts.stringPropertyNames()) {
            assertTrue(!texts.getProperty(key).isBlank(), file + ": empty value for " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_en.properties", "faces_en.properties"})
    void englishOverlayIsCommentsOnly(String file) throws IOException {
        assertEquals(0, load(file).size(), file + " must hold comments only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_CN.properties", "faces.properties",
            "faces_zh_CN.properties"})
    void patternsWithArgumentsAreValidAndKeepTheirArguments(String file) throws IOException {
        Properties texts = load(file);
        for (String key : texts.stringPropertyNames()) {
            String value = texts.getProperty(key);
            if (value.matches("(?s).*\\{\\d\\}.*")) {
                String formatted = new MessageFormat(value).format(new Object[] {10, 11, 12, 13, 14});
                assertTrue(!formatted.contains("{"), file + ": " + key + " is not a valid MessageFormat pattern");
                assertTrue(!value.contains("'"), file + ": " + key + " contains an apostrophe, which MessageFormat drops");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_CN.properties"})
    void everyRoleHasAName(String file) throws IOException {
        Properties texts = load(file);
        for (Role role : Role.values()) {
            assertNotNull(texts.getProperty("role." + role.name()), file + ": no name for role " + role);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_CN.properties"})
    void everyImportKindAndStatusHasAName(String file) throws IOException {
        Properties texts = load(file);
        for (ImportKind kind : ImportKind.values()) {
            assertNotNull(texts.getProperty("imports.kind." + kind.pathName()), file + ": no name for import kind " + kind);
        }
        for (ImportStatus status : ImportStatus.values()) {
            assertNotNull(texts.getProperty("imports.status." + status.name()), file + ": no name for import status " + status);
        }
    }

    /** Issue 11: the page texts name things in words, not by field names, codes or the spec's sections. */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_CN.properties"})
    void noTextShowsAFieldNameACodeOrASection(String file) throws IOException {
        Properties texts = load(file);
        java.util.regex.Pattern raw = java.util.regex.Pattern.compile(
                "§|\\b(?:missingPolicy|minCoverage|jdpMinSample|cscMinResponses|socBonusTopN|socBonusAmount|rebatePerUnit"
                        + "|csShare|overallWeight|payoutTiers|NOT_RATED|RENORMALIZE)\\b|job execution|作业执行");
        for (String key : texts.stringPropertyNames()) {
            if (key.startsWith("audit.parameter.")) {
                continue;       // how a parameter's value is shown, never itself on a page
            }
            assertTrue(!raw.matcher(texts.getProperty(key)).find(), file + ": " + key + " = " + texts.getProperty(key));
        }
    }

    @org.junit.jupiter.api.Test
    void englishTextsHoldNoChineseAndChineseTextsNoStrayEnglish() throws IOException {
        Properties english = load("messages.properties");
        for (String key : english.stringPropertyNames()) {
            assertTrue(!english.getProperty(key).matches("(?s).*\\p{IsHan}.*") || key.startsWith("lang."),
                    "Chinese in English text " + key + " = " + english.getProperty(key));
        }
    }

    /** Every audit action, every code the trail writes and every policy parameter has its words (AuditTexts). */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_CN.properties"})
    void everyAuditActionCodeAndParameterHasWords(String file) throws IOException {
        Properties texts = load(file);
        for (String action : com.dealercs.domain.model.audit.AuditTrail.ACTIONS) {
            assertNotNull(texts.getProperty("audit.action." + action), file + ": no name for audit action " + action);
        }
        java.util.List<Enum<?>[]> codes = java.util.List.of(com.dealercs.domain.model.year.YearState.values(),
                com.dealercs.domain.model.facts.InspectionStatus.values(),
                com.dealercs.domain.model.facts.CheckpointOutcome.values(),
                com.dealercs.domain.model.network.DealerStatus.values(),
                com.dealercs.domain.model.facts.SocKind.values(),
                com.dealercs.domain.model.scheme.ChecklistMap.values());
        for (Enum<?>[] values : codes) {
            for (Enum<?> code : values) {
                assertNotNull(texts.getProperty("audit.word." + code.name()), file + ": no words for code " + code);
            }
        }
        for (String parameter : java.util.List.of("missingPolicy", "minCoverage", "jdpMinSample", "cscMinResponses",
                "socBonusTopN", "socBonusAmount", "rebatePerUnit", "csShare", "overallWeight", "payoutTiers")) {
            assertNotNull(texts.getProperty("policy." + parameter), file + ": no label for " + parameter);
            assertNotNull(texts.getProperty("audit.parameter." + parameter), file + ": no shape for " + parameter);
        }
    }

    /** One English (and Chinese) name per source: the portal and the PDF reports say the same. */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_CN.properties"})
    void theReportsNameEachSourceAsThePortalDoes(String file) throws IOException {
        Properties portal = load(file);
        Properties reports = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream("/com/dealercs/reports/" + file)) {
            org.junit.jupiter.api.Assumptions.assumeTrue(in != null, "the reports' bundles are not on this class path");
            reports.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : portal.stringPropertyNames()) {
            if (key.startsWith("component.long.") && reports.containsKey(key)) {
                assertEquals(portal.getProperty(key), reports.getProperty(key), file + ": " + key);
            }
        }
        if ("messages.properties".equals(file)) {       // "centre" as the portal writes it, never "center"
            for (String key : portal.stringPropertyNames()) {
                assertTrue(!portal.getProperty(key).toLowerCase(java.util.Locale.ROOT).contains("center"), key);
            }
        }
    }

    private static Properties load(String file) throws IOException {
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(DIR + file)) {
            assertNotNull(in, "missing " + DIR + file);
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
