package com.dealercs.interfaces.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook read back with POI: typed cells, blanks, neutralised text, the header. */
class SpreadsheetTableTest {

    record Dealer(Integer rank, String code, String name, BigDecimal total, BigDecimal rebate, BigDecimal rate,
                  Instant at) {
    }

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static SpreadsheetTable<Dealer> table() {
        return new SpreadsheetTable<Dealer>("全国排名 2024", BEIJING)
                .integer("全国排名", Dealer::rank)
                .text("经销商代码", Dealer::code)
                .text("经销商名称", Dealer::name)
                .decimal("CS 得分", Dealer::total)
                .money("CS 返利（元）", Dealer::rebate)
                .percent("达标率", Dealer::rate)
                .dateTime("时间", Dealer::at);
    }

    private static final List<Dealer> ROWS = List.of(
            new Dealer(1, "D0001", "上海一号汽车销售服务有限公司", new BigDecimal("91.235"), new BigDecimal("123456.78"),
                    new BigDecimal("0.875"), Instant.parse("2024-12-31T16:30:05Z")),
            new Dealer(null, "D0002", "=HYPERLINK(\"http://evil\",\"x\")", null, new BigDecimal("-1500.00"), null, null),
            new Dealer(2, "-D3", "+86 21 5555", new BigDecimal("80"), BigDecimal.ZERO, BigDecimal.ONE, null),
            new Dealer(3, "@SUM(A1)", "\tTab", new BigDecimal("79.5"), null, null, null),
            new Dealer(4, "\rCR", "＝全角", new BigDecimal("70"), null, null, null));

    @Test
    void numbersAreNumericCellsWithTheirFormatsAndMissingValuesAreBlank() throws IOException {
        try (XSSFWorkbook book = readBack(table(), ROWS)) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("全国排名 2024", sheet.getSheetName());
            Row first = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(0).getCellType());
            assertEquals(1.0, first.getCell(0).getNumericCellValue());
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            assertEquals("1", formatter.formatCellValue(first.getCell(0)), "a rank is an integer, not 1.0");
            assertEquals(CellType.NUMERIC, first.getCell(3).getCellType());
            assertEquals(91.235, first.getCell(3).getNumericCellValue(), 1e-9, "the value keeps its decimals");
            assertEquals("91.24", formatter.formatCellValue(first.getCell(3)));
            assertEquals("123,456.78", formatter.formatCellValue(first.getCell(4)));
            assertEquals("87.5%", formatter.formatCellValue(first.getCell(5)));
            assertEquals(LocalDateTime.of(2025, 1, 1, 0, 30, 5), first.getCell(6).getLocalDateTimeCellValue(),
                    "an instant in Beijing time");
            assertEquals("2025-01-01 00:30:05", formatter.formatCellValue(first.getCell(6)));

            Row second = sheet.getRow(2);
            assertBlank(second.getCell(0));
            assertBlank(second.getCell(3));
            assertBlank(second.getCell(5));
            assertBlank(second.getCell(6));
            assertEquals(-1500.0, second.getCell(4).getNumericCellValue());
            assertEquals("-1,500.00", formatter.formatCellValue(second.getCell(4)));
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(1).getCellType());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysQuotedText() throws IOException {
        try (XSSFWorkbook book = readBack(table(), ROWS)) {
            Sheet sheet = book.getSheetAt(0);
            Cell formula = sheet.getRow(2).getCell(2);
            assertEquals(CellType.STRING, formula.getCellType(), "never a formula cell");
            assertEquals("=HYPERLINK(\"http://evil\",\"x\")", formula.getStringCellValue(), "the text as it was");
            assertTrue(formula.getCellStyle().getQuotePrefixed(), "quote-prefixed: Excel does not evaluate it");
            for (int[] at : new int[][] {{3, 1}, {3, 2}, {4, 1}, {4, 2}, {5, 1}, {5, 2}}) {
                Cell cell = sheet.getRow(at[0]).getCell(at[1]);
                assertEquals(CellType.STRING, cell.getCellType());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), "neutralised: " + cell.getStringCellValue());
            }
            Cell plain = sheet.getRow(1).getCell(2);
            assertEquals("上海一号汽车销售服务有限公司", plain.getStringCellValue());
            assertFalse(plain.getCellStyle().getQuotePrefixed(), "ordinary text is left alone");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "no formula anywhere");
                }
            }
        }
    }

    @Test
    void theHeaderIsBoldFrozenAndColumnsAreWideEnough() throws IOException {
        try (XSSFWorkbook book = readBack(table(), ROWS)) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals(List.of("全国排名", "经销商代码", "经销商名称", "CS 得分", "CS 返利（元）", "达标率", "时间"),
                    java.util.stream.StreamSupport.stream(header.spliterator(), false)
                            .map(Cell::getStringCellValue).toList());
            assertTrue(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(6, sheet.getLastRowNum() + 1, "a header and five rows");
            // 经销商名称: 14 CJK characters are 28 wide, and a little room
            assertTrue(sheet.getColumnWidth(2) >= 28 * 256, "the name fits: " + sheet.getColumnWidth(2));
            assertTrue(sheet.getColumnWidth(0) < sheet.getColumnWidth(2));
        }
    }

    @Test
    void anyZipReaderReadsTheWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table().write(ROWS, out);
        int entries = 0;
        String sheet = "";
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new ByteArrayInputStream(out.toByteArray()))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String content = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (entry.getName().startsWith("xl/worksheets/")) {
                    sheet = content;
                }
                entries++;
            }
        }
        assertTrue(entries > 5, "the parts of an XLSX file");
        assertTrue(sheet.contains("上海一号汽车销售服务有限公司") && sheet.contains("CS 返利（元）"), sheet);
    }

    @Test
    void anEmptyTableIsAHeaderAlone() throws IOException {
        try (XSSFWorkbook book = readBack(table(), List.of())) {
            assertEquals(0, book.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void theDownloadNamesTheFileInChineseWithAnAsciiFallback() {
        assertEquals("attachment; filename=\"___-2024.xlsx\"; filename*=UTF-8''%E8%AF%84%E5%88%86%E5%8D%A1-2024.xlsx",
                SpreadsheetDownload.disposition("评分卡-2024.xlsx"));
    }

    private static void assertBlank(Cell cell) {
        assertTrue(cell == null || cell.getCellType() == CellType.BLANK, "blank: " + cell);
    }

    private static XSSFWorkbook readBack(SpreadsheetTable<Dealer> table, List<Dealer> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.write(rows, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
