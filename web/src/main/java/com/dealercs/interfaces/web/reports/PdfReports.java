package com.dealercs.interfaces.web.reports;

import com.dealercs.application.ReportService;
import com.dealercs.application.ScorecardReport;
import com.dealercs.application.WeakPointsReport;
import com.dealercs.application.YearReport;
import com.dealercs.reports.ReportRenderer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The printed reports as PDF, for the API and the portal's Reports page alike: the data gathered
 * by {@link ReportService} under its access rules, then rendered by the reports module. Each
 * method gathers first (a refusal or an unknown dealer throws before a byte is written) and
 * returns the document, rendered when written; the {@code (…, OutputStream)} forms do both.
 */
@ApplicationScoped
public class PdfReports {

    @Inject
    ReportService reports;

    /** Thread-safe; loads the compiled designs once. */
    private ReportRenderer renderer;

    @PostConstruct
    void loadDesigns() {
        renderer = new ReportRenderer();
    }

    /** A report whose data is gathered, to be rendered into a stream; with its file name. */
    public interface Pdf {

        String fileName();

        void writeTo(OutputStream out) throws IOException;
    }

    public Pdf ranking(int year, Locale locale) {
        YearReport data = reports.year(year);
        return pdf("ranking-" + year + ".pdf", out -> renderer.ranking(data, locale, out));
    }

    public Pdf rebates(int year, Locale locale) {
        YearReport data = reports.year(year);
        return pdf("rebates-" + year + ".pdf", out -> renderer.rebates(data, locale, out));
    }

    public Pdf weakPoints(int year, Locale locale) {
        WeakPointsReport data = reports.weakPoints(year, locale);
        return pdf("weak-points-" + year + ".pdf", out -> renderer.weakPoints(data, locale, out));
    }

    /** A dealer's scorecard; a dealer user gets only its own, once the year is published. */
    public Pdf scorecard(int year, String dealerCode, Locale locale) {
        ScorecardReport data = reports.scorecard(year, dealerCode);
        String code = data.standing().scorecard().dealerCode().replaceAll("[^A-Za-z0-9_-]", "_");
        return pdf("scorecard-" + year + "-" + code + ".pdf", out -> renderer.scorecard(data, locale, out));
    }

    public void ranking(int year, Locale locale, OutputStream out) throws IOException {
        ranking(year, locale).writeTo(out);
    }

    public void rebates(int year, Locale locale, OutputStream out) throws IOException {
        rebates(year, locale).writeTo(out);
    }

    public void weakPoints(int year, Locale locale, OutputStream out) throws IOException {
        weakPoints(year, locale).writeTo(out);
    }

    public void scorecard(int year, String dealerCode, Locale locale, OutputStream out) throws IOException {
        scorecard(year, dealerCode, locale).writeTo(out);
    }

    private interface Rendering {
        void to(OutputStream out);
    }

    private static Pdf pdf(String fileName, Rendering rendering) {
        return new Pdf() {
            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public void writeTo(OutputStream out) {
                rendering.to(out);
            }
        };
    }
}
