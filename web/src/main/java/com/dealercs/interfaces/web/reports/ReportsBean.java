package com.dealercs.interfaces.web.reports;

import static com.dealercs.interfaces.web.portal.PageTexts.error;
import static com.dealercs.interfaces.web.portal.PageTexts.locale;
import static com.dealercs.interfaces.web.portal.PageTexts.text;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.ScorecardService;
import com.dealercs.application.ScorecardView;
import com.dealercs.application.YearOverview;
import com.dealercs.interfaces.web.portal.YearPage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The page "报表 / Reports" (HQ staff, executives, administrators): choose a year, see its state and
 * latest run, and download its printed reports in the page's language: the national ranking, the
 * rebates, the weak points, and one dealer's scorecard. A year without a calculation run has no
 * reports to print, so its downloads are not offered.
 */
@Named
@ViewScoped
public class ReportsBean extends YearPage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ReportsBean.class.getName());

    @Inject
    ScorecardService scorecards;

    @Inject
    PdfReports pdfReports;

    /** The dealers of the chosen year's latest run, for the scorecard download: code and name. */
    private List<DealerChoice> dealers = List.of();
    private String dealerCode;
    private boolean unavailable;

    /** A dealer as the scorecard download offers it. */
    public record DealerChoice(String code, String name) implements Serializable {
    }

    @PostConstruct
    void init() {
        try {
            offer(scorecards.years(), YearOverview::calculated);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the evaluation years for the reports page", e);
            unavailable = true;
        }
        loadDealers();
    }

    @Override
    protected void yearChosen() {
        loadDealers();
    }

    private void loadDealers() {
        dealerCode = null;
        dealers = List.of();
        if (!isCalculated()) {
            return;
        }
        try {
            dealers = scorecards.list(getYear()).stream()
                    .sorted(java.util.Comparator.comparing(ScorecardView::dealerCode))
                    .map(s -> new DealerChoice(s.dealerCode(), s.dealerName()))
                    .toList();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the dealers of " + getYear() + " for the reports page", e);
            unavailable = true;
        }
    }

    // ------------------------------------------------------------------ downloads (non-AJAX buttons)

    public void downloadRanking() {
        download(pdfReports::ranking);
    }

    public void downloadRebates() {
        download(pdfReports::rebates);
    }

    public void downloadWeakPoints() {
        download(pdfReports::weakPoints);
    }

    public void downloadScorecard() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String code = dealerCode;
        if (code == null || dealers.stream().noneMatch(d -> d.code().equals(code))) {
            error(faces, text(faces, "reports.dealer.required"));
            return;
        }
        download((year, locale) -> pdfReports.scorecard(year, code, locale));
    }

    /**
     * Gathers the report first (a refusal becomes a message on the page, nothing sent), then
     * sends it as the answer to the button.
     */
    private void download(BiFunction<Integer, Locale, PdfReports.Pdf> report) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Integer year = getYear();
        if (year == null || !isCalculated()) {
            error(faces, text(faces, "reports.notCalculated"));
            return;
        }
        PdfReports.Pdf pdf;
        try {
            pdf = report.apply(year, locale(faces));
        } catch (ApplicationFailure e) {
            error(faces, e.message(locale(faces)));
            return;
        } catch (EJBAccessException e) {
            error(faces, text(faces, "reports.forbidden"));
            return;
        }
        PdfDownload.send(faces, pdf);
    }

    // ------------------------------------------------------------------ what the page shows

    /** A draft watermark is printed on the reports while the year is not approved. */
    public boolean isDraft() {
        String state = getState();
        return state != null && "OPEN".equals(state);
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public List<DealerChoice> getDealers() {
        return dealers;
    }

    public String getDealerCode() {
        return dealerCode;
    }

    public void setDealerCode(String dealerCode) {
        this.dealerCode = dealerCode;
    }
}
