package com.dealercs.reports;

import com.dealercs.application.DealerStanding;
import com.dealercs.application.FailedCheckpointView;
import com.dealercs.application.ScorecardReport;
import com.dealercs.application.ScorecardView;
import com.dealercs.application.WeakPointsReport;
import com.dealercs.application.WeakPointsView;
import com.dealercs.application.YearOverview;
import com.dealercs.application.YearReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made report data: Chinese dealer names, rated and NOT_RATED dealers, a draft and an approved year. */
final class Samples {

    static final Instant RUN = Instant.parse("2024-12-20T06:30:00Z"); // 14:30 Beijing time

    private Samples() {
    }

    static YearOverview year(String state) {
        return new YearOverview(2024, state, RUN, "supervisor", "OPEN".equals(state), 3, 1);
    }

    static ScorecardView rated(String code, String name, String region, String total, int nationalRank,
                               int regionalRank, String rebate) {
        Map<String, BigDecimal> components = new LinkedHashMap<>();
        String[] points = {"13.50", "12.75", "9.20", "8.00", "7.35", "8.10", "9.00", "8.40", "10.00"};
        int i = 0;
        for (String component : ScorecardView.COMPONENTS) {
            components.put(component, new BigDecimal(points[i++]));
        }
        List<ScorecardView.QuarterView> quarters = List.of(
                quarter(1, "85.00", 2), quarter(2, "88.25", 1), quarter(3, "79.50", 5), quarter(4, null, null));
        return new ScorecardView(2024, code, name, region, "RATED", components, 100, new BigDecimal(total),
                new BigDecimal("8.62"), nationalRank, regionalRank, new BigDecimal("1.25"), true,
                new ScorecardView.RebateView(120, new BigDecimal("72000.00"), new BigDecimal("0.90"),
                        new BigDecimal("64800.00"), new BigDecimal("5000.00"), new BigDecimal("-1234.56"),
                        new BigDecimal(rebate)), quarters);
    }

    static ScorecardView notRated(String code, String name, String region) {
        Map<String, BigDecimal> components = new LinkedHashMap<>();
        for (String component : ScorecardView.COMPONENTS) {
            components.put(component, component.startsWith("SOC") || component.startsWith("JDP")
                    ? null : new BigDecimal("7.00"));
        }
        return new ScorecardView(2024, code, name, region, "NOT_RATED", components, 60, null, null, null, null,
                null, false,
                new ScorecardView.RebateView(40, new BigDecimal("24000.00"), new BigDecimal("0.00"),
                        new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("500.00"),
                        new BigDecimal("500.00")), List.of());
    }

    private static ScorecardView.QuarterView quarter(int q, String total, Integer rank) {
        Map<String, BigDecimal> components = new LinkedHashMap<>();
        for (String component : ScorecardView.QUARTERLY) {
            components.put(component, total == null ? null : new BigDecimal("11.11"));
        }
        return new ScorecardView.QuarterView(q, components, total == null ? 0 : 40,
                total == null ? null : new BigDecimal(total), rank);
    }

    static YearReport yearReport(String state) {
        return new YearReport(year(state), List.of(
                rated("D0001", "北京华通汽车销售服务有限公司", "华北", "92.35", 1, 1, "68565.44"),
                rated("D0002", "上海浦江之星汽车销售有限公司", "华东", "88.10", 2, 1, "70001.01"),
                rated("D0003", "天津滨海汽车服务有限公司", "华北", "80.05", 3, 2, "12345.67"),
                notRated("D0004", "广州南方汽车贸易有限公司", "华南")));
    }

    /** A large network: dealers numbered 1..count in ten regions. */
    static YearReport largeYearReport(int count) {
        List<ScorecardView> scorecards = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            scorecards.add(rated(String.format("D%04d", i), "测试经销商" + i + "号汽车销售服务有限公司",
                    "区域" + (i % 10), new BigDecimal("99.99").subtract(new BigDecimal(i).movePointLeft(2)).toPlainString(),
                    i, i / 10 + 1, "1000.00"));
        }
        return new YearReport(year("APPROVED"), scorecards);
    }

    static WeakPointsReport weakPoints(String state) {
        WeakPointsView network = new WeakPointsView(2024, null, null, 48,
                List.of(new WeakPointsView.ItemCompliance("SSI_MAP", "S03", "试乘试驾", 30, 18, new BigDecimal("0.6250"), 11),
                        new WeakPointsView.ItemCompliance("CS_MAP", "C07", "回访跟进", 60, 12, new BigDecimal("0.8333"), 7)),
                List.of(new WeakPointsView.CheckpointCompliance("SSI_MAP", "S03", "S03-02", "主动邀请客户试乘试驾", 10, 14,
                                new BigDecimal("0.4167"), 9),
                        new WeakPointsView.CheckpointCompliance("CS_MAP", "C07", "C07-01", "交车后三日内电话回访", 20, 8,
                                new BigDecimal("0.7143"), 6),
                        new WeakPointsView.CheckpointCompliance("SSI_MAP", "S01", "S01-01", "展厅整洁", 47, 1,
                                new BigDecimal("0.9792"), 1)));
        WeakPointsView north = new WeakPointsView(2024, "华北", null, 20,
                List.of(new WeakPointsView.ItemCompliance("SSI_MAP", "S03", "试乘试驾", 10, 10, new BigDecimal("0.5000"), 4)),
                List.of(new WeakPointsView.CheckpointCompliance("SSI_MAP", "S03", "S03-02", "主动邀请客户试乘试驾", 3, 7,
                        new BigDecimal("0.3000"), 4)));
        WeakPointsView south = new WeakPointsView(2024, "华南", null, 0, List.of(), List.of());
        return new WeakPointsReport(year(state), network, List.of(north, south));
    }

    static ScorecardReport scorecard(String state, ScorecardView scorecard, List<FailedCheckpointView> failed) {
        return new ScorecardReport(year(state), new DealerStanding(scorecard, 3, 2), failed);
    }

    static List<FailedCheckpointView> failed() {
        return List.of(
                new FailedCheckpointView("SSI_MAP", 2, LocalDate.of(2024, 5, 14), "S03-02", "主动邀请客户试乘试驾",
                        "Offers a test drive", "销售顾问未主动邀请试驾，需加强培训。"),
                new FailedCheckpointView("CS_MAP", 3, LocalDate.of(2024, 8, 2), "C07-01", "交车后三日内电话回访",
                        "Calls back within three days of delivery", null));
    }
}
