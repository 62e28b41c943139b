package com.dealercs.infrastructure.imports.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides the encoding of a CSV upload from its bytes: UTF-8 (with or without a byte-order mark)
 * or GB18030, the superset of the GBK and GB2312 that Excel on a Chinese Windows writes.
 *
 * <p>Content that decodes as strict UTF-8 is UTF-8, whatever else it might also be, so valid
 * UTF-8 is never misread. Otherwise it is GB18030 when it decodes strictly as GB18030 to
 * characters a text can hold (no control characters, no private-use or unassigned code points).
 * A charset detector (juniversalchardet) names what the content looks like for the log; it does
 * not decide, because on short texts it often takes GBK for something else (KOI8-R, or nothing).
 */
final class TextEncoding {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The charset of a text and how many bytes of byte-order mark to skip. */
    record Decision(Charset charset, int skip) {
    }

    private enum Scan { VALID, MALFORMED, CONTROL, UNLIKELY }

    private TextEncoding() {
    }

    static Decision decide(Upload upload) throws IOException {
        boolean bom = startsWith(upload.head(UTF8_BOM.length), UTF8_BOM);
        Scan utf8 = scan(upload, StandardCharsets.UTF_8, bom ? UTF8_BOM.length : 0, false);
        if (utf8 == Scan.VALID) {
            return new Decision(StandardCharsets.UTF_8, bom ? UTF8_BOM.length : 0);
        }
        if (utf8 == Scan.CONTROL) {
            throw FileRefusedException.because("control characters in UTF-8 text", null, "import.file.notTabular");
        }
        if (bom) {
            throw FileRefusedException.because("byte-order mark of UTF-8, but not UTF-8", null,
                    "import.file.encoding");
        }
        Scan gb = scan(upload, GB18030, 0, true);
        if (gb == Scan.VALID) {
            return new Decision(GB18030, 0);
        }
        String guess = guess(upload);
        if (gb == Scan.CONTROL) {
            throw FileRefusedException.because("binary content (detector: " + guess + ")", null,
                    "import.file.notTabular");
        }
        throw FileRefusedException.because("neither UTF-8 nor GB18030 (detector: " + guess + ")", null,
                "import.file.encoding");
    }

    /**
     * Whether {@code bytes} (the start of a file) hold control characters no text file has:
     * NUL and the like, apart from tab, line feed, carriage return and form feed.
     */
    static boolean looksBinary(byte[] bytes) {
        for (byte b : bytes) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** The charset a detector names for the content, GBK and GB2312 named GB18030; "unknown" if none. */
    static String guess(Upload upload) throws IOException {
        UniversalDetector detector = new UniversalDetector();
        byte[] buffer = new byte[8192];
        try (InputStream in = upload.open()) {
            int n;
            long total = 0;
            while (!detector.isDone() && total < 1 << 20 && (n = in.read(buffer)) > 0) {
                detector.handleData(buffer, 0, n);
                total += n;
            }
        }
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return "unknown";
        }
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("GB") || upper.equals("HZ-GB-2312") ? "GB18030" : upper;
    }

    private static Scan scan(Upload upload, Charset charset, int skip, boolean strictCharacters) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[8192];
        try (InputStream in = upload.open()) {
            in.skipNBytes(skip);
            Reader reader = new InputStreamReader(in, decoder);
            int n;
            while ((n = reader.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    Scan verdict = check(buffer[i], strictCharacters);
                    if (verdict != Scan.VALID) {
                        return verdict;
                    }
                }
            }
            return Scan.VALID;
        } catch (CharacterCodingException e) {
            return Scan.MALFORMED;
        }
    }

    private static Scan check(char c, boolean strictCharacters) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r' || c == '\f' ? Scan.VALID : Scan.CONTROL;
        }
        if (c < 0x7F) {
            return Scan.VALID;
        }
        int type = Character.getType(c);
        if (type == Character.CONTROL) {
            return Scan.CONTROL;
        }
        if (strictCharacters && (type == Character.PRIVATE_USE || type == Character.UNASSIGNED)) {
            return Scan.UNLIKELY;
        }
        return Scan.VALID;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
