package com.dealercs.infrastructure.imports.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV text (RFC 4180: comma separated, fields quoted with double quotes, which
 * may hold commas, quotes doubled and line breaks). Blank lines come through as blank records so
 * that every record knows the physical line it starts on.
 */
final class CsvRecords implements RecordSource {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    /** The last line of the previous record. */
    private long lastLine;

    CsvRecords(InputStream in, TextEncoding.Decision encoding) throws IOException {
        try {
            in.skipNBytes(encoding.skip());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        this.records = parser.iterator();
    }

    @Override
    public RawRecord next() {
        int line = Math.toIntExact(lastLine + 1);
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw FileRefusedException.because(cause.toString(), e, "import.file.encoding");
            }
            throw FileRefusedException.because(String.valueOf(cause.getMessage()), e, "import.file.malformedCsv",
                    String.valueOf(line));
        }
        lastLine = parser.getCurrentLineNumber();
        return new RawRecord(line, record.toList());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
