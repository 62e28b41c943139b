package com.dealercs.infrastructure.imports.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.ImportRow;
import com.dealercs.domain.model.imports.RowResult;
import com.dealercs.domain.model.imports.RowValidator;
import com.dealercs.domain.model.imports.SourceRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX side of the file layer: cells come back as the text the user typed. */
class XlsxFileTest {

    /**
     * A crisis workbook as a spreadsheet program saves it: header in shared strings (one as rich
     * text), the year as the number 2024.0, scores as doubles, dates as date cells or as text, a
     * blank row, and a second sheet that is not read.
     */
    static byte[] workbookBytes() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy/m/d"));
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);

            Sheet sheet = workbook.createSheet("评估");
            Row header = sheet.createRow(0);
            XSSFRichTextString dealerCode = new XSSFRichTextString("Dealer_Code");
            dealerCode.applyFont(0, 6, bold);
            header.createCell(0).setCellValue(dealerCode);
            header.createCell(1).setCellValue("year");
            header.createCell(2).setCellValue("assessed_on");
            header.createCell(3).setCellValue("SCORE");
            header.createCell(4).setCellValue("note");

            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("D0001");
            first.createCell(1).setCellValue(2024.0);
            Cell date = first.createCell(2);
            date.setCellValue(LocalDate.of(2024, 3, 18));
            date.setCellStyle(dateStyle);
            first.createCell(3).setCellValue(8.01);
            XSSFRichTextString note = new XSSFRichTextString("危机预案良好");
            note.applyFont(0, 2, bold);
            first.createCell(4).setCellValue(note);

            // row 3 stays blank
            Row second = sheet.createRow(3);
            second.createCell(0).setCellValue("D0001"); // the same shared string again
            second.createCell(1).setCellValue(2024);
            second.createCell(2).setCellValue("2024-09-04"); // a date typed as text
            second.createCell(3).setCellValue(0.1 + 0.2);
            second.createCell(4).setCellFormula("CONCATENATE(\"复\",\"评\")");

            Row third = sheet.createRow(4);
            third.createCell(0).setCellValue("D0002");
            third.createCell(1).setCellValue(2024);
            Cell lateDate = third.createCell(2);
            lateDate.setCellValue(LocalDate.of(2024, 12, 31).atTime(17, 45));
            lateDate.setCellStyle(dateStyle);
            third.createCell(3).setCellValue(10);
            third.createCell(4).setCellValue(true);

            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("not read");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    @Test
    void cellsReadBackAsTheTextTheUserTyped() throws IOException {
        try (TabularFile file = TabularFile.open(workbookBytes(), ImportKind.CRISIS)) {
            assertEquals(TabularFile.Format.XLSX, file.format());
            assertEquals(Optional.empty(), file.charset());
            assertEquals(List.of("dealer_code", "year", "assessed_on", "score", "note"), file.header());

            SourceRow first = file.nextRow();
            assertEquals(2, first.line());
            assertEquals(Map.of("dealer_code", "D0001", "year", "2024", "assessed_on", "2024-03-18",
                    "score", "8.01", "note", "危机预案良好"), first.valuesByLowerCaseColumn());

            SourceRow second = file.nextRow();
            assertEquals(4, second.line(), "row numbers of the sheet, the blank row counted");
            assertEquals(Map.of("dealer_code", "D0001", "year", "2024", "assessed_on", "2024-09-04",
                    "score", "0.3", "note", "复评"), second.valuesByLowerCaseColumn());

            SourceRow third = file.nextRow();
            assertEquals(5, third.line());
            assertEquals("2024-12-31", third.value("assessed_on"));
            assertEquals("10", third.value("score"));
            assertEquals("TRUE", third.value("note"));

            assertNull(file.nextRow());
        }
    }

    @Test
    void theRowsOfAWorkbookValidateLikeThoseOfACsv() throws IOException {
        try (TabularFile file = TabularFile.open(workbookBytes(), ImportKind.CRISIS)) {
            RowValidator validator = new RowValidator(ImportKind.CRISIS);
            List<RowResult<ImportRow>> results = file.rows().map(validator::validate).toList();
            assertEquals(3, results.size());
            assertTrue(results.stream().allMatch(RowResult::isValid), results.toString());
        }
    }

    @Test
    void inlineStringsOfAStreamedWorkbookAndManyRowsAreRead() throws IOException {
        int rows = 20_000;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet();
            String[] header = {"year", "quarter", "dealer_code", "response_id", "awareness", "attitude",
                "communication", "experience", "first_time_resolution"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c].toUpperCase());
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(2024);
                row.createCell(1).setCellValue(1 + r % 4);
                row.createCell(2).setCellValue(String.format("D%04d", 1 + r % 60));
                row.createCell(3).setCellValue("R" + r);
                for (int c = 4; c < 9; c++) {
                    if ((r + c) % 7 != 0) { // some ratings left blank: no cell at all
                        row.createCell(c).setCellValue((r * c) % 11);
                    }
                }
            }
            workbook.write(bytes);
            workbook.dispose();
        }
        try (TabularFile file = TabularFile.open(bytes.toByteArray(), ImportKind.CSC)) {
            RowValidator validator = new RowValidator(ImportKind.CSC);
            int count = 0;
            SourceRow row;
            while ((row = file.nextRow()) != null) {
                count++;
                RowResult<ImportRow> result = validator.validate(row);
                assertTrue(result.isValid(), () -> result.problems().toString());
                assertEquals(count + 1, row.line());
            }
            assertEquals(rows, count);
        }
    }

    @Test
    void datesInChineseBuiltInFormatsAndInThe1904DateSystemAreDates() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            CellStyle chinese = workbook.createCellStyle();
            chinese.setDataFormat((short) 31); // yyyy"年"m"月"d"日" in Chinese Excel, known to POI by number only
            CellStyle chineseShort = workbook.createCellStyle();
            chineseShort.setDataFormat((short) 57);
            CellStyle builtin = workbook.createCellStyle();
            builtin.setDataFormat((short) 14);
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("a");
            header.createCell(1).setCellValue("b");
            header.createCell(2).setCellValue("c");
            Row row = sheet.createRow(1);
            Cell a = row.createCell(0);
            a.setCellValue(LocalDate.of(2024, 3, 18));
            a.setCellStyle(chinese);
            Cell b = row.createCell(1);
            b.setCellValue(LocalDate.of(2024, 2, 29));
            b.setCellStyle(chineseShort);
            Cell c = row.createCell(2);
            c.setCellValue(LocalDate.of(2025, 1, 1));
            c.setCellStyle(builtin);
            workbook.write(bytes);
        }
        try (TabularFile file = TabularFile.open(bytes.toByteArray())) {
            assertEquals(Map.of("a", "2024-03-18", "b", "2024-02-29", "c", "2025-01-01"),
                    file.nextRow().valuesByLowerCaseColumn());
        }
    }

    @Test
    void aWorkbookWithOnlyBlankCellsIsEmpty() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new XSSFWorkbook()) {
            workbook.createSheet().createRow(3).createCell(2).setCellValue(" ");
            workbook.write(bytes);
        }
        FileRefusedException e = TabularFileTest.refused(bytes.toByteArray());
        assertEquals("import.file.empty", e.key());
    }
}
