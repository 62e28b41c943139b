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
            String chinese = Messages.format(Messages.CHINESE, key, 1);
            assertEquals(true, chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    key + " has a Chinese text: " + chinese);
        }
    }
}
