package com.dealercs.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A PDF read back as text by poppler's {@code pdftotext} (Debian's poppler-utils), layout kept. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(Path pdf) {
        try {
            Process process = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("pdftotext could not read " + pdf + ": "
                        + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("pdftotext (poppler-utils) is needed to read " + pdf, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while reading " + pdf, e);
        }
    }

    /** The text without any white space: pdftotext drops or adds narrow spaces at times. */
    public static String squeezed(Path pdf) {
        return of(pdf).replaceAll("\\s+", "");
    }
}
