package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegionNamesTest {

    @Test
    void theStandardRegionsHaveEnglishNamesAndOthersKeepTheirs() {
        assertEquals("North China", RegionNames.of("华北", Locale.ENGLISH));
        assertEquals("East China", RegionNames.of("华东", Locale.ENGLISH));
        assertEquals("Northeast China", RegionNames.of("东北", Locale.ENGLISH));
        assertEquals("Central China", RegionNames.of("华中", Locale.ENGLISH));
        assertEquals("Northwest China", RegionNames.of("西北", Locale.ENGLISH));
        assertEquals("South China", RegionNames.of("华南", Locale.ENGLISH));
        assertEquals("Southwest China", RegionNames.of("西南", Locale.ENGLISH));
        assertEquals("华北", RegionNames.of("华北", Locale.SIMPLIFIED_CHINESE));
        assertEquals("政策测试区", RegionNames.of("政策测试区", Locale.ENGLISH));
        assertNull(RegionNames.of(null, Locale.ENGLISH));
    }
}
