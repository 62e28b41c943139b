package com.dealercs.infrastructure.imports.file;

import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.SourceRow;
import com.dealercs.domain.model.imports.Text;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An uploaded import file read as a table: a header row, then data rows one at a time (never the
 * whole file in memory as objects). The format is decided by the content, never by the name: an
 * XLSX workbook (a zip with {@code xl/workbook.xml}; its first sheet) or CSV text (UTF-8 with or
 * without a byte-order mark, or GB18030/GBK). Anything else is refused with a
 * {@link FileRefusedException}.
 *
 * <p>The header is the first non-blank row; its names are trimmed and lower-cased, columns may
 * come in any order, and blank header cells are ignored with their columns. Blank rows are skipped
 * but still count for line numbers: a {@link SourceRow#line()} is the physical line in a CSV file
 * (header = line 1, a quoted line break makes a row span lines) and the row number in a sheet.
 *
 * <pre>{@code
 * try (TabularFile file = TabularFile.open(in, ImportKind.CSC)) {   // refuses a missing column
 *     SourceRow row;
 *     while ((row = file.nextRow()) != null) { ... }
 * }
 * }</pre>
 *
 * Not thread-safe. Reading may still throw {@link FileRefusedException} after opening, when a
 * later part of the file turns out malformed (an unclosed quote, a damaged sheet).
 */
public final class TabularFile implements Closeable {

    /** The format a file was found to have. */
    public enum Format { CSV, XLSX }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final int SNIFF = 8192;

    private final Upload upload;
    private final RecordSource records;
    private final Format format;
    private final Charset charset;
    /** Lower-case column name by position; null where the header cell is blank. */
    private final String[] columns;
    private final List<String> header;
    private SourceRow pending;

    private TabularFile(Upload upload, RecordSource records, Format format, Charset charset) {
        this.upload = upload;
        this.records = records;
        this.format = format;
        this.charset = charset;
        RawRecord first = nextNonBlank();
        if (first == null) {
            throw FileRefusedException.of("import.file.empty");
        }
        this.columns = new String[first.values().size()];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            String name = Text.strip(first.value(i)).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (names.contains(name)) {
                throw FileRefusedException.of("import.file.duplicateColumn", name);
            }
            names.add(name);
            columns[i] = name;
        }
        this.header = Collections.unmodifiableList(names);
    }

    /**
     * Reads an upload from a stream, which is copied to a temporary file (deleted on
     * {@link #close()}) so that its content can be examined before it is parsed. Does not close
     * {@code in}.
     *
     * @throws FileRefusedException the content is not a CSV or XLSX table
     */
    public static TabularFile open(InputStream in) throws IOException {
        return open(Upload.spool(in));
    }

    /** As {@link #open(InputStream)}, then {@link #requireColumns(ImportKind)}. */
    public static TabularFile open(InputStream in, ImportKind kind) throws IOException {
        return requiring(open(in), kind);
    }

    /** Reads a file in place (it is neither changed nor deleted). */
    public static TabularFile open(Path file) throws IOException {
        return open(Upload.of(file));
    }

    /** As {@link #open(Path)}, then {@link #requireColumns(ImportKind)}. */
    public static TabularFile open(Path file, ImportKind kind) throws IOException {
        return requiring(open(file), kind);
    }

    /** Reads content held in memory. */
    public static TabularFile open(byte[] content) throws IOException {
        return open(Upload.of(content));
    }

    /** As {@link #open(byte[])}, then {@link #requireColumns(ImportKind)}. */
    public static TabularFile open(byte[] content, ImportKind kind) throws IOException {
        return requiring(open(content), kind);
    }

    private static TabularFile requiring(TabularFile file, ImportKind kind) throws IOException {
        try {
            file.requireColumns(kind);
            return file;
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private static TabularFile open(Upload upload) throws IOException {
        RecordSource records = null;
        try {
            byte[] head = upload.head(SNIFF);
            if (head.length == 0) {
                throw FileRefusedException.of("import.file.empty");
            }
            TabularFile file;
            if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
                Path path = upload.path();
                requireWorkbook(path);
                records = XlsxRecords.open(path);
                file = new TabularFile(upload, records, Format.XLSX, null);
            } else if (startsWith(head, OLE2)) {
                throw FileRefusedException.because("OLE2 compound document", null, "import.file.oldExcel");
            } else if (startsWith(head, PDF) || TextEncoding.looksBinary(head)) {
                throw FileRefusedException.because("binary content", null, "import.file.notTabular");
            } else {
                TextEncoding.Decision encoding = TextEncoding.decide(upload);
                records = new CsvRecords(upload.open(), encoding);
                file = new TabularFile(upload, records, Format.CSV, encoding.charset());
            }
            return file;
        } catch (IOException | RuntimeException e) {
            closeQuietly(records, e);
            closeQuietly(upload, e);
            throw e;
        }
    }

    /** Refuses a zip that is not an XLSX workbook (a DOCX, an ODS, any other archive). */
    private static void requireWorkbook(Path path) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            ZipEntry workbook = zip.getEntry("xl/workbook.xml");
            if (workbook == null) {
                throw FileRefusedException.because("a zip without xl/workbook.xml", null, "import.file.notTabular");
            }
        } catch (IOException e) {
            throw FileRefusedException.because(e.toString(), e, "import.file.unreadableWorkbook");
        }
    }

    public Format format() {
        return format;
    }

    /** The charset a CSV file was read with (UTF-8 or GB18030); empty for XLSX. */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /** The header's column names, trimmed and lower case, in file order (blank cells left out). */
    public List<String> header() {
        return header;
    }

    /**
     * Refuses the file unless its header has every one of {@code required} (lower case), with
     * {@code import.file.missingColumn}: the missing names, then all required names.
     */
    public void requireColumns(Collection<String> required) {
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!header.contains(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw FileRefusedException.of("import.file.missingColumn", String.join(", ", missing),
                    String.join(", ", required));
        }
    }

    /** {@link #requireColumns(Collection)} with the kind's required columns. */
    public void requireColumns(ImportKind kind) {
        requireColumns(kind.requiredColumns());
    }

    /**
     * The next non-blank data row, or null at the end of the file. Its map holds every named
     * column of the header; a value the row lacks is "".
     *
     * @throws FileRefusedException the rest of the file cannot be read
     */
    public SourceRow nextRow() {
        if (pending != null) {
            SourceRow row = pending;
            pending = null;
            return row;
        }
        RawRecord record = nextNonBlank();
        if (record == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null) {
                values.put(columns[i], record.value(i));
            }
        }
        return new SourceRow(record.line(), values);
    }

    /** The remaining data rows, read as the stream is consumed. */
    public Stream<SourceRow> rows() {
        Iterator<SourceRow> iterator = new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pending = nextRow();
                }
                return pending != null;
            }

            @Override
            public SourceRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SourceRow row = pending;
                pending = null;
                return row;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private RawRecord nextNonBlank() {
        RawRecord record;
        do {
            record = records.next();
        } while (record != null && record.isBlank());
        return record;
    }

    @Override
    public void close() throws IOException {
        try {
            records.close();
        } finally {
            upload.close();
        }
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

    private static void closeQuietly(Closeable closeable, Exception failure) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException | UncheckedIOException e) {
            failure.addSuppressed(e);
        }
    }
}
