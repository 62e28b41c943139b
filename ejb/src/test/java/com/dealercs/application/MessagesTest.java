package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Locale serverDefault = Locale.getDefault();

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(serverDefault);
    }

    @Test
    void messagesComeInChineseAndEnglishWithTheirArguments() {
        assertEquals("密码至少需要 12 个字符。", Messages.format(Messages.CHINESE, "password.tooShort", 12));
        assertEquals("The password must have at least 12 characters.",
                Messages.format(Locale.ENGLISH, "password.tooShort", 12));
    }

    @Test
    void anEnglishCallerReadsEnglishOnAChineseServer() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

        assertEquals("A password is required.", Messages.format(Locale.ENGLISH, "password.required"));
        assertEquals("A password is required.", Messages.format(Locale.US, "password.required"));
    }

    @Test
    void everyEnglishKeyHasAChineseText() {
        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle("com.dealercs.application.messages",
                Locale.ROOT);
        for (String key : english.keySet()) {
            if (key.startsWith("ChecklistMap.")) {
                continue;       // the checklists' names, written alike in both languages
            }
            String chinese = Messages.format(Messages.CHINESE, key, 1);
            assertEquals(true, chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    key + " has a Chinese text: " + chinese);
        }
    }

    @Test
    void aStateGivenAsAnArgumentIsPutInWordsNeverAsItsCode() {
        assertEquals("评价年度 2025 的状态为已审批：成绩已冻结，不能重新计算。须由管理员先重新开放该年度。",
                Messages.format(Messages.CHINESE, "calculation.year.locked", 2025,
                        com.dealercs.domain.model.year.YearState.APPROVED));
        assertEquals("Inspection 7 is submitted: only a draft changes.", Messages.format(Locale.ENGLISH,
                "inspection.notDraft", 7, com.dealercs.domain.model.facts.InspectionStatus.SUBMITTED));
        assertEquals("巡检 7 处于草稿状态：只有已提交的巡检可以审批或退回。", Messages.format(Messages.CHINESE,
                "inspection.notSubmitted", 7, com.dealercs.domain.model.facts.InspectionStatus.DRAFT));
        // every state of a year and an inspection has its words in both languages
        for (Locale locale : java.util.List.of(Messages.CHINESE, Locale.ENGLISH)) {
            for (Enum<?> state : java.util.stream.Stream.concat(
                    java.util.Arrays.stream(com.dealercs.domain.model.year.YearState.values()),
                    java.util.Arrays.stream(com.dealercs.domain.model.facts.InspectionStatus.values())).toList()) {
                String text = Messages.format(locale, "policy.frozen", 2025, state);
                assertEquals(false, text.contains(state.name()), locale + ": " + text);
            }
        }
    }
}
