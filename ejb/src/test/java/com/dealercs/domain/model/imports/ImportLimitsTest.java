package com.dealercs.domain.model.imports;

import static com.dealercs.domain.model.imports.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.schema.MigratedSchema;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text an import writes fits the column it is written to, the limits taken from the schema
 * itself (the Flyway migrations run on H2): a value as long as the column is accepted, one character more is
 * refused with its line and column, never left to the database to refuse the whole import as
 * "unexpected" (issue 12: a city of 39 characters passed the check of 64, not the column of 32).
 */
class ImportLimitsTest {

    /** {@code table.column} → its length in characters, as the migrations build the schema. */
    static Map<String, Integer> schema() {
        return MigratedSchema.textLengths();
    }

    /** An import field written as text, the column it fills, and a valid row with {@code %s} for its value. */
    record Written(String field, String column, Function<SourceRow, RowResult<?>> parse, String header, String values,
                   String character) {
        @Override
        public String toString() {
            return field + " → " + column;
        }
    }

    static Stream<Written> writtenTexts() {
        String dealers = "dealer_code,name,region,province,city,opened_on,status";
        String inspections = "year,quarter,dealer_code,map,inspection_date,inspector,checkpoint_code,result,comment";
        String csc = "year,quarter,dealer_code,response_id,awareness,attitude,communication,experience,first_time_resolution";
        return Stream.of(
                new Written("dealer_code", "dealer.dealer_code", DealerRow::parse, dealers, "%s,名,华北,北京,北京,2022-08-15,ACTIVE", "D"),
                new Written("name", "dealer.name", DealerRow::parse, dealers, "D0001,%s,华北,北京,北京,2022-08-15,ACTIVE", "名"),
                new Written("region", "region.name", DealerRow::parse, dealers, "D0001,名,%s,北京,北京,2022-08-15,ACTIVE", "区"),
                new Written("province", "dealer.province", DealerRow::parse, dealers, "D0001,名,华北,%s,北京,2022-08-15,ACTIVE", "省"),
                new Written("city", "dealer.city", DealerRow::parse, dealers, "D0001,名,华北,北京,%s,2022-08-15,ACTIVE", "市"),
                new Written("inspector", "inspection.inspector", InspectionRow::parse, inspections,
                        "2024,1,D0001,SSI_MAP,2024-02-29,%s,SSI-ENV-01,PASS,", "李"),
                new Written("checkpoint_code", "checkpoint.checkpoint_code", InspectionRow::parse, inspections,
                        "2024,1,D0001,SSI_MAP,2024-02-29,李娜,%s,PASS,", "C"),
                new Written("comment", "checkpoint_result.comment", InspectionRow::parse, inspections,
                        "2024,1,D0001,SSI_MAP,2024-02-29,李娜,SSI-ENV-01,FAIL,%s", "注"),
                new Written("factor_code", "jdp_factor_score.factor_code", JdpRow::parse,
                        "year,study,dealer_code,factor_code,index_score,sample_size", "2024,SSI,D0001,%s,819,64", "F"),
                new Written("response_id", "csc_response.response_id", CscRow::parse, csc, "2024,1,D0001,%s,9,9,9,10,6", "R"),
                new Written("trainer", "training_score.trainer", TrainingRow::parse,
                        "year,dealer_code,session_date,trainer,score", "2024,D0003,2024-09-03,%s,10.00", "吴"),
                new Written("reason", "rebate_adjustment.reason", AdjustmentRow::parse,
                        "year,dealer_code,amount,reason", "2024,D0001,-500.00,%s", "因"));
    }

    @ParameterizedTest
    @MethodSource("writtenTexts")
    void aTextFitsTheColumnItFills(Written written) throws Exception {
        Integer length = schema().get(written.column());
        assertTrue(length != null, "the schema has " + written.column());

        RowResult<?> fits = written.parse().apply(row(written.header(), written.values()
                .formatted(written.character().repeat(length))));
        assertFalse(Rows.problems(fits).stream().anyMatch(p -> p.startsWith(written.field() + ":")),
                written + ": " + length + " characters fit: " + Rows.problems(fits));

        RowResult<?> tooLong = written.parse().apply(row(written.header(), written.values()
                .formatted(written.character().repeat(length + 1))));
        assertFalse(tooLong.isValid(), written + ": " + (length + 1) + " characters do not fit the column");
        assertEquals(written.field(), tooLong.problems().get(0).column(), Rows.problems(tooLong).toString());
    }
}
