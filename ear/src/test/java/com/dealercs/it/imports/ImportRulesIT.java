package com.dealercs.it.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Calendar;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The rules of interfaces.md §1, one by one, through the API: rows rejected with their line and a
 * plain reason while the others land, files refused whole, every accepted encoding and format.
 * These tests use dealers X…, and each a year of its own (TestYears).
 */
class ImportRulesIT extends DeployedApplication {

    private static final String DEALERS = """
            dealer_code,name,region,province,city,opened_on,status
            X0001,上海测试一汽车销售服务有限公司,测试区,上海,上海,2020-01-01,ACTIVE
            X0002,上海测试二汽车销售服务有限公司,测试区,上海,上海,2020-01-01,ACTIVE
            X0003,"杭州测试三汽车销售服务有限公司, 分店",测试区,浙江,杭州,2021-06-30,CLOSED
            """;

    private static boolean dealersImported;

    private static synchronized void ensureDealers() {
        if (!dealersImported) {
            Imports.completed("dealers", DEALERS);
            dealersImported = true;
        }
    }

    @Test
    void aFileThatIsNeitherCsvNorXlsxIsRefusedWith400() {
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

        Reply reply = Api.postBytes("/api/v1/imports/training", "admin", adminPassword(), "text/csv", png);

        assertEquals(400, reply.status(), reply.body());
        Api.assertJsonError(reply);
        assertEquals(400, Api.postBytes("/api/v1/imports/training", "admin", adminPassword(), "text/csv",
                new byte[0]).status(), "an empty file too");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedNamingIt() {
        Reply reply = Api.postBytes("/api/v1/imports/dealers", "admin", adminPassword(), "text/csv",
                utf8("dealer_code,name,region,province,opened_on,status\nX0009,某店,测试区,上海,2020-01-01,ACTIVE\n"));

        assertEquals(400, reply.status());
        assertTrue(reply.body().contains("city"), reply.body());
    }

    @Test
    void onlyHqStaffAndAdministratorsImport() {
        ensureDealers();
        Account dealer = Api.createAccount("DEALER", "X0001");
        Account executive = Api.createAccount("EXECUTIVE", null);
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        byte[] file = utf8("year,dealer_code,units\n");

        assertEquals(403, Api.postBytes("/api/v1/imports/volumes", dealer.username(), dealer.password(), "text/csv",
                file).status());
        assertEquals(403, Api.postBytes("/api/v1/imports/volumes", executive.username(), executive.password(),
                "text/csv", file).status());
        assertEquals(401, Api.postBytes("/api/v1/imports/volumes", null, null, "text/csv", file).status());
        assertEquals(403, Api.get("/api/v1/imports", dealer.username(), dealer.password()).status());
        assertEquals(202, Api.postBytes("/api/v1/imports/volumes", supervisor.username(), supervisor.password(),
                "text/csv", file).status());
        assertEquals(404, Api.postBytes("/api/v1/imports/payroll", "admin", adminPassword(), "text/csv", file).status());
    }

    @Test
    void rejectedRowsComeWithTheirLineAndReasonWhileTheOthersLand() {
        ensureDealers();
        int year = TestYears.fresh();
        StringBuilder csv = new StringBuilder("year,dealer_code,session_date,trainer,score\n");
        for (int day = 1; day <= 20; day++) {
            csv.append(String.format("%d,X0001,%d-03-%02d,TAS-王,8.%02d%n", year, year, day, day));
        }
        csv.append(year + ",Z9999," + year + "-04-01,TAS-王,8.00\n");      // line 22: unknown dealer
        csv.append(year + ",X0002," + year + "-04-02,TAS-王,10.01\n");     // line 23: out of range

        JsonNode result = Api.importFile("training", "text/csv", utf8(csv.toString()));

        assertEquals("COMPLETED", result.get("status").asText(), result.toString());
        assertEquals(22, result.get("read").asInt());
        assertEquals(20, result.get("written").asInt());
        assertEquals(2, result.get("rejected").asInt());
        JsonNode errors = result.get("errors");
        assertEquals(22, errors.get(0).get("line").asInt());
        assertTrue(errors.get(0).get("message").asText().contains("Z9999"), errors.toString());
        assertEquals(23, errors.get(1).get("line").asInt());
        assertEquals("score", errors.get(1).get("column").asText());
        assertEquals(20, rowsOfYear("training_score", year));
    }

    @Test
    void moreThanTenPercentRejectedRefusesTheWholeFile() {
        ensureDealers();
        int year = TestYears.fresh();
        StringBuilder csv = new StringBuilder("year,dealer_code,assessed_on,score\n");
        for (int month = 1; month <= 8; month++) {
            csv.append(String.format("%d,X0001,%d-%02d-15,7.50%n", year, year, month));
        }
        csv.append(year + ",X0001," + (year - 1) + "-12-31,7.50\n");    // date outside the row's year
        csv.append(year + ",X0001," + year + "-13-01,7.50\n");          // not a date

        JsonNode result = Api.importFile("crisis", "text/csv", utf8(csv.toString()));

        assertEquals("FAILED", result.get("status").asText(), result.toString());
        assertTrue(result.get("message").asText().contains("10%"), result.toString());
        assertEquals(0, result.get("written").asInt());
        assertEquals(0, rowsOfYear("crisis_assessment", year), "nothing of the file was written");
    }

    @Test
    void aRepeatedKeyWithinTheFileRejectsTheLaterRow() {
        ensureDealers();
        int year = TestYears.fresh();
        StringBuilder csv = new StringBuilder(
                "year,quarter,dealer_code,response_id,awareness,attitude,communication,experience,first_time_resolution\n");
        for (int i = 1; i <= 20; i++) {
            csv.append(String.format("%d,1,X0001,R%dX%04d,8,9,,7,10%n", year, year, i));
        }
        csv.append(year + ",2,X0002,R" + year + "X0005,1,1,1,1,1\n");   // line 22 repeats line 6's response id

        JsonNode result = Api.importFile("csc", "text/csv", utf8(csv.toString()));

        assertEquals("COMPLETED", result.get("status").asText(), result.toString());
        assertEquals(1, result.get("rejected").asInt());
        assertEquals(22, result.get("errors").get(0).get("line").asInt());
        assertTrue(result.get("errors").get(0).get("message").asText().contains("6"), result.toString());
        assertEquals(8, TestDatabase.count("select awareness from csc_response where response_id = ?", "R" + year + "X0005"),
                "the first row with the key is the one kept");
    }

    @Test
    void aGbkFileFromExcelOnChineseWindowsImportsWithoutBeingTold() {
        String csv = "dealer_code,name,region,province,city,opened_on,status\r\n"
                + "X0010,广州番禺测试汽车销售服务有限公司,华南测试区,广东,广州,2019-05-05,ACTIVE\r\n";

        JsonNode result = Api.importFile("dealers", "text/csv", csv.getBytes(Charset.forName("GBK")));

        assertEquals("COMPLETED", result.get("status").asText(), result.toString());
        assertEquals(1, TestDatabase.count("select count(*) from dealer where dealer_code = 'X0010' and "
                + "name = '广州番禺测试汽车销售服务有限公司'"));
    }

    @Test
    void aUtf8FileWithAByteOrderMarkImports() {
        ensureDealers();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        int year = TestYears.fresh();
        byte[] csv = utf8("year,dealer_code,units\n" + year + ",X0001,120\n" + year + ",X0002,80\n");
        byte[] file = new byte[bom.length + csv.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(csv, 0, file, bom.length, csv.length);

        JsonNode result = Api.importFile("volumes", "text/csv", file);

        assertEquals("COMPLETED", result.get("status").asText(), result.toString());
        assertEquals(200, TestDatabase.count("select sum(units) from purchase_volume v join evaluation_year y "
                + "on y.id = v.year_id where y.eval_year = ?", year));
    }

    @Test
    void anXlsxFileReadsBackWhatTheUserTyped() throws IOException {
        ensureDealers();
        int year = TestYears.fresh();
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("培训");
            Row header = sheet.createRow(0);
            String[] columns = {"year", "dealer_code", "session_date", "trainer", "score"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(year);
            row.createCell(1).setCellValue("X0001");
            Calendar day = Calendar.getInstance();
            day.clear();
            day.set(year, Calendar.JUNE, 18);
            row.createCell(2).setCellValue(new Date(day.getTimeInMillis()));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue("TAS-李");
            row.createCell(4).setCellValue(8.01);
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        JsonNode result = Api.importFile("training",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);

        assertEquals("COMPLETED", result.get("status").asText(), result.toString());
        assertEquals(801, TestDatabase.count("select score * 100 from training_score t join evaluation_year y "
                + "on y.id = t.year_id where y.eval_year = ? and t.session_date = ?", year, java.sql.Date.valueOf(year + "-06-18")));
    }

    @Test
    void anInspectionWhoseCheckpointsAreAllNotApplicableIsRefusedAtEntry() {
        ensureDealers();
        int year = TestYears.fresh();
        String header = "year,quarter,dealer_code,map,inspection_date,inspector,checkpoint_code,result\n";
        StringBuilder csv = new StringBuilder(header);
        for (String checkpoint : SSI_CHECKPOINTS) {      // lines 2–37: an inspection that scores
            csv.append(year + ",1,X0001,SSI_MAP," + year + "-03-10,李娜,").append(checkpoint).append(checkpoint.endsWith("1") ? ",FAIL\n" : ",PASS\n");
        }
        for (int i = 0; i < 3; i++) {                     // lines 38–40: nothing applicable, possible = 0
            csv.append(year + ",1,X0002,SSI_MAP," + year + "-03-11,李娜,").append(SSI_CHECKPOINTS[i]).append(",NA\n");
        }

        JsonNode result = Api.importFile("inspections", "text/csv", utf8(csv.toString()));

        assertEquals("COMPLETED", result.get("status").asText(), result.toString());
        assertEquals(36, result.get("written").asInt(), result.toString());
        assertEquals(3, result.get("rejected").asInt(), result.toString());
        for (int i = 0; i < 3; i++) {
            JsonNode error = result.get("errors").get(i);
            assertEquals(38 + i, error.get("line").asInt(), result.toString());
            assertTrue(error.get("message").asText().contains("X0002"), error.toString());
        }
        assertEquals(1, rowsOfYear("inspection", year), "only the inspection that scores landed");

        // an N/A for an inspection that already has an applicable result is a correction, not an empty inspection
        assertEquals("COMPLETED", Api.importFile("inspections", "text/csv",
                utf8(header + year + ",1,X0001,SSI_MAP," + year + "-03-10,李娜,SSI-ENV-02,NA\n")).get("status").asText());
        assertEquals(1, TestDatabase.count("select count(*) from checkpoint_result r join checkpoint c on c.id = r.checkpoint_id "
                + "join inspection i on i.id = r.inspection_id where i.inspection_date = ? "
                + "and c.checkpoint_code = 'SSI-ENV-02' and r.result = 'NA'", java.sql.Date.valueOf(year + "-03-10")));
    }

    private static final String[] SSI_CHECKPOINTS = {"SSI-ENV-01", "SSI-ENV-02", "SSI-ENV-03", "SSI-ENV-04",
        "SSI-ENV-05", "SSI-ENV-06", "SSI-ENV-07", "SSI-ENV-08", "SSI-ENV-09", "SSI-STAFF-01", "SSI-STAFF-02",
        "SSI-STAFF-03", "SSI-STAFF-04", "SSI-RECEPT-01", "SSI-RECEPT-02", "SSI-RECEPT-03", "SSI-RECEPT-04",
        "SSI-RECEPT-05", "SSI-RECEPT-06", "SSI-DRIVE-01", "SSI-DRIVE-02", "SSI-DRIVE-03", "SSI-DRIVE-04",
        "SSI-DEAL-01", "SSI-DEAL-02", "SSI-DEAL-03", "SSI-DEAL-04", "SSI-FOLLOW-01", "SSI-FOLLOW-02",
        "SSI-FOLLOW-03", "SSI-FOLLOW-04", "SSI-CR-01", "SSI-CR-02", "SSI-CR-03", "SSI-TARGET-01", "SSI-TARGET-02"};

    @Test
    void aValueAnImportChangesIsAuditedWithBeforeAfterAndItsLineOnceOnly() {
        ensureDealers();
        int year = TestYears.fresh();
        String header = "year,dealer_code,kind,visit_date,score\n";
        String first = header + year + ",X0001,BASELINE," + year + "-01-15,78.50\n"
                + year + ",X0002,BASELINE," + year + "-01-16,80.00\n";
        String corrected = header + year + ",X0001,BASELINE," + year + "-01-15,78.5\n"
                + year + ",X0002,BASELINE," + year + "-01-16,82.25\n";
        String adjustments = "year,dealer_code,amount,reason\n" + year + ",X0001,-1500.00,投诉处理超时\n";

        assertEquals("COMPLETED", Api.importFile("soc", "text/csv", utf8(first)).get("status").asText());
        assertEquals("COMPLETED", Api.importFile("soc", "text/csv", utf8(corrected)).get("status").asText());
        assertEquals("COMPLETED", Api.importFile("soc", "text/csv", utf8(corrected)).get("status").asText());
        assertEquals("COMPLETED", Api.importFile("adjustments", "text/csv", utf8(adjustments)).get("status").asText());
        assertEquals("COMPLETED", Api.importFile("adjustments", "text/csv", utf8(adjustments)).get("status").asText());

        Reply reply = Api.get("/api/v1/audit?subject=year:" + year, "admin", adminPassword());
        assertEquals(200, reply.status(), reply.body());
        List<JsonNode> changed = new ArrayList<>();
        List<JsonNode> adjusted = new ArrayList<>();
        for (JsonNode entry : reply.json()) {
            switch (entry.get("action").asText()) {
                case "VALUE_CHANGED" -> changed.add(entry);
                case "ADJUSTMENT_CHANGED" -> adjusted.add(entry);
                default -> { }
            }
        }
        // 78.50 → 78.5 is no change; the same file again changes nothing more
        assertEquals(1, changed.size(), reply.body());
        JsonNode change = changed.get(0);
        assertEquals("X0002 SOC BASELINE: 80", change.get("before").asText());
        assertEquals("X0002 SOC BASELINE: 82.25", change.get("after").asText());
        assertEquals("admin", change.get("actor").asText());
        assertTrue(change.get("reason").asText().contains("line 3"), change.toString());
        assertEquals(1, adjusted.size(), "a new adjustment is recorded once: " + reply.body());
        assertTrue(adjusted.get(0).get("before").isNull(), adjusted.get(0).toString());
        assertEquals("adjustment: X0001 -1500 投诉处理超时", adjusted.get(0).get("after").asText());
    }

    @Test
    void shuffledUpperCaseHeadersQuotedCommasAndBlankLinesAreFine() {
        ensureDealers();
        int year = TestYears.fresh();
        String csv = "REASON,Amount,DEALER_CODE,Year\n"
                + "\"负面媒体曝光, 第一次\",-5000.00,X0001," + year + "\n"
                + "\n"
                + "\n"
                + "年度特别贡献奖励,2000,X0002," + year + "\n"
                + "缺少经销商,100.00,," + year + "\n";    // line 6: no dealer code

        JsonNode first = Api.importFile("adjustments", "text/csv", utf8(csv));
        JsonNode again = Api.importFile("adjustments", "text/csv", utf8(csv));

        assertEquals("FAILED", first.get("status").asText(), "1 of 3 rows is more than 10%: " + first);
        assertEquals(6, first.get("errors").get(0).get("line").asInt(), first.toString());
        assertEquals("FAILED", again.get("status").asText());
        String valid = csv.substring(0, csv.lastIndexOf("缺少经销商"));
        assertEquals("COMPLETED", Api.importFile("adjustments", "text/csv", utf8(valid)).get("status").asText());
        assertEquals("COMPLETED", Api.importFile("adjustments", "text/csv", utf8(valid)).get("status").asText());
        assertEquals(2, rowsOfYear("rebate_adjustment", year), "the same file twice adds its adjustments once");
        assertEquals(1, TestDatabase.count("select count(*) from rebate_adjustment a join evaluation_year y "
                + "on y.id = a.year_id where y.eval_year = ? and a.reason = '负面媒体曝光, 第一次' and a.amount = -5000.00", year));
    }

    @Test
    void anApprovedYearRefusesEveryImportAndKeepsItsData() {
        ensureDealers();
        int year = TestYears.fresh();
        String header = "year,dealer_code,kind,visit_date,score\n";
        String csv = header + year + ",X0001,BASELINE," + year + "-01-15,70.00\n";
        assertEquals("COMPLETED", Api.importFile("soc", "text/csv", utf8(csv)).get("status").asText());
        TestDatabase.update("update evaluation_year set state = 'APPROVED' where eval_year = ?", year);

        JsonNode refused = Api.importFile("soc", "text/csv",
                utf8(header + year + ",X0001,BASELINE," + year + "-01-15,99.00\n"));

        assertEquals("FAILED", refused.get("status").asText(), refused.toString());
        assertTrue(refused.get("message").asText().contains(Integer.toString(year)), refused.toString());
        assertEquals(7000, TestDatabase.count("select score * 100 from soc_score s join evaluation_year y "
                + "on y.id = s.year_id where y.eval_year = ?", year));
    }

    @Test
    void aFileOver100MegabytesIsRefusedWith413() throws Exception {
        long size = 100L * 1024 * 1024 + 1;
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/imports/csc"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + adminPassword()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    private long left = size;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'x' : -1;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(length, left);
                        java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                        left -= n;
                        return n;
                    }
                })).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode(), response.body());
    }

    @Test
    void exactlyTenPercentRejectedLandsAndOneRowMoreRefusesTheFile() {
        ensureDealers();
        int year = TestYears.fresh();
        String header = "year,dealer_code,session_date,trainer,score\n";
        StringBuilder valid = new StringBuilder();
        for (int day = 1; day <= 18; day++) {
            valid.append(String.format("%d,X0001,%d-05-%02d,TAS-李,7.%02d%n", year, year, day, day));
        }
        String rejected = year + ",X0001," + year + "-05-30,TAS-李,11\n" + year + ",Z9999," + year + "-05-31,TAS-李,7\n";

        // 2 of 20 rows: 10%, the most the file may lose
        JsonNode landed = Api.importFile("training", "text/csv", utf8(header + valid + rejected));
        // 2 of 19 rows: just over
        JsonNode refused = Api.importFile("training", "text/csv",
                utf8(header + valid.substring(valid.indexOf("\n") + 1) + rejected.replace("-05-3", "-06-3")));

        assertEquals("COMPLETED", landed.get("status").asText(), landed.toString());
        assertEquals(20, landed.get("read").asInt());
        assertEquals(18, landed.get("written").asInt());
        assertEquals(2, landed.get("rejected").asInt());
        assertEquals("FAILED", refused.get("status").asText(), refused.toString());
        assertTrue(refused.get("message").asText().contains("10%"), refused.toString());
        assertEquals(0, refused.get("written").asInt());
        assertEquals(18, rowsOfYear("training_score", year), "the refused file changed nothing");
        assertEquals(0, TestDatabase.count("select count(*) from training_score t join evaluation_year y "
                + "on y.id = t.year_id where y.eval_year = ? and t.session_date >= ?", year,
                java.sql.Date.valueOf(year + "-06-01")));
    }

    /**
     * A write that fails at the database in the middle of the apply step, after thousands of the
     * file's rows went out: another transaction holds the lock of a row the file updates (as a
     * colleague's long edit would), the import's upsert of that row waits until the database gives
     * up, and the import fails. Nothing of the file is left: every value is as the first file set it.
     */
    @Test
    void aFailureInTheMiddleOfTheApplyStepLeavesNothingOfTheFile() throws Exception {
        ensureDealers();
        int year = TestYears.fresh();
        int rows = 2500;
        String first = cscFile(year, rows, 3);
        String second = cscFile(year, rows, 7);
        assertEquals("COMPLETED", Api.importFile("csc", "text/csv", utf8(first)).get("status").asText());
        List<java.util.Map<String, Object>> before = TestDatabase.rows("select c.* from csc_response c "
                + "join evaluation_year y on y.id = c.year_id where y.eval_year = ? order by c.response_id", year);
        assertEquals(rows, before.size());

        JsonNode result;
        try (java.sql.Connection colleague = TestDatabase.connect()) {
            colleague.setAutoCommit(false);
            try (java.sql.PreparedStatement lock = colleague.prepareStatement(
                    "update csc_response set awareness = awareness where response_id = ?")) {
                lock.setString(1, responseId(year, 2100));  // after the first 2,000 rows were sent
                assertEquals(1, lock.executeUpdate());
            }
            result = Api.importFile("csc", "text/csv", utf8(second));
            colleague.rollback();
        }

        assertEquals("FAILED", result.get("status").asText(), result.toString());
        assertEquals(0, result.get("written").asInt(), result.toString());
        assertEquals(before, TestDatabase.rows("select c.* from csc_response c join evaluation_year y "
                + "on y.id = c.year_id where y.eval_year = ? order by c.response_id", year), "nothing of the file");
        JsonNode again = Api.importFile("csc", "text/csv", utf8(second));
        assertEquals("COMPLETED", again.get("status").asText(), "the file imports once the row is free: " + again);
        assertEquals(7L * rows, TestDatabase.count("select sum(c.awareness) from csc_response c "
                + "join evaluation_year y on y.id = c.year_id where y.eval_year = ?", year));
    }

    /** A CSC file of the year: responses of X0001 and X0002, every rating {@code rating}. */
    private static String cscFile(int year, int rows, int rating) {
        StringBuilder csv = new StringBuilder(
                "year,quarter,dealer_code,response_id,awareness,attitude,communication,experience,first_time_resolution\n");
        for (int i = 0; i < rows; i++) {
            csv.append(year).append(",2,X000").append(1 + i % 2).append(',').append(responseId(year, i));
            for (int r = 0; r < 5; r++) {
                csv.append(',').append(rating);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String responseId(int year, int i) {
        return String.format("F%d-%05d", year, i);
    }

    /** How many rows of a fact table belong to the year. */
    private static long rowsOfYear(String table, int year) {
        return TestDatabase.count("select count(*) from " + table + " f join evaluation_year y on y.id = f.year_id"
                + " where y.eval_year = ?", year);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
