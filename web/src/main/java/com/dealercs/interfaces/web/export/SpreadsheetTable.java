package com.dealercs.interfaces.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as an Excel workbook (XLSX) that Excel reads right: one sheet, a bold frozen header row
 * with the labels given (the user's language), then one row per item, each cell typed after its
 * column: numbers as numbers (integers, scores with two decimals, money with thousands separators,
 * rates as percentages), instants as dates in the given zone, text as text; a missing value
 * ({@code null}) is a blank cell. Text that a spreadsheet would take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return, OWASP's CSV-injection list, and their full-width
 * forms) is stored quote-prefixed: Excel shows it as typed and never evaluates it, even after an edit.
 * Rows are streamed (a window of 100 in memory), so a long audit trail fits.
 *
 * <pre>{@code
 * new SpreadsheetTable<Row>("排名", zone).integer("全国排名", Row::rank).text("经销商名称", Row::name)
 *         .decimal("CS 得分", Row::total).write(rows, out);
 * }</pre>
 */
public final class SpreadsheetTable<T> {

    /** What a column holds, and so its cell type and number format. */
    public enum Kind {
        TEXT(null), INTEGER("0"), DECIMAL("0.00"), MONEY("#,##0.00"), PERCENT("0.0%"), DATE_TIME("yyyy-mm-dd hh:mm:ss");

        private final String format;

        Kind(String format) {
            this.format = format;
        }

        public String format() {
            return format;
        }
    }

    /** One column: its header label, what it holds, and how a row gives its value. */
    public record Column<T>(String label, Kind kind, Function<? super T, ?> value) {
        public Column {
            Objects.requireNonNull(label);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(value);
        }
    }

    /** Characters that make a spreadsheet read text as a formula when they come first. */
    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";
    /** Column widths, in characters (a CJK character counts two). */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final int WINDOW = 100;

    private final String sheetName;
    private final ZoneId zone;
    private final List<Column<T>> columns = new ArrayList<>();

    /** A table for a sheet of this name; instants shown in this zone. */
    public SpreadsheetTable(String sheetName, ZoneId zone) {
        this.sheetName = WorkbookUtil.createSafeSheetName(sheetName);
        this.zone = Objects.requireNonNull(zone);
    }

    public SpreadsheetTable<T> text(String label, Function<? super T, String> value) {
        return add(label, Kind.TEXT, value);
    }

    /** Whole numbers (ranks, counts, line numbers). */
    public SpreadsheetTable<T> integer(String label, Function<? super T, ? extends Number> value) {
        return add(label, Kind.INTEGER, value);
    }

    /** Scores and points, shown with two decimals (the value keeps all of its own). */
    public SpreadsheetTable<T> decimal(String label, Function<? super T, BigDecimal> value) {
        return add(label, Kind.DECIMAL, value);
    }

    /** Yuan, shown with thousands separators and two decimals. */
    public SpreadsheetTable<T> money(String label, Function<? super T, BigDecimal> value) {
        return add(label, Kind.MONEY, value);
    }

    /** A rate as a fraction (0.85 is 85.0 %). */
    public SpreadsheetTable<T> percent(String label, Function<? super T, BigDecimal> value) {
        return add(label, Kind.PERCENT, value);
    }

    /** An instant, as a date and time in the table's zone. */
    public SpreadsheetTable<T> dateTime(String label, Function<? super T, Instant> value) {
        return add(label, Kind.DATE_TIME, value);
    }

    private SpreadsheetTable<T> add(String label, Kind kind, Function<? super T, ?> value) {
        columns.add(new Column<>(label, kind, value));
        return this;
    }

    public List<Column<T>> columns() {
        return List.copyOf(columns);
    }

    /** Writes the rows as a workbook (XLSX) to the stream, which stays open. */
    public void write(Iterable<? extends T> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        // no Zip64 fields: with them, readers on java.util.zip.ZipInputStream reject the entries' sizes
        workbook.setZip64Mode(Zip64Mode.Never);
        try {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            int[] widths = new int[columns.size()];
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).label());
                cell.setCellStyle(styles.header);
                widths[c] = width(columns.get(c).label());
            }
            int r = 0;
            for (T item : rows) {
                Row row = sheet.createRow(++r);
                for (int c = 0; c < columns.size(); c++) {
                    Column<T> column = columns.get(c);
                    widths[c] = Math.max(widths[c], write(row.createCell(c), column.kind(),
                            column.value().apply(item), styles));
                }
            }
            sheet.createFreezePane(0, 1);
            if (!columns.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r), 0, columns.size() - 1));
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, (Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c])) + 2) * 256);
            }
            workbook.write(out);
        } finally {
            workbook.close();     // also deletes the streamed rows' temporary file
        }
    }

    /** Writes one value in its column's type; answers its width in characters. */
    private int write(Cell cell, Kind kind, Object value, Styles styles) {
        if (value == null) {
            cell.setBlank();
            cell.setCellStyle(styles.of(kind));
            return 0;
        }
        switch (kind) {
            case TEXT -> {
                String text = value.toString();
                cell.setCellValue(text);
                cell.setCellStyle(formulaLike(text) ? styles.quoted : styles.text);
                return width(text);
            }
            case DATE_TIME -> {
                LocalDateTime local = LocalDateTime.ofInstant((Instant) value, zone);
                cell.setCellValue(local);
                cell.setCellStyle(styles.dateTime);
                return Kind.DATE_TIME.format().length();
            }
            default -> {
                Number number = (Number) value;
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.of(kind));
                return kind == Kind.MONEY ? number.toString().length() + 4 : number.toString().length() + 1;
            }
        }
    }

    /** Whether a spreadsheet would read the text as a formula (OWASP: CSV injection). */
    static boolean formulaLike(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** Display width: a wide (CJK, full-width) character takes two columns. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            width += point >= 0x1100 ? 2 : 1;
            i += Character.charCount(point);
        }
        return width;
    }

    /** The workbook's cell styles, made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle money;
        final CellStyle percent;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            text = workbook.createCellStyle();
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            integer = numeric(workbook, Kind.INTEGER);
            decimal = numeric(workbook, Kind.DECIMAL);
            money = numeric(workbook, Kind.MONEY);
            percent = numeric(workbook, Kind.PERCENT);
            dateTime = numeric(workbook, Kind.DATE_TIME);
        }

        private static CellStyle numeric(SXSSFWorkbook workbook, Kind kind) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(kind.format()));
            return style;
        }

        CellStyle of(Kind kind) {
            return switch (kind) {
                case TEXT -> text;
                case INTEGER -> integer;
                case DECIMAL -> decimal;
                case MONEY -> money;
                case PERCENT -> percent;
                case DATE_TIME -> dateTime;
            };
        }
    }
}
