package com.dealercs.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiLocaleTest {

    @Test
    void chineseWhenTheCallerPrefersIt() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiLocale.of("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiLocale.of("zh"));
    }

    @Test
    void englishOtherwise() {
        assertEquals(Locale.ENGLISH, ApiLocale.of(null));
        assertEquals(Locale.ENGLISH, ApiLocale.of(""));
        assertEquals(Locale.ENGLISH, ApiLocale.of("en-US,zh;q=0.5"));
        assertEquals(Locale.ENGLISH, ApiLocale.of("fr-FR"));
        assertEquals(Locale.ENGLISH, ApiLocale.of(";;;not a header"));
    }
}
