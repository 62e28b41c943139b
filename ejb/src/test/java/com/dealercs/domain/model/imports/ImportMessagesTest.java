package com.dealercs.domain.model.imports;

import static com.dealercs.domain.model.imports.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.application.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The import messages read plainly in both languages, and every key the code uses has both. */
class ImportMessagesTest {

    private static String english(RowResult<?> result) {
        RowProblem problem = result.problems().get(0);
        return Messages.format(Locale.ENGLISH, problem.messageKey(), problem.args().toArray());
    }

    private static String chinese(RowResult<?> result) {
        RowProblem problem = result.problems().get(0);
        return Messages.format(Messages.CHINESE, problem.messageKey(), problem.args().toArray());
    }

    @Test
    void rowProblemsSayWhatAndWhere() {
        RowResult<SocRow> score = SocRow.parse(row("year,dealer_code,kind,visit_date,score",
                "2024,D0001,SPOT,2024-05-02,101"));
        assertEquals("Column score: 101 is out of range 0–100.", english(score));
        assertEquals("列 score：101 超出范围 0–100。", chinese(score));

        RowResult<VolumeRow> units = VolumeRow.parse(row("year,dealer_code,units", "2024,D0001,-1200"));
        assertEquals("Column units: -1200 is less than 0.", english(units));

        RowResult<CrisisRow> date = CrisisRow.parse(row("year,dealer_code,assessed_on,score",
                "2024,D0001,2024/03/18,6"));
        assertEquals("Column assessed_on: \"2024/03/18\" is not a date of the form yyyy-MM-dd.", english(date));
        assertEquals("列 assessed_on：“2024/03/18”不是 yyyy-MM-dd 格式的日期。", chinese(date));

        RowValidator validator = new RowValidator(ImportKind.CSC);
        String header = "year,quarter,dealer_code,response_id,awareness,attitude,communication,experience,"
                + "first_time_resolution";
        validator.validate(row(1234, header, "2024,1,D0001,R1,1,2,3,4,5"));
        RowResult<ImportRow> duplicate = validator.validate(row(12345, header, "2024,1,D0001,R1,1,2,3,4,5"));
        assertEquals("The key response_id=R1 is repeated: line 1234 has it already.", english(duplicate));
        assertEquals("键 response_id=R1 重复：第 1234 行已有相同的键。", chinese(duplicate));
    }

    @Test
    void everyImportKeyInTheCodeHasAnEnglishAndAChineseText() throws IOException {
        Pattern key = Pattern.compile("\"(import\\.(?:row|file)\\.[A-Za-z]+)\"");
        TreeSet<String> keys = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/java/com/dealercs/domain/model/imports"),
                Path.of("src/main/java/com/dealercs/infrastructure/imports/file")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = key.matcher(Files.readString(file));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        assertTrue(keys.size() > 25, keys.toString());
        for (String k : keys) {
            String english = Messages.format(Locale.ENGLISH, k, "a", "b", "c", "d");
            String chinese = Messages.format(Messages.CHINESE, k, "a", "b", "c", "d");
            assertNotEquals(k, english, k + " has an English text");
            assertNotEquals(k, chinese, k + " has a Chinese text");
            assertNotEquals(english, chinese, k);
        }
    }

    @Test
    void anInterruptedImportSaysNothingLandedAndToImportAgain() {
        assertEquals("Nothing was imported: the server stopped while this file was being imported. Import the file again.",
                Messages.format(Locale.ENGLISH, "import.file.interrupted"));
        assertEquals("未导入任何数据：导入该文件期间服务器停止了运行。请重新导入该文件。",
                Messages.format(Messages.CHINESE, "import.file.interrupted"));
    }
}
