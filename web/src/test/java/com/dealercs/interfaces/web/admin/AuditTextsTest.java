package com.dealercs.interfaces.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import org.junit.jupiter.api.Test;

/** Audit entries as the services store them, read in Chinese and in English (the findings of issue 11). */
class AuditTextsTest {

    private static AuditTexts texts(String file, Locale locale) throws IOException {
        try (InputStream in = AuditTextsTest.class.getResourceAsStream("/com/dealercs/interfaces/web/i18n/" + file)) {
            return new AuditTexts(new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)), locale);
        }
    }

    @Test
    void chinese() throws IOException {
        AuditTexts zh = texts("messages_zh_CN.properties", Locale.SIMPLIFIED_CHINESE);
        assertEquals("2026 年度", zh.subject("year:2026"));
        assertEquals("检查 第 12 号", zh.subject("inspection:12"));
        assertEquals("经销商 D0001", zh.subject("dealer:D0001"));
        assertEquals("经销商网络", zh.subject("network"));
        assertEquals("已审批", zh.value("APPROVED"));
        assertEquals("已审批（第 2 次计算）", zh.value("APPROVED (run 2)"));
        assertEquals("第 2 次计算：64 家参评，1 家不参评", zh.value("run 2: 64 rated, 1 not rated"));
        assertEquals("返利调整，第 18 次导入，第 4 行", zh.reason("adjustments import 18, line 4"));
        assertEquals("门户录入", zh.reason("entered on the portal"));
        assertEquals("门户录入：培训师复核更正", zh.reason("entered on the portal: 培训师复核更正"));
        assertEquals("年度销量，第 7 次导入：写入 1,200 行，拒收 3 行", zh.value("volumes import 7: 1200 rows written, 3 rejected"));
        assertEquals("缺失项处理：缺失项记 0 分（总分 = 得分）；CS 返利占比：15\u00a0%；单车返利（元）：1,234.50",
                zh.value("missingPolicy=ZERO, csShare=0.1500, rebatePerUnit=1234.5"));
        assertEquals("最低覆盖分值：60；返利档位：90 分起 100\u00a0%；80 分起 90\u00a0%；0 分起 0\u00a0%",
                zh.value("minCoverage=60, payoutTiers=[90→1 80→0.9 0→0]"));
        assertEquals("开放；SOC 进步奖名额：10；沿用 2025 年度的检查表和权重",
                zh.value("OPEN socBonusTopN=10, scheme of 2025"));
        assertEquals("CS-HW-01=不合格 \"前台积灰 FAIL\"", zh.value("CS-HW-01=FAIL \"前台积灰 FAIL\""));
        assertEquals("X0002 SOC 基准: 82.25", zh.value("X0002 SOC BASELINE: 82.25"));
        assertEquals("D0001: 北京宏达汽车销售服务有限公司 华北 北京 北京 2022-08-15 营业中",
                zh.value("D0001: 北京宏达汽车销售服务有限公司 华北 北京 北京 2022-08-15 ACTIVE"));
        assertEquals("D0001 CS-MAP 2026Q1 2026-03-02 得分：12.5", zh.value("D0001 CS_MAP 2026Q1 2026-03-02 score=12.5"));
        assertEquals("已提交 D0001 SSI-MAP 2026Q2 2026-05-02", zh.value("SUBMITTED D0001 SSI_MAP 2026Q2 2026-05-02"));
        assertEquals("D0001 采购量: 120", zh.value("D0001 units: 120"));
        // what no rule knows stays as stored: a typed reason, an unknown subject, an older wording
        assertEquals("L0002 的采购量有误 OPEN", zh.reason("L0002 的采购量有误 OPEN"));
        assertEquals("batch:7", zh.subject("batch:7"));
        assertEquals("SOME_NEW_ACTION", zh.action("SOME_NEW_ACTION"));
        assertEquals("修改政策", zh.action("POLICY_CHANGED"));
    }

    @Test
    void english() throws IOException {
        AuditTexts en = texts("messages.properties", Locale.ENGLISH);
        assertEquals("Year 2026", en.subject("year:2026"));
        assertEquals("Calculation no. 2: 64 dealers rated, 1 not rated", en.value("run 2: 64 rated, 1 not rated"));
        assertEquals("Rebate adjustments, import no. 18, line 4", en.reason("adjustments import 18, line 4"));
        assertEquals("CS share of the rebate: 15\u00a0%; Weight in the overall assessment: 7.5\u00a0%",
                en.value("csShare=0.15, overallWeight=0.075"));
        assertEquals("Published", en.value("PUBLISHED"));
        // a dealer's record as DealerService writes it: its region and state in English, its names as they are
        assertEquals("D0001: 北京宏达汽车销售服务有限公司 North China 北京 北京 2022-08-15 Active",
                en.value("D0001: 北京宏达汽车销售服务有限公司 华北 北京 北京 2022-08-15 ACTIVE"));
        assertEquals("CS-HW-01=Fail \"华北 积灰\"", en.value("CS-HW-01=FAIL \"华北 积灰\""));
        assertEquals("Dealer list, import no. 26, line 2", en.reason("dealers import 26, line 2"));
        assertEquals("Entered on the portal: 培训师复核更正", en.reason("entered on the portal: 培训师复核更正"));
    }

    /** Sign-in entries (issue 12): the user subject, the door, a delay. */
    @Test
    void signIns() throws IOException {
        AuditTexts zh = texts("messages_zh_CN.properties", Locale.SIMPLIFIED_CHINESE);
        AuditTexts en = texts("messages.properties", Locale.ENGLISH);
        assertEquals("用户 dealer01", zh.subject("user:dealer01"));
        assertEquals("User dealer01", en.subject("user:dealer01"));
        assertEquals("登录失败", zh.action("SIGN_IN_FAILED"));
        assertEquals("Sign-in delayed", en.action("SIGN_IN_THROTTLED"));
        assertEquals("门户", zh.value("PORTAL"));
        assertEquals("API, 5 s", en.value("API, 5 s"));
    }
}
