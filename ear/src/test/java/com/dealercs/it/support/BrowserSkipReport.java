package com.dealercs.it.support;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says at the end of the integration tests which browser tests were skipped and why, so that a
 * build without Chromium is green but not silent (registered in
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener).
 */
public final class BrowserSkipReport implements TestExecutionListener {

    private final List<String> skipped = new ArrayList<>();
    private String reason;

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED || !test.isTest()) {
            return;
        }
        String message = result.getThrowable().map(Throwable::getMessage).orElse("");
        if (message != null && message.startsWith(PortalBrowser.SKIPPED)) {
            skipped.add(test.getLegacyReportingName() + " (" + className(test) + ")");
            reason = message.substring(PortalBrowser.SKIPPED.length());
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (skipped.isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder("\n")
                .append("=".repeat(100)).append('\n')
                .append("BROWSER TESTS SKIPPED (").append(skipped.size()).append("): ").append(reason).append('\n');
        skipped.forEach(test -> report.append("  - ").append(test).append('\n'));
        report.append("CI requires them: CS_BROWSER_TESTS=required (.ci/run) turns a missing browser into a failure.\n")
                .append("=".repeat(100));
        System.out.println(report);
    }

    private static String className(TestIdentifier test) {
        return test.getSource().filter(org.junit.platform.engine.support.descriptor.MethodSource.class::isInstance)
                .map(source -> ((org.junit.platform.engine.support.descriptor.MethodSource) source).getClassName())
                .orElse("?");
    }
}
