package com.dealercs.interfaces.web.hq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.application.ImportService;
import com.dealercs.application.ImportView;
import com.dealercs.application.Problem;
import com.dealercs.domain.model.imports.ImportKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the imports page shows of the service's views, without a server. */
class ImportsBeanTest {

    @Test
    void offersEveryKindByItsPathName() {
        ImportsBean bean = new ImportsBean();
        assertEquals(Arrays.stream(ImportKind.values()).map(ImportKind::pathName).toList(), bean.getKinds());
    }

    @Test
    void hintsTheColumnsOfTheChosenKind() {
        ImportsBean bean = new ImportsBean();
        assertTrue(bean.getRequiredColumns().isEmpty());
        bean.setKind("inspections");
        assertEquals(ImportKind.INSPECTIONS.requiredColumns(), bean.getRequiredColumns());
        assertEquals(List.of("comment"), bean.getOptionalColumns());
        bean.setKind("nonsense");
        assertTrue(bean.getRequiredColumns().isEmpty());
    }

    @Test
    void theSizeLimitIsTheServices() {
        ImportsBean bean = new ImportsBean();
        assertEquals(ImportService.MAX_BYTES, bean.getMaxBytes());
        assertEquals(100, bean.getMaxMegabytes());
    }

    @Test
    void aRunningImportShowsOnBeijingTime() {
        ImportsBean.ImportRow row = new ImportsBean.ImportRow(view("STARTED", null, null), Locale.SIMPLIFIED_CHINESE);
        assertTrue(row.isRunning());
        assertEquals("info", row.getStatusSeverity());
        assertEquals("2025-01-02 00:30", row.getStartedAtText());
        assertEquals("", row.getFinishedAtText());
        assertNull(row.getFailure());
    }

    @Test
    void statusesHaveTheirColours() {
        Instant end = Instant.parse("2025-01-01T16:31:00Z");
        assertEquals("success", new ImportsBean.ImportRow(view("COMPLETED", null, end), Locale.ENGLISH).getStatusSeverity());
        ImportsBean.ImportRow failed = new ImportsBean.ImportRow(view("FAILED", null, end), Locale.ENGLISH);
        assertEquals("danger", failed.getStatusSeverity());
        assertTrue(failed.isFailed());
        assertFalse(failed.isRunning());
        assertEquals("2025-01-02 00:31", failed.getFinishedAtText());
    }

    @Test
    void aRefusalReadsInTheUsersLanguage() {
        Problem refusal = Problem.of("file", "import.file.tooManyRejected", 30, 100);
        String english = new ImportsBean.ImportRow(view("FAILED", refusal, Instant.now()), Locale.ENGLISH).getFailure();
        String chinese = new ImportsBean.ImportRow(view("FAILED", refusal, Instant.now()), Locale.SIMPLIFIED_CHINESE)
                .getFailure();
        assertTrue(english.contains("10%"), english);
        assertTrue(chinese.contains("整个文件被拒绝"), chinese);
    }

    private static ImportView view(String status, Problem failure, Instant finishedAt) {
        return new ImportView(7, "volumes", status, 100, 70, 30, List.of(), failure, "销量.csv", "hq1",
                Instant.parse("2025-01-01T16:30:00Z"), finishedAt);
    }
}
