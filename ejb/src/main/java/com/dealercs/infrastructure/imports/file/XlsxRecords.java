package com.dealercs.infrastructure.imports.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

/**
 * The rows of the first worksheet of an XLSX workbook, read as a stream (StAX over the sheet's
 * XML, so a sheet of 200,000 rows never sits in memory as cell objects; only the shared-string
 * table does). Each cell comes back as the text the user typed: shared and inline strings (rich
 * text runs joined, phonetic runs left out), numbers as plain decimals, date cells as yyyy-MM-dd,
 * booleans as TRUE/FALSE, formulas as their cached result.
 */
final class XlsxRecords implements RecordSource {

    private static final Pattern ISO_DATE_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable sharedStrings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private int lastRow;
    private boolean finished;

    private XlsxRecords(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException, XMLStreamException {
        this.pkg = pkg;
        XSSFReader reader = new XSSFReader(pkg, true);
        this.sharedStrings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = reader.getStylesTable();
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        try (InputStream workbook = reader.getWorkbookData()) {
            this.date1904 = isDate1904(factory, workbook);
        }
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw FileRefusedException.of("import.file.noSheet");
        }
        this.sheet = sheets.next();
        this.xml = factory.createXMLStreamReader(sheet);
    }

    /** Opens the first sheet of the workbook in {@code file}. */
    static XlsxRecords open(Path file) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxRecords(pkg);
        } catch (FileRefusedException e) {
            revert(pkg);
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | POIXMLException
                 | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            revert(pkg);
            throw FileRefusedException.because(e.toString(), e, "import.file.unreadableWorkbook");
        }
    }

    @Override
    public RawRecord next() {
        if (finished) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    return row();
                }
                if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
                    break;
                }
            }
            finished = true;
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof FileRefusedException refused) {
                throw refused;
            }
            throw FileRefusedException.because(e.toString(), e, "import.file.unreadableWorkbook");
        }
    }

    /** Reads a {@code row} element; the reader is on its start. */
    private RawRecord row() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int number = r == null ? lastRow + 1 : Integer.parseInt(r.trim());
        lastRow = number;
        List<String> values = new ArrayList<>();
        int lastColumn = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String reference = xml.getAttributeValue(null, "r");
                int column = reference == null ? lastColumn + 1 : columnOf(reference);
                lastColumn = column;
                String value = cell();
                while (values.size() <= column) {
                    values.add("");
                }
                values.set(column, value);
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        return new RawRecord(number, values);
    }

    /** Reads a {@code c} element and returns its text; the reader is on its start. */
    private String cell() throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        StringBuilder inline = null;
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        String text = xml.getElementText();
                        if (inline != null && phonetic == 0) {
                            inline.append(text);
                        }
                    }
                    default -> {
                        // f (formula), extLst: the cached value in v is what counts
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("rPh".equals(name)) {
                    phonetic--;
                } else if ("c".equals(name)) {
                    break;
                }
            }
        }
        return text(type, style, value, inline);
    }

    private String text(String type, String style, String value, StringBuilder inline) {
        if ("inlineStr".equals(type)) {
            return inline == null ? (value == null ? "" : value) : inline.toString();
        }
        if (value == null) {
            return "";
        }
        if (type == null || "n".equals(type)) {
            if (value.isBlank()) {
                return "";
            }
            double number = Double.parseDouble(value.trim());
            if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(number, date1904);
                return dateTime.toLocalDate().toString();
            }
            return ExcelValues.numberText(number);
        }
        return switch (type) {
            case "s" -> sharedStrings.getItemAt(Integer.parseInt(value.trim())).getString();
            case "b" -> "1".equals(value.trim()) || "true".equalsIgnoreCase(value.trim()) ? "TRUE" : "FALSE";
            case "d" -> ISO_DATE_START.matcher(value).matches() ? value.substring(0, 10) : value;
            default -> value; // str (a formula's text), e (an error such as #N/A)
        };
    }

    private boolean isDateStyle(String style) {
        if (style == null || styles == null) {
            return false;
        }
        int index = Integer.parseInt(style.trim());
        return dateStyles.computeIfAbsent(index, i -> {
            if (i < 0 || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            if (cellStyle == null) {
                return false;
            }
            int format = cellStyle.getDataFormat();
            String pattern = cellStyle.getDataFormatString();
            return DateUtil.isADateFormat(format, pattern) || isEastAsianBuiltinDate(format, pattern);
        });
    }

    /**
     * The built-in formats 27–36 and 50–58 are the dates and times of Chinese (Japanese, Korean)
     * Excel, such as {@code yyyy"年"m"月"d"日"} (31); a workbook refers to them by number only, and
     * POI knows them as "reserved" formats.
     */
    private static boolean isEastAsianBuiltinDate(int format, String pattern) {
        boolean eastAsian = (format >= 27 && format <= 36) || (format >= 50 && format <= 58);
        return eastAsian && (pattern == null || pattern.startsWith("reserved"));
    }

    /** The 0-based column of a cell reference such as {@code AB12}. */
    static int columnOf(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0) {
            throw new IllegalArgumentException("Not a cell reference: " + reference);
        }
        return column - 1;
    }

    private static boolean isDate1904(XMLInputFactory factory, InputStream workbook) throws XMLStreamException {
        XMLStreamReader reader = factory.createXMLStreamReader(workbook);
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if ("workbookPr".equals(name)) {
                        String value = reader.getAttributeValue(null, "date1904");
                        return "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                    if ("sheets".equals(name)) {
                        return false;
                    }
                }
            }
            return false;
        } finally {
            reader.close();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing anyway
        }
        sheet.close();
        revert(pkg);
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }
}
