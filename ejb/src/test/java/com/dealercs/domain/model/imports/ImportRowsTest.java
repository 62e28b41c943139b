package com.dealercs.domain.model.imports;

import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.network.DealerStatus;
import com.dealercs.domain.model.facts.JdpStudy;
import com.dealercs.domain.model.facts.SocKind;
import static com.dealercs.domain.model.imports.Rows.problems;
import static com.dealercs.domain.model.imports.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each kind's row on its own: typed values, keys, and the rules that need no database. */
class ImportRowsTest {

    @Nested
    class Dealers {
        static final String HEADER = "dealer_code,name,region,province,city,opened_on,status";

        @Test
        void aValidRowBecomesADealer() {
            RowResult<DealerRow> result = DealerRow.parse(row(7, HEADER,
                    " d0001 ,北京宏达斯巴鲁汽车销售服务有限公司,华北,北京,北京,2022-08-15,active"));

            assertTrue(result.isValid(), result.problems().toString());
            assertEquals(7, result.line());
            assertEquals(new DealerRow("D0001", "北京宏达斯巴鲁汽车销售服务有限公司", "华北", "北京", "北京",
                    LocalDate.of(2022, 8, 15), DealerStatus.ACTIVE), result.row());
            assertEquals(Optional.of(new RowKey(List.of("dealer_code"), List.of("D0001"))), result.row().key());
            assertEquals(OptionalInt.empty(), result.row().evaluationYear());
            assertEquals(ImportKind.DEALERS, result.row().importKind());
        }

        @Test
        void everyProblemOfARowIsReported() {
            RowResult<DealerRow> result = DealerRow.parse(row(HEADER, "D 01,,华北,北京,,2022-02-30,OPEN"));

            assertFalse(result.isValid());
            assertNull(result.row());
            assertEquals(List.of("dealer_code:import.row.badCode", "name:import.row.required",
                    "city:import.row.required", "opened_on:import.row.badDate", "status:import.row.badChoice"),
                    problems(result));
            RowProblem status = result.problems().get(4);
            assertEquals(List.of("status", "OPEN", "ACTIVE, CLOSED"), status.args());
        }

        @Test
        void aDealerCodeIsAtMostSixteenCharacters() {
            assertEquals(List.of("dealer_code:import.row.badCode"), problems(DealerRow.parse(row(HEADER,
                    "D00000000000000001,名,华北,北京,北京,2022-08-15,CLOSED"))));
        }

        @Test
        void textsHaveAMaximumLength() {
            String name = "名".repeat(Codes.NAME_MAX + 1);
            RowResult<DealerRow> result = DealerRow.parse(row(HEADER, "D0001," + name + ",华北,北京,北京,2022-08-15,CLOSED"));
            assertEquals(List.of("name:import.row.tooLong"), problems(result));
            assertEquals(List.of("name", "201", "200"), result.problems().get(0).args());
        }
    }

    @Nested
    class Volumes {
        static final String HEADER = "year,dealer_code,units";

        @Test
        void aValidRowBecomesAVolume() {
            RowResult<VolumeRow> result = VolumeRow.parse(row(HEADER, "2024,D0001,405"));
            assertEquals(new VolumeRow(2024, "D0001", 405), result.row());
            assertEquals("year=2024, dealer_code=D0001", result.row().key().orElseThrow().toString());
            assertEquals(OptionalInt.of(2024), result.row().evaluationYear());
        }

        @Test
        void wholeNumbersMayCarryAZeroFraction() {
            assertEquals(new VolumeRow(2025, "D0001", 0), VolumeRow.parse(row(HEADER, "2025.0,D0001,0.00")).row());
        }

        @Test
        void unitsAreAWholeNumberOfAtLeastZero() {
            assertEquals(List.of("units:import.row.tooSmall"), problems(VolumeRow.parse(row(HEADER, "2024,D0001,-1"))));
            assertEquals(List.of("units:import.row.badInteger"),
                    problems(VolumeRow.parse(row(HEADER, "2024,D0001,12.5"))));
            assertEquals(List.of("units:import.row.badNumber"),
                    problems(VolumeRow.parse(row(HEADER, "2024,D0001,1 200"))));
            assertEquals(List.of("units:import.row.badNumber"),
                    problems(VolumeRow.parse(row(HEADER, "2024,D0001,1e3"))));
            assertEquals(List.of("units:import.row.required"), problems(VolumeRow.parse(row(HEADER, "2024,D0001,"))));
        }

        @Test
        void theYearIsAPlausibleWholeYear() {
            assertEquals(List.of("year:import.row.badYear"), problems(VolumeRow.parse(row(HEADER, "24,D0001,1"))));
            assertEquals(List.of("year:import.row.badInteger"),
                    problems(VolumeRow.parse(row(HEADER, "2024.5,D0001,1"))));
            assertEquals(List.of("year:import.row.badNumber"),
                    problems(VolumeRow.parse(row(HEADER, "二〇二四,D0001,1"))));
            assertEquals(List.of("year:import.row.required"), problems(VolumeRow.parse(row(HEADER, ",D0001,1"))));
        }
    }

    @Nested
    class Inspections {
        static final String HEADER = "year,quarter,dealer_code,map,inspection_date,inspector,checkpoint_code,result";

        @Test
        void aValidRowBecomesAnInspectionCheckpoint() {
            InspectionRow row = InspectionRow.parse(row(HEADER,
                    "2024,1,D0001,SSI_MAP,2024-03-08,李娜,ssi-env-01,pass")).row();
            assertEquals(new InspectionRow(2024, 1, "D0001", ChecklistMap.SSI_MAP, LocalDate.of(2024, 3, 8), "李娜",
                    "SSI-ENV-01", CheckpointOutcome.PASS, null), row);
            assertEquals("dealer_code=D0001, map=SSI_MAP, inspection_date=2024-03-08, checkpoint_code=SSI-ENV-01",
                    row.key().orElseThrow().toString());
            assertEquals("dealer_code=D0001, map=SSI_MAP, inspection_date=2024-03-08", row.inspectionKey().toString());
        }

        @Test
        void theCommentIsOptional() {
            String header = HEADER + ",comment";
            assertEquals("展车有灰尘", InspectionRow.parse(row(header,
                    "2024,2,D0001,CS_MAP,2024-05-08,李娜,CS-REC-01,FAIL, 展车有灰尘 ")).row().comment());
            assertNull(InspectionRow.parse(row(header, "2024,2,D0001,CS_MAP,2024-05-08,李娜,CS-REC-01,NA, ")).row()
                    .comment());
        }

        @Test
        void theQuarterIsOneToFour() {
            assertEquals(List.of("quarter:import.row.badQuarter"), problems(InspectionRow.parse(row(HEADER,
                    "2024,5,D0001,SSI_MAP,2024-03-08,李娜,SSI-ENV-01,PASS"))));
            assertEquals(List.of("quarter:import.row.badQuarter"), problems(InspectionRow.parse(row(HEADER,
                    "2024,0,D0001,SSI_MAP,2024-03-08,李娜,SSI-ENV-01,PASS"))));
            assertEquals(List.of("quarter:import.row.badNumber"), problems(InspectionRow.parse(row(HEADER,
                    "2024,Q1,D0001,SSI_MAP,2024-03-08,李娜,SSI-ENV-01,PASS"))));
        }

        @Test
        void theDateIsInTheRowsYear() {
            RowResult<InspectionRow> result = InspectionRow.parse(row(HEADER,
                    "2024,4,D0001,SSI_MAP,2025-01-03,李娜,SSI-ENV-01,PASS"));
            assertEquals(List.of("inspection_date:import.row.dateOutsideYear"), problems(result));
            assertEquals(List.of("inspection_date", "2025-01-03", "2024"), result.problems().get(0).args());
        }

        @Test
        void mapAndResultAreChoices() {
            assertEquals(List.of("map:import.row.badChoice", "result:import.row.badChoice"),
                    problems(InspectionRow.parse(row(HEADER, "2024,1,D0001,MAP,2024-03-08,李娜,SSI-ENV-01,OK"))));
        }

        @Test
        void datesAreYearMonthDay() {
            for (String date : List.of("2024/03/08", "2024-3-8", "08.03.2024", "2024-02-30", "20240308")) {
                assertEquals(List.of("inspection_date:import.row.badDate"), problems(InspectionRow.parse(row(HEADER,
                        "2024,1,D0001,SSI_MAP," + date + ",李娜,SSI-ENV-01,PASS"))), date);
            }
            assertTrue(InspectionRow.parse(row(HEADER, "2024,1,D0001,SSI_MAP,2024-02-29,李娜,SSI-ENV-01,PASS"))
                    .isValid());
        }
    }

    @Nested
    class Soc {
        static final String HEADER = "year,dealer_code,kind,visit_date,score";

        @Test
        void aValidRowBecomesAPatrolScore() {
            SocRow row = SocRow.parse(row(HEADER, "2024,D0001,BASELINE,2024-01-20,78.09")).row();
            assertEquals(new SocRow(2024, "D0001", SocKind.BASELINE, LocalDate.of(2024, 1, 20),
                    new BigDecimal("78.09")), row);
            assertEquals(new BigDecimal("100.00"), SocRow.parse(row(HEADER, "2024,D0001,FINAL,2024-12-20,100")).row()
                    .score());
            assertEquals(new BigDecimal("8.10"), SocRow.parse(row(HEADER, "2024,D0001,FINAL,2024-12-20,8.100")).row()
                    .score());
        }

        @Test
        void centralPatrolsAreKeyedByKindSpotChecksByDate() {
            assertEquals("year=2024, dealer_code=D0001, kind=FINAL", SocRow.parse(row(HEADER,
                    "2024,D0001,FINAL,2024-12-20,80")).row().key().orElseThrow().toString());
            assertEquals("year=2024, dealer_code=D0001, kind=SPOT, visit_date=2024-05-02", SocRow.parse(row(HEADER,
                    "2024,D0001,SPOT,2024-05-02,80")).row().key().orElseThrow().toString());
        }

        @Test
        void theScoreIsZeroToAHundredWithTwoDecimals() {
            RowResult<SocRow> tooHigh = SocRow.parse(row(HEADER, "2024,D0001,SPOT,2024-05-02,101"));
            assertEquals(List.of("score:import.row.outOfRange"), problems(tooHigh));
            assertEquals(List.of("score", "101", "0", "100"), tooHigh.problems().get(0).args());
            assertEquals(List.of("score:import.row.outOfRange"),
                    problems(SocRow.parse(row(HEADER, "2024,D0001,SPOT,2024-05-02,-0.01"))));
            assertEquals(List.of("score:import.row.tooManyDecimals"),
                    problems(SocRow.parse(row(HEADER, "2024,D0001,SPOT,2024-05-02,80.125"))));
            assertEquals(List.of("score:import.row.badNumber"),
                    problems(SocRow.parse(row(HEADER, "2024,D0001,SPOT,2024-05-02,８０"))));
            assertTrue(SocRow.parse(row(HEADER, "2024,D0001,SPOT,2024-05-02,0")).isValid());
        }

        @Test
        void theKindIsBaselineFinalOrSpot() {
            assertEquals(List.of("kind:import.row.badChoice"),
                    problems(SocRow.parse(row(HEADER, "2024,D0001,MIDTERM,2024-05-02,80"))));
            assertEquals(List.of("visit_date:import.row.required"),
                    problems(SocRow.parse(row(HEADER, "2024,D0001,SPOT,,80"))));
        }
    }

    @Nested
    class Jdp {
        static final String HEADER = "year,study,dealer_code,factor_code,index_score,sample_size";

        @Test
        void aValidRowBecomesAFactorIndex() {
            JdpRow row = JdpRow.parse(row(HEADER, "2024,SSI,D0001,DEALER_FACILITY,819,64")).row();
            assertEquals(new JdpRow(2024, JdpStudy.SSI, "D0001", "DEALER_FACILITY", new BigDecimal("819.00"), 64), row);
            assertEquals("year=2024, study=SSI, dealer_code=D0001, factor_code=DEALER_FACILITY",
                    row.key().orElseThrow().toString());
        }

        @Test
        void theIndexIsZeroToAThousandAndTheSampleAWholeNumber() {
            assertEquals(List.of("index_score:import.row.outOfRange", "sample_size:import.row.tooSmall"),
                    problems(JdpRow.parse(row(HEADER, "2024,CSI,D0001,SERVICE_QUALITY,1000.5,-3"))));
            assertEquals(List.of("sample_size:import.row.badInteger"),
                    problems(JdpRow.parse(row(HEADER, "2024,CSI,D0001,SERVICE_QUALITY,1000,3.5"))));
            assertEquals(List.of("study:import.row.badChoice"),
                    problems(JdpRow.parse(row(HEADER, "2024,APEAL,D0001,SERVICE_QUALITY,700,30"))));
            assertTrue(JdpRow.parse(row(HEADER, "2024,csi,D0001,SERVICE_QUALITY,0,0")).isValid());
        }
    }

    @Nested
    class Csc {
        static final String HEADER =
                "year,quarter,dealer_code,response_id,awareness,attitude,communication,experience,first_time_resolution";

        @Test
        void aValidRowBecomesASurveyResponseWithBlankRatingsAsNull() {
            CscRow row = CscRow.parse(row(HEADER, "2024,1,D0001,R202400000002,,9,9,10,6")).row();
            assertEquals(new CscRow(2024, 1, "D0001", "R202400000002", null, 9, 9, 10, 6), row);
            assertEquals("response_id=R202400000002", row.key().orElseThrow().toString());
            Map<String, Integer> ratings = row.ratingsByFactor();
            assertEquals(Arrays.asList("AWARENESS", "ATTITUDE", "COMMUNICATION", "EXPERIENCE", "FIRST_TIME_RESOLUTION"),
                    List.copyOf(ratings.keySet()));
            assertNull(ratings.get("AWARENESS"));
            assertEquals(6, ratings.get("FIRST_TIME_RESOLUTION"));
        }

        @Test
        void ratingsAreWholeNumbersZeroToTen() {
            assertEquals(List.of("awareness:import.row.outOfRange", "attitude:import.row.badInteger",
                    "communication:import.row.outOfRange", "experience:import.row.badNumber"),
                    problems(CscRow.parse(row(HEADER, "2024,1,D0001,R1,11,8.5,-1,好,10"))));
            assertEquals(new CscRow(2024, 4, "D0001", "R1", 0, 10, 7, null, null),
                    CscRow.parse(row(HEADER, "2024,4,D0001,R1,0,10.0,7, , ")).row());
        }

        @Test
        void yearQuarterAndResponseAreRequired() {
            assertEquals(List.of("year:import.row.required", "quarter:import.row.badQuarter",
                    "response_id:import.row.required"),
                    problems(CscRow.parse(row(HEADER, ",5,D0001,,1,2,3,4,5"))));
        }
    }

    @Nested
    class Training {
        static final String HEADER = "year,dealer_code,session_date,trainer,score";

        @Test
        void aValidRowBecomesATrainingScore() {
            TrainingRow row = TrainingRow.parse(row(HEADER, "2024,D0003,2024-09-03,TAS-吴,10.00")).row();
            assertEquals(new TrainingRow(2024, "D0003", LocalDate.of(2024, 9, 3), "TAS-吴", new BigDecimal("10.00")), row);
            assertEquals("year=2024, dealer_code=D0003, session_date=2024-09-03", row.key().orElseThrow().toString());
        }

        @Test
        void theScoreIsZeroToTenWithTwoDecimals() {
            assertEquals(List.of("score:import.row.outOfRange"),
                    problems(TrainingRow.parse(row(HEADER, "2024,D0003,2024-09-03,TAS-吴,10.01"))));
            assertEquals(List.of("score:import.row.tooManyDecimals"),
                    problems(TrainingRow.parse(row(HEADER, "2024,D0003,2024-09-03,TAS-吴,8.015"))));
            assertEquals(List.of("session_date:import.row.dateOutsideYear", "trainer:import.row.required"),
                    problems(TrainingRow.parse(row(HEADER, "2024,D0003,2023-12-31,,8"))));
        }
    }

    @Nested
    class Crisis {
        static final String HEADER = "year,dealer_code,assessed_on,score";

        @Test
        void aValidRowBecomesAnAssessment() {
            CrisisRow row = CrisisRow.parse(row(HEADER, "2024,D0001,2024-03-18,6.89")).row();
            assertEquals(new CrisisRow(2024, "D0001", LocalDate.of(2024, 3, 18), new BigDecimal("6.89")), row);
            assertEquals("year=2024, dealer_code=D0001, assessed_on=2024-03-18", row.key().orElseThrow().toString());
        }

        @Test
        void theScoreIsZeroToTen() {
            assertEquals(List.of("score:import.row.outOfRange"),
                    problems(CrisisRow.parse(row(HEADER, "2024,D0001,2024-03-18,11"))));
            assertEquals(List.of("assessed_on:import.row.badDate"),
                    problems(CrisisRow.parse(row(HEADER, "2024,D0001,2024-13-01,9"))));
        }
    }

    @Nested
    class Adjustments {
        static final String HEADER = "year,dealer_code,amount,reason";

        @Test
        void aValidRowBecomesASignedAdjustmentWithoutKey() {
            AdjustmentRow row = AdjustmentRow.parse(row(HEADER, "2024,D0033,-10000.00,重大投诉未及时处理")).row();
            assertEquals(new AdjustmentRow(2024, "D0033", new BigDecimal("-10000.00"), "重大投诉未及时处理"), row);
            assertEquals(Optional.empty(), row.key());
            assertEquals(new BigDecimal("2000.50"),
                    AdjustmentRow.parse(row(HEADER, "2024,D0042,+2000.5,奖励")).row().amount());
        }

        @Test
        void theAmountHasAtMostTwoDecimalsAndTheReasonIsRequired() {
            assertEquals(List.of("amount:import.row.tooManyDecimals", "reason:import.row.required"),
                    problems(AdjustmentRow.parse(row(HEADER, "2024,D0033,-100.005,  "))));
            assertEquals(List.of("amount:import.row.badNumber"),
                    problems(AdjustmentRow.parse(row(HEADER, "2024,D0033,¥100,罚款"))));
            assertEquals(List.of("amount:import.row.outOfRange"),
                    problems(AdjustmentRow.parse(row(HEADER, "2024,D0033,100000000000,罚款"))));
        }
    }

    @Test
    void aColumnTheRowLacksCountsAsBlank() {
        assertEquals(List.of("units:import.row.required"),
                problems(VolumeRow.parse(row("year,dealer_code", "2024,D0001"))));
    }

    @Test
    void everyKindParsesThroughTheValidator() {
        assertTrue(RowValidator.parse(ImportKind.CRISIS, row(Crisis.HEADER, "2024,D0001,2024-03-18,6.89")).row()
                instanceof CrisisRow);
        assertFalse(RowValidator.parse(ImportKind.DEALERS, row(Crisis.HEADER, "2024,D0001,2024-03-18,6.89"))
                .isValid());
    }
}
