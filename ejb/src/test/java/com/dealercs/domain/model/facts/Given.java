package com.dealercs.domain.model.facts;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.DealerStatus;
import com.dealercs.domain.model.network.Region;
import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.FactorComponent;
import com.dealercs.domain.model.scheme.ScoringFactor;
import com.dealercs.domain.model.year.EvaluationYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.function.Executable;

/** What the facts' unit tests are about, built in memory. */
final class Given {

    static final Instant NOW = Instant.parse("2024-06-30T12:00:00Z");

    private Given() {
    }

    static EvaluationYear year(int year) {
        return new EvaluationYear(year, EvaluationYear.Policy.defaults(), NOW);
    }

    static Dealer dealer() {
        return new Dealer("D0001", "北京宏达斯巴鲁汽车销售服务有限公司", new Region("华北"), "北京", "北京",
                LocalDate.of(2022, 8, 15), DealerStatus.ACTIVE);
    }

    static ChecklistItem item(EvaluationYear year, ChecklistMap map, String code) {
        ChecklistItem item = new ChecklistItem(year, map, code, "项目", "Item", BigDecimal.ONE, 1);
        item.addCheckpoint(code + "-01", "检查点一", "Checkpoint one");
        item.addCheckpoint(code + "-02", "检查点二", "Checkpoint two");
        return item;
    }

    static ScoringFactor factor(EvaluationYear year, FactorComponent component, String code) {
        return new ScoringFactor(year, component, code, "因子", "Factor", BigDecimal.ONE, 1);
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    static void refused(String reason, Executable action) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, action);
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
