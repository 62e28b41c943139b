package com.dealercs.it.pages;

import static com.dealercs.it.support.DeployedApplication.adminPassword;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.PortalBrowser;
import com.dealercs.it.support.SampleYear;
import com.dealercs.it.support.Scorecards;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The year at a glance on the HQ and executive home pages, and the Excel exports, on a year of this
 * class's own (the sample year's files, calculated, approved and reopened with a reason that starts
 * with "="), plus a dealer whose name starts with "=" and that has no data (NOT_RATED). Every figure
 * on the home page is checked against the API's scorecards of the same year, the charts against a
 * rendered canvas and their table form; every export is opened with POI and its cells checked:
 * numbers are numeric cells, ranks integers, NOT_RATED totals blank, formula-like text stays text.
 * Screenshots of both home pages in both languages land in cs.screenshots.
 */
class YearGlanceAndExportsIT extends DeployedApplication {

    private static final String FORMULA_DEALER = "X0901";
    private static final String FORMULA_NAME = "=SUM(1+2) 导出测试汽车销售服务有限公司";
    private static final String FORMULA_REASON = "=1+1 重新核对数据后再审批";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static int year;

    private PortalBrowser browser;

    @BeforeEach
    void prepare() throws IOException {
        prepareYear();
        browser = PortalBrowser.open();
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        PortalBrowser.closeAfter(browser, "glance-last-", test);
    }

    /** The formula-named dealer leaves the network again, so later classes' years do not carry it. */
    @AfterAll
    static void closeTheDealer() {
        if (year != 0) {
            Imports.dealers(FORMULA_DEALER + ",\"" + FORMULA_NAME + "\",导出测试区,上海,上海,2020-01-01,CLOSED");
        }
    }

    private static synchronized void prepareYear() {
        if (year != 0) {
            return;
        }
        Imports.dealers(FORMULA_DEALER + ",\"" + FORMULA_NAME + "\",导出测试区,上海,上海,2020-01-01,ACTIVE");
        int sample = TestYears.freshLeapYear();
        SampleYear.importInto(sample);
        Scorecards.calculate(sample);
        expect(200, Api.postJson("/api/v1/years/" + sample + "/approval", "admin", adminPassword(), ""));
        expect(200, Api.postJson("/api/v1/years/" + sample + "/reopening", "admin", adminPassword(),
                Map.of("reason", FORMULA_REASON)));
        year = sample;
    }

    // ------------------------------------------------------------------ the year at a glance

    @Test
    void hqStaffSeeTheYearAtAGlanceAsTheApisScorecardsGiveIt() {
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        browser.signIn(supervisor);

        // by default: the newest year with a calculation run
        int newest = ((Number) TestDatabase.rows("select max(y.eval_year) as newest from evaluation_year y"
                + " join calculation_run r on r.year_id = y.id").get(0).get("newest")).intValue();
        assertEquals(Integer.toString(newest), browser.waitFor(By.id("glanceYear")).getAttribute("data-year"));

        browser.get("/hq/index.xhtml?year=" + year);
        assertEquals(Integer.toString(year), browser.waitFor(By.id("glanceYear")).getAttribute("data-year"));
        assertGlanceMatchesTheApi();
        assertChartsRenderedWithTheirTables();

        browser.scrollTo(By.id("glanceTitle"));
        browser.screenshot("glance-hq");
        englishHome();
        browser.get("/hq/index.xhtml?year=" + year);
        browser.waitForText(By.id("glanceTitle"), "The year at a glance", 20);
        assertTrue(browser.text(By.id("glanceState")).contains("Open"), browser.text(By.id("glanceState")));
        assertChartsRenderedWithTheirTables();
        browser.screenshot("glance-hq-en-top");
        browser.scrollTo(By.id("glanceTitle"));
        browser.screenshot("glance-hq-en");
    }

    @Test
    void executivesSeeTheSameGlanceAndWhereTheReportsAre() {
        Account executive = Api.createAccount("EXECUTIVE", null);
        browser.signIn(executive);
        browser.get("/executive/index.xhtml?year=" + year);
        assertEquals(Integer.toString(year), browser.waitFor(By.id("glanceYear")).getAttribute("data-year"));
        assertGlanceMatchesTheApi();
        assertChartsRenderedWithTheirTables();
        assertTrue(browser.driver.findElement(By.cssSelector("#openReports a")).getAttribute("href")
                .endsWith("/hq/reports.xhtml"));
        assertTrue(browser.driver.findElement(By.cssSelector("#openWeakPoints a")).getAttribute("href")
                .endsWith("/hq/weak-points.xhtml"));
        browser.screenshot("glance-executive-top");
        browser.scrollTo(By.id("glanceTitle"));
        browser.screenshot("glance-executive");
        englishHome();
        browser.get("/executive/index.xhtml?year=" + year);
        browser.waitForText(By.id("glanceTitle"), "The year at a glance", 20);
        assertChartsRenderedWithTheirTables();
        browser.scrollTo(By.id("glanceTitle"));
        browser.screenshot("glance-executive-en");
    }

    /** The language switch on a home page (whose title is homeTitle, not pageTitle). */
    private void englishHome() {
        String before = browser.text(By.id("homeTitle"));
        browser.driver.findElement(By.id("languageForm:en")).click();
        browser.patiently(20).until(d -> !d.findElement(By.id("homeTitle")).getText().equals(before));
    }

    /** State, run, counts, average, median, regions, distribution and trend against the API's scorecards. */
    private void assertGlanceMatchesTheApi() {
        List<JsonNode> scorecards = Scorecards.list(year);
        List<BigDecimal> totals = new ArrayList<>();
        Map<String, List<BigDecimal>> regions = new TreeMap<>();
        for (JsonNode s : scorecards) {
            if ("RATED".equals(s.get("status").asText())) {
                BigDecimal total = s.get("total").decimalValue();
                totals.add(total);
                regions.computeIfAbsent(s.get("region").asText(), r -> new ArrayList<>()).add(total);
            }
        }
        assertTrue(totals.size() > 50 && totals.size() < scorecards.size(), "rated and not rated dealers");

        assertEquals("OPEN", browser.waitFor(By.id("glanceState")).getAttribute("data-state"));
        WebElement run = browser.driver.findElement(By.id("glanceRun"));
        assertEquals("admin", run.getAttribute("data-run-by"));
        assertTrue(run.getAttribute("data-run-at").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), run.getAttribute("data-run-at"));
        // the run was approved, then the year reopened: the latest run is no longer a draft
        Object draft = TestDatabase.rows("select r.draft from calculation_run r join evaluation_year y on y.id = r.year_id"
                + " where y.eval_year = ? order by r.id desc", year).get(0).get("draft");
        assertEquals("false", draft.toString());
        assertEquals("false", browser.driver.findElement(By.id("glanceRunKind")).getAttribute("data-draft"));
        assertEquals(Integer.toString(totals.size()), browser.text(By.id("glanceRated")).strip());
        assertEquals(Integer.toString(scorecards.size() - totals.size()), browser.text(By.id("glanceNotRated")).strip());
        assertEquals(average(totals).toPlainString(), browser.text(By.id("glanceAverage")).strip());
        assertEquals(median(totals).toPlainString(), browser.text(By.id("glanceMedian")).strip());

        openTables();
        for (Map.Entry<String, List<BigDecimal>> region : regions.entrySet()) {
            List<WebElement> cells = browser.driver.findElements(
                    By.cssSelector("#glanceRegionsTable tr[data-region='" + region.getKey() + "'] td"));
            assertEquals(3, cells.size(), region.getKey());
            assertEquals(Integer.toString(region.getValue().size()), cells.get(1).getText().strip(), region.getKey());
            assertEquals(average(region.getValue()).toPlainString(), cells.get(2).getText().strip(), region.getKey());
        }
        assertEquals(regions.size(), browser.driver.findElements(By.cssSelector("#glanceRegionsTable tbody tr")).size());

        int binned = 0;
        for (WebElement row : browser.driver.findElements(By.cssSelector("#glanceDistributionTable tbody tr"))) {
            int from = Integer.parseInt(row.getAttribute("data-from"));
            int dealers = Integer.parseInt(row.findElements(By.tagName("td")).get(1).getText().strip());
            long expected = totals.stream().filter(t -> t.compareTo(BigDecimal.valueOf(from)) >= 0
                    && (from == 95 || t.compareTo(BigDecimal.valueOf(from + 5)) < 0)).count();
            assertEquals(expected, dealers, "the band from " + from);
            binned += dealers;
        }
        assertEquals(totals.size(), binned, "every rated dealer in one band");

        List<WebElement> trend = browser.driver.findElements(By.cssSelector("#glanceTrendTable tr[data-year='" + year + "'] td"));
        assertEquals(List.of(Integer.toString(year), Integer.toString(totals.size()), average(totals).toPlainString(),
                median(totals).toPlainString()), trend.stream().map(c -> c.getText().strip()).toList());
    }

    private void openTables() {
        for (String summary : List.of("distributionAsTable", "regionsAsTable", "trendAsTable")) {
            WebElement details = browser.driver.findElement(By.id(summary)).findElement(By.xpath(".."));
            if (details.getAttribute("open") == null) {
                ((JavascriptExecutor) browser.driver).executeScript("arguments[0].open = true;", details);
            }
        }
    }

    /** Each chart is a canvas Chart.js has drawn on; each table under it has rows once opened. */
    private void assertChartsRenderedWithTheirTables() {
        for (String chart : List.of("distributionChart", "regionsChart", "trendChart")) {
            browser.patiently(20).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "var c = document.querySelector(\"[id='glanceForm:" + chart + "'] canvas\");"
                            + " if (!c || c.width === 0 || c.height === 0) return false;"
                            + " var data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                            + " for (var i = 3; i < data.length; i += 4) { if (data[i] !== 0) return true; }"
                            + " return false;")));
        }
        openTables();
        for (String table : List.of("glanceDistributionTable", "glanceRegionsTable", "glanceTrendTable")) {
            assertTrue(browser.waitFor(By.id(table)).isDisplayed(), table);
            assertTrue(!browser.driver.findElements(By.cssSelector("#" + table + " tbody tr")).isEmpty(), table);
        }
    }

    // ------------------------------------------------------------------ the exports

    @Test
    void theRankingExportHoldsNumbersBlanksAndTextAsText() throws IOException {
        browser.signIn(Api.createAccount("SUPERVISOR", null));
        browser.get("/hq/scorecards.xhtml?year=" + year);
        browser.waitFor(By.id("scorecardsForm:export")).click();
        Path file = browser.awaitDownload(".xlsx", 60);
        assertTrue(file.getFileName().toString().contains(Integer.toString(year)), "the year in the name: " + file);

        List<JsonNode> scorecards = Scorecards.list(year);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> column = header(sheet);
            int rank = column.get("全国排名");
            int regional = column.get("区域排名");
            int code = column.get("经销商代码");
            int name = column.get("经销商名称");
            int total = column.get("CS 得分");
            int rebate = column.get("CS 返利（元）");
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "bold header");
            assertTrue(sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane(), "frozen header");
            assertEquals(scorecards.size(), sheet.getLastRowNum(), "a row per scorecard");
            DataFormatter shown = new DataFormatter(Locale.ROOT);
            Map<String, Row> rows = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.put(sheet.getRow(r).getCell(code).getStringCellValue(), sheet.getRow(r));
            }
            for (JsonNode s : scorecards) {
                String dealer = s.get("dealerCode").asText();
                Row row = rows.get(dealer);
                assertNotNull(row, dealer);
                assertEquals(s.get("dealerName").asText(), row.getCell(name).getStringCellValue(), dealer);
                if ("RATED".equals(s.get("status").asText())) {
                    assertNumber(s.get("nationalRank").decimalValue(), row.getCell(rank), dealer + " rank");
                    assertEquals(s.get("nationalRank").asText(), shown.formatCellValue(row.getCell(rank)), "an integer");
                    assertNumber(s.get("regionalRank").decimalValue(), row.getCell(regional), dealer + " regional rank");
                    assertNumber(s.get("total").decimalValue(), row.getCell(total), dealer + " total");
                } else {
                    assertBlank(row.getCell(rank), dealer + " rank");
                    assertBlank(row.getCell(regional), dealer + " regional rank");
                    assertBlank(row.getCell(total), dealer + " total");
                }
                assertNumber(s.get("rebate").get("rebate").decimalValue(), row.getCell(rebate), dealer + " rebate");
            }
            Cell formula = rows.get(FORMULA_DEALER).getCell(name);
            assertEquals(CellType.STRING, formula.getCellType());
            assertEquals(FORMULA_NAME, formula.getStringCellValue());
            assertTrue(formula.getCellStyle().getQuotePrefixed(), "a name starting with = stays text");
            assertNoFormulas(sheet);
        }
    }

    @Test
    void theWeakPointsExportHoldsTheApisRatesAndCountsAsNumbers() throws IOException {
        Account executive = Api.createAccount("EXECUTIVE", null);
        browser.signIn(executive);
        browser.get("/hq/weak-points.xhtml?year=" + year);
        browser.waitFor(By.id("weakForm:exportCheckpoints")).click();
        Path file = browser.awaitDownload(".xlsx", 60);
        assertTrue(file.getFileName().toString().contains(Integer.toString(year)), "the year in the name: " + file);

        Reply reply = Api.get("/api/v1/years/" + year + "/weak-points", executive.username(), executive.password(),
                "zh-CN");
        expect(200, reply);
        JsonNode checkpoints = reply.json().get("checkpoints");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(checkpoints.size(), sheet.getLastRowNum(), "a row per checkpoint");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                JsonNode expected = checkpoints.get(r - 1);
                Row row = sheet.getRow(r);
                String code = expected.get("checkpointCode").asText();
                assertEquals(code, row.getCell(1).getStringCellValue(), "weakest first, as the API orders them");
                assertEquals(expected.get("name").asText(), row.getCell(2).getStringCellValue(), code);
                assertNumber(expected.get("rate").decimalValue(), row.getCell(3), code + " rate");
                assertTrue(row.getCell(3).getCellStyle().getDataFormatString().contains("%"), "a rate shown as a percentage");
                assertNumber(expected.get("pass").decimalValue(), row.getCell(4), code + " pass");
                assertNumber(expected.get("fail").decimalValue(), row.getCell(5), code + " fail");
                assertNumber(expected.get("dealersFailing").decimalValue(), row.getCell(6), code + " dealers failing");
            }
            assertNoFormulas(sheet);
        }
    }

    @Test
    void theRejectedRowsExportHoldsLineNumbersAndTheReasonsAsText() throws IOException {
        StringBuilder csv = new StringBuilder("year,dealer_code,units\n");
        csv.append(year).append(",D0001,=1+1\n");          // line 2: not an integer
        csv.append(year).append(",@SUM(A1),12\n");          // line 3: not a dealer code
        Path upload = Files.createTempDirectory("upload").resolve("volumes-" + year + ".csv");
        Files.writeString(upload, csv.toString());
        browser.signIn(Api.createAccount("SUPERVISOR", null));
        browser.get("/hq/imports.xhtml");
        browser.choose("importForm:kind", "年度销量");
        browser.driver.findElement(By.id("importForm:file_input")).sendKeys(upload.toString());
        browser.patiently(90).until(d -> "2".equals(d.findElement(By.id("importForm:importRejected")).getText().strip()));
        browser.waitFor(By.id("importForm:exportRejections")).click();
        Path file = browser.awaitDownload(".xlsx", 60);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> column = header(sheet);
            assertEquals(2, sheet.getLastRowNum(), "two rejected rows");
            Row first = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(column.get("行号")).getCellType());
            assertEquals(2.0, first.getCell(column.get("行号")).getNumericCellValue());
            Cell reason = first.getCell(column.get("原因"));
            assertEquals(CellType.STRING, reason.getCellType());
            assertTrue(reason.getStringCellValue().contains("=1+1"), reason.getStringCellValue());
            assertEquals(3.0, sheet.getRow(2).getCell(column.get("行号")).getNumericCellValue());
            assertTrue(sheet.getRow(2).getCell(column.get("原因")).getStringCellValue().contains("@SUM(A1)"));
            assertNoFormulas(sheet);
        }
    }

    @Test
    void theAuditExportHoldsDatesAndAReasonStartingWithEqualsAsText() throws IOException {
        browser.signIn(Api.admin());
        browser.get("/admin/audit.xhtml");
        browser.waitFor(By.id("auditForm:subject"));
        browser.choose("auditForm:subject", year + " 年度");
        browser.driver.findElement(By.id("auditForm:search")).click();
        browser.waitForText(By.id("auditForm:entries"), FORMULA_REASON, 30);
        browser.driver.findElement(By.id("auditForm:export")).click();
        Path file = browser.awaitDownload(".xlsx", 60);
        assertTrue(file.getFileName().toString().contains(year + "年度"), "what and which year: " + file);

        Reply reply = Api.get("/api/v1/audit?subject=year:" + year, "admin", adminPassword());
        assertEquals(200, reply.status(), reply.body());
        List<JsonNode> entries = new ArrayList<>();
        reply.json().forEach(entries::add);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> column = header(sheet);
            assertEquals(entries.size(), sheet.getLastRowNum(), "every entry of the year");
            int at = column.get("时间");
            int why = column.get("原因");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertEquals(CellType.NUMERIC, row.getCell(at).getCellType());
                assertTrue(DateUtil.isCellDateFormatted(row.getCell(at)), "a date");
                Cell reason = row.getCell(why);
                if (reason != null && reason.getCellType() == CellType.STRING
                        && FORMULA_REASON.equals(reason.getStringCellValue())) {
                    found = true;
                    assertTrue(reason.getCellStyle().getQuotePrefixed(), "a reason starting with = stays text");
                    JsonNode entry = entries.stream().filter(e -> FORMULA_REASON.equals(e.path("reason").asText()))
                            .findFirst().orElseThrow();
                    LocalDateTime expected = LocalDateTime.ofInstant(Instant.parse(entry.get("at").asText()), BEIJING)
                            .withNano(0);
                    assertEquals(expected, row.getCell(at).getLocalDateTimeCellValue().withNano(0), "Beijing time");
                }
            }
            assertTrue(found, "the reopening's reason is exported");
            assertNoFormulas(sheet);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, Integer> header(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : sheet.getRow(0)) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return columns;
    }

    private static void assertNumber(BigDecimal expected, Cell cell, String what) {
        assertNotNull(cell, what);
        assertEquals(CellType.NUMERIC, cell.getCellType(), what);
        assertEquals(0, expected.compareTo(new BigDecimal(Double.toString(cell.getNumericCellValue()))),
                what + ": " + expected + " vs " + cell.getNumericCellValue());
    }

    private static void assertBlank(Cell cell, String what) {
        assertTrue(cell == null || cell.getCellType() == CellType.BLANK, what + " is blank: " + cell);
    }

    private static void assertNoFormulas(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                assertTrue(cell.getCellType() != CellType.FORMULA, "a formula in " + cell.getAddress());
            }
        }
    }

    private static BigDecimal average(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
        return median.setScale(2, RoundingMode.HALF_UP);
    }

    private static void expect(int status, Reply reply) {
        assertEquals(status, reply.status(), reply.body());
    }
}
