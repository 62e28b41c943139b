package com.dealercs.infrastructure.imports.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.application.Messages;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.SourceRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV side of the file layer, and the refusals of content that is no table at all. */
class TabularFileTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path temp;

    static List<SourceRow> rows(TabularFile file) {
        return file.rows().collect(Collectors.toList());
    }

    static List<SourceRow> read(byte[] content) throws IOException {
        try (TabularFile file = TabularFile.open(content)) {
            return rows(file);
        }
    }

    static FileRefusedException refused(byte[] content) {
        return assertThrows(FileRefusedException.class, () -> {
            try (TabularFile file = TabularFile.open(content)) {
                rows(file);
            }
        });
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aUtf8CsvGivesItsHeaderAndRowsByLowerCaseColumn() throws IOException {
        try (TabularFile file = TabularFile.open(utf8("year,dealer_code,amount,reason\n"
                + "2024,D0042,2000.00,年度特别贡献奖励\n2024,D0033,-10000.00,重大投诉未及时处理\n"))) {
            assertEquals(TabularFile.Format.CSV, file.format());
            assertEquals(Optional.of(StandardCharsets.UTF_8), file.charset());
            assertEquals(List.of("year", "dealer_code", "amount", "reason"), file.header());
            SourceRow first = file.nextRow();
            assertEquals(2, first.line());
            assertEquals(Map.of("year", "2024", "dealer_code", "D0042", "amount", "2000.00", "reason", "年度特别贡献奖励"),
                    first.valuesByLowerCaseColumn());
            assertEquals(3, file.nextRow().line());
            assertNull(file.nextRow());
            assertNull(file.nextRow());
        }
    }

    @Test
    void aGbkCsvAsChineseExcelSavesItIsDetected() throws IOException {
        String text = "dealer_code,name,region,province,city,opened_on,status\r\n"
                + "D0001,北京宏达斯巴鲁汽车销售服务有限公司,华北,北京,北京,2022-08-15,ACTIVE\r\n"
                + "D0002,天津骏驰斯巴鲁汽车销售服务有限公司,华北,天津,天津,2020-11-20,ACTIVE\r\n"
                + "D0003,乌鲁木齐鑫丰斯巴鲁汽车销售服务有限公司,西北,新疆,乌鲁木齐,2019-05-05,CLOSED\r\n";
        try (TabularFile file = TabularFile.open(text.getBytes(GB18030), ImportKind.DEALERS)) {
            assertEquals(Optional.of(GB18030), file.charset());
            List<SourceRow> rows = rows(file);
            assertEquals(3, rows.size());
            assertEquals("北京宏达斯巴鲁汽车销售服务有限公司", rows.get(0).value("name"));
            assertEquals("乌鲁木齐", rows.get(2).value("city"));
            assertEquals(4, rows.get(2).line());
        }
    }

    @Test
    void aShortGbkFileWithAFewChineseCharactersIsDetectedToo() throws IOException {
        String text = "year,dealer_code,session_date,trainer,score\n"
                + "2024,D0003,2024-09-03,TAS-吴,10.00\n2024,D0003,2024-12-30,TAS-周,7.86\n";
        List<SourceRow> rows = read(text.getBytes(GB18030));
        assertEquals(List.of("TAS-吴", "TAS-周"), rows.stream().map(r -> r.value("trainer")).toList());
    }

    @Test
    void aGbkFileWithCharactersOutsideGb2312ReadsAsGb18030() throws IOException {
        String text = "year,dealer_code,amount,reason\n2024,D0001,100,喆𠮷犇\n";
        assertEquals("喆𠮷犇", read(text.getBytes(GB18030)).get(0).value("reason"));
    }

    @Test
    void aUtf8FileWithAByteOrderMarkLosesTheMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("year,dealer_code,units\n2024,D0001,405\n");
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);
        try (TabularFile file = TabularFile.open(content, ImportKind.VOLUMES)) {
            assertEquals(Optional.of(StandardCharsets.UTF_8), file.charset());
            assertEquals(List.of("year", "dealer_code", "units"), file.header());
            assertEquals("2024", file.nextRow().raw("year"));
        }
    }

    @Test
    void validUtf8IsNeverTakenForGbk() throws IOException {
        // "Café" in UTF-8 is also a valid GBK byte sequence, "Caf茅": UTF-8 wins
        assertEquals("Café", read(utf8("reason\nCafé\n")).get(0).value("reason"));
        assertEquals("Caf茅", new String(utf8("Café"), GB18030));
    }

    @Test
    void headersMatchWhateverTheirCaseOrderOrSurroundingBlanks() throws IOException {
        String text = " SCORE ,Assessed_On,DEALER_CODE,Year,remark\n6.89,2024-03-18,D0001,2024,extra\n";
        try (TabularFile file = TabularFile.open(utf8(text), ImportKind.CRISIS)) {
            assertEquals(List.of("score", "assessed_on", "dealer_code", "year", "remark"), file.header());
            SourceRow row = file.nextRow();
            assertEquals("6.89", row.value("score"));
            assertEquals("2024", row.value("year"));
            assertEquals("extra", row.value("remark"));
        }
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        String text = "year,dealer_code,amount,reason\r\n"
                + "2024,D0001,100,\"奖励, 特别\"\r\n"
                + "2024,D0002,-50,\"第一行\r\n第二行 \"\"引号\"\"\"\r\n"
                + "2024,D0003,1,普通\r\n";
        List<SourceRow> rows = read(utf8(text));
        assertEquals(3, rows.size());
        assertEquals("奖励, 特别", rows.get(0).value("reason"));
        assertEquals("第一行\r\n第二行 \"引号\"", rows.get(1).value("reason"));
        assertEquals(List.of(2, 3, 5), rows.stream().map(SourceRow::line).toList());
    }

    @Test
    void blankLinesAreSkippedButCountForLineNumbers() throws IOException {
        String text = "\n \ncsv_a,csv_b\n\n1,2\n,\n  ,  \n3,4\n\n\n";
        try (TabularFile file = TabularFile.open(utf8(text))) {
            assertEquals(List.of("csv_a", "csv_b"), file.header());
            List<SourceRow> rows = rows(file);
            assertEquals(List.of(5, 8), rows.stream().map(SourceRow::line).toList());
            assertEquals("3", rows.get(1).value("csv_a"));
        }
    }

    @Test
    void shortRowsHaveBlankValuesAndBlankHeaderCellsAreIgnored() throws IOException {
        try (TabularFile file = TabularFile.open(utf8("a,,b,\n1,x,2,y,z\n3\n"))) {
            assertEquals(List.of("a", "b"), file.header());
            assertEquals(Map.of("a", "1", "b", "2"), file.nextRow().valuesByLowerCaseColumn());
            assertEquals(Map.of("a", "3", "b", ""), file.nextRow().valuesByLowerCaseColumn());
        }
    }

    @Test
    void valuesAreKeptAsReadAndStrippedOnRequest() throws IOException {
        SourceRow row = read(utf8("a,b\n\" 1 \",\u00A0x\u3000\n")).get(0);
        assertEquals(" 1 ", row.raw("a"));
        assertEquals("1", row.value("a"));
        assertEquals("x", row.value("b"));
        assertEquals("", row.value("missing"));
    }

    @Test
    void aMissingRequiredColumnRefusesTheFile() {
        FileRefusedException e = assertThrows(FileRefusedException.class,
                () -> TabularFile.open(utf8("year,dealer_code,assessed_on\n2024,D0001,2024-03-18\n"),
                        ImportKind.CRISIS));
        assertEquals("import.file.missingColumn", e.key());
        assertEquals(List.of("score", "year, dealer_code, assessed_on, score"), e.arguments());
        assertEquals("Required column missing: score. The file needs the columns year, dealer_code, assessed_on, score.",
                e.message(Locale.ENGLISH));
        assertEquals("缺少必需的列：score。文件须包含以下列：year, dealer_code, assessed_on, score。",
                e.message(Messages.CHINESE));

        FileRefusedException wrongKind = assertThrows(FileRefusedException.class,
                () -> TabularFile.open(utf8("year,dealer_code,units\n2024,D0001,405\n"), ImportKind.SOC));
        assertEquals(List.of("kind, visit_date, score", "year, dealer_code, kind, visit_date, score"),
                wrongKind.arguments());
    }

    @Test
    void theOptionalCommentColumnMayBeAbsent() throws IOException {
        try (TabularFile file = TabularFile.open(utf8(
                "year,quarter,dealer_code,map,inspection_date,inspector,checkpoint_code,result\n"),
                ImportKind.INSPECTIONS)) {
            assertNull(file.nextRow());
        }
    }

    @Test
    void aColumnTwiceInTheHeaderRefusesTheFile() {
        FileRefusedException e = refused(utf8("year,Score,score\n2024,1,2\n"));
        assertEquals("import.file.duplicateColumn", e.key());
        assertEquals(List.of("score"), e.arguments());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("import.file.empty", refused(new byte[0]).key());
        assertEquals("import.file.empty", refused(utf8("\n\r\n ,, \n")).key());
        assertEquals("import.file.empty", refused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).key());
    }

    @Test
    void binaryContentIsRefusedAsNotTabular() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        FileRefusedException e = refused(garbage);
        assertEquals("import.file.notTabular", e.key());
        assertEquals("The file is neither a CSV text file nor an Excel workbook (XLSX).", e.message(Locale.ENGLISH));

        byte[] pdf = utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        assertEquals("import.file.notTabular", refused(pdf).key());

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("import.file.notTabular", refused(png).key());

        byte[] textWithANulLater = utf8("a,b\n" + "1,2\n".repeat(5000) + "\u0000");
        assertEquals("import.file.notTabular", refused(textWithANulLater).key());
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(utf8("<Types/>"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(utf8("<document/>"));
        }
        assertEquals("import.file.notTabular", refused(bytes.toByteArray()).key());
    }

    @Test
    void aDamagedWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(utf8("<workbook>"));
        }
        assertEquals("import.file.unreadableWorkbook", refused(bytes.toByteArray()).key());
        byte[] truncated = XlsxFileTest.workbookBytes();
        byte[] half = new byte[truncated.length / 2];
        System.arraycopy(truncated, 0, half, 0, half.length);
        assertEquals("import.file.unreadableWorkbook", refused(half).key());
    }

    @Test
    void anOldExcelWorkbookIsRefusedWithAHint() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals("import.file.oldExcel", refused(ole2).key());
    }

    @Test
    void textInAnotherEncodingIsRefused() {
        byte[] latin1 = "reason\nCafé crème, señor\n".getBytes(StandardCharsets.ISO_8859_1);
        FileRefusedException e = refused(latin1);
        assertEquals("import.file.encoding", e.key());
        assertTrue(e.getMessage().contains("detector"), e.getMessage());
    }

    @Test
    void anUnclosedQuoteRefusesTheFileWithItsLine() {
        FileRefusedException e = refused(utf8("a,b\n1,2\n3,\"open\n4,5\n"));
        assertEquals("import.file.malformedCsv", e.key());
        assertEquals(List.of("3"), e.arguments());
        assertEquals("import.file.malformedCsv", refused(utf8("a,b\n1,\"x\"y\n")).key());
    }

    @Test
    void aStreamIsCopiedAsideAndTheCopyDeletedOnClose() throws IOException {
        long before = temporaryUploads();
        byte[] content = utf8("year,dealer_code,units\n2024,D0001,405\n");
        try (InputStream in = new ByteArrayInputStream(content);
             TabularFile file = TabularFile.open(in, ImportKind.VOLUMES)) {
            assertEquals("405", file.nextRow().value("units"));
            assertEquals(before + 1, temporaryUploads());
        }
        assertEquals(before, temporaryUploads());

        assertThrows(FileRefusedException.class, () -> TabularFile.open(new ByteArrayInputStream(new byte[0])));
        assertEquals(before, temporaryUploads(), "a refused upload leaves no copy behind");
    }

    @Test
    void aFileOnDiskIsReadInPlace() throws IOException {
        Path csv = temp.resolve("volumes.csv");
        Files.write(csv, utf8("year,dealer_code,units\n2024,D0001,405\n"));
        try (TabularFile file = TabularFile.open(csv, ImportKind.VOLUMES)) {
            assertEquals(1, rows(file).size());
        }
        assertArrayEquals(utf8("year,dealer_code,units\n2024,D0001,405\n"), Files.readAllBytes(csv));
    }

    private static long temporaryUploads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("dealercs-import-")).count();
        }
    }
}
