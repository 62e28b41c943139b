package com.dealercs.interfaces.web.reports;

import com.dealercs.interfaces.web.export.SpreadsheetDownload;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends a gathered PDF report as the answer to a page's (non-AJAX) download button. */
public final class PdfDownload {

    private static final Logger LOG = Logger.getLogger(PdfDownload.class.getName());

    private PdfDownload() {
    }

    /** Writes the report as an attachment and ends the Faces request. */
    public static void send(FacesContext faces, PdfReports.Pdf pdf) {
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseHeader("Content-Disposition", SpreadsheetDownload.disposition(pdf.fileName()));
        external.setResponseHeader("Cache-Control", "no-store");
        try {
            OutputStream out = external.getResponseOutputStream();
            pdf.writeTo(out);
            out.flush();
        } catch (IOException e) {
            // the browser went away mid-download: no one left to tell
            LOG.log(Level.FINE, "The download of " + pdf.fileName() + " was cut off", e);
        }
        faces.responseComplete();
    }
}
