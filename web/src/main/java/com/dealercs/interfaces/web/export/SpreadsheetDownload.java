package com.dealercs.interfaces.web.export;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends a {@link SpreadsheetTable} as the answer to a page's (non-AJAX) export button. */
public final class SpreadsheetDownload {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SpreadsheetDownload() {
    }

    /**
     * Writes the rows as {@code fileName.xlsx} (a Chinese name too: RFC 6266's {@code filename*},
     * with an ASCII fallback) and ends the Faces request.
     */
    public static <T> void send(FacesContext faces, String fileName, SpreadsheetTable<T> table,
                                Iterable<? extends T> rows) {
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(XLSX);
        external.setResponseHeader("Content-Disposition", disposition(fileName + ".xlsx"));
        external.setResponseHeader("Cache-Control", "no-store");
        try {
            OutputStream out = external.getResponseOutputStream();
            table.write(rows, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + fileName, e);
        }
        faces.responseComplete();
    }

    /**
     * The {@code Content-Disposition} of a download from a page (a spreadsheet, a PDF): an
     * attachment named in full by RFC 6266's {@code filename*}, with an ASCII fallback.
     */
    public static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
