package com.dealercs.domain.model.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dealercs.domain.model.year.EvaluationYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scheme's entities guard their own values: an item's maximum, a factor's weight, codes and names. */
class SchemeEntitiesTest {

    private static final EvaluationYear YEAR = new EvaluationYear(2031, EvaluationYear.Policy.defaults(), Instant.EPOCH);

    private static ChecklistItem item() {
        ChecklistItem item = new ChecklistItem(YEAR, ChecklistMap.CS_MAP, "CS-HW", "硬件", "Hardware",
                new BigDecimal("3"), 1);
        item.addCheckpoint("CS-HW-01", "外观", "Exterior");
        item.addCheckpoint("CS-HW-02", "接待区", "Reception");
        return item;
    }

    @Test
    void anItemIsWorthMoreThan0AndAtMost15WithTwoDecimals() {
        for (String wrong : List.of("0", "-1", "15.01", "2.005")) {
            assertThrows(IllegalArgumentException.class, () -> new ChecklistItem(YEAR, ChecklistMap.CS_MAP, "CS-X",
                    "项", "Item", new BigDecimal(wrong), 1), wrong);
        }
        ChecklistItem item = item();
        assertThrows(IllegalArgumentException.class, () -> item.revise("硬件", "Hardware", new BigDecimal("16"), 1));
        assertThrows(IllegalArgumentException.class, () -> item.revise(" ", "Hardware", new BigDecimal("3"), 1));
        assertEquals(0, item.getItemMax().compareTo(new BigDecimal("3")), "a refused revision changes nothing");
        assertEquals("硬件", item.getNameZh());

        item.revise(" 硬件设施 ", "Facilities", new BigDecimal("4.50"), 2);

        assertEquals("硬件设施", item.getNameZh());
        assertEquals("Facilities", item.getNameEn());
        assertEquals(new BigDecimal("4.50"), item.getItemMax(), "with the scale it is stored with");
        assertEquals(2, item.getSortOrder());
    }

    @Test
    void anItemsCheckpointsKeepTheirOrderAndTheirCodesOnce() {
        ChecklistItem item = item();
        assertThrows(IllegalArgumentException.class, () -> item.addCheckpoint("CS-HW-01", "外观", "Exterior"));
        assertThrows(IllegalArgumentException.class, () -> item.addCheckpoint("cs hw", "外观", "Exterior"));

        item.checkpoint("CS-HW-02").revise("接待区环境", "Reception area", 1);
        item.checkpoint("CS-HW-01").revise("外观", "Exterior", 3);
        item.addCheckpoint("CS-HW-03", "休息区", "Lounge", 2);

        assertEquals(List.of("CS-HW-02", "CS-HW-03", "CS-HW-01"),
                item.getCheckpoints().stream().map(Checkpoint::getCode).toList());
        item.removeCheckpoint(item.checkpoint("CS-HW-03"));
        assertEquals(List.of("CS-HW-02", "CS-HW-01"), item.getCheckpoints().stream().map(Checkpoint::getCode).toList());
        assertThrows(IllegalArgumentException.class,
                () -> item.removeCheckpoint(item().checkpoint("CS-HW-01")), "not this item's");
    }

    @Test
    void aFactorWeighsMoreThan0AtMost10WithTwoDecimals() {
        ScoringFactor factor = new ScoringFactor(YEAR, FactorComponent.JDP_SSI, "DEAL", "交易条件", "Deal",
                new BigDecimal("2"), 2);
        for (String wrong : List.of("0", "10.5", "1.125")) {
            assertThrows(IllegalArgumentException.class, () -> factor.revise("交易条件", "Deal", new BigDecimal(wrong)),
                    wrong);
        }
        assertEquals(0, factor.getWeight().compareTo(new BigDecimal("2")));
        factor.revise("交易", "Deal terms", new BigDecimal("2.5"));
        assertEquals("交易", factor.getNameZh());
        assertEquals(0, factor.getWeight().compareTo(new BigDecimal("2.5")));
    }

    @Test
    void aYearStartedFromAnotherCopiesItsItemsCheckpointsAndFactors() {
        EvaluationYear next = new EvaluationYear(2032, EvaluationYear.Policy.defaults(), Instant.EPOCH);
        ChecklistItem item = item();
        item.revise("硬件", "Hardware", new BigDecimal("3.5"), 4);

        ChecklistItem copy = item.copyFor(next);

        assertNotSame(item, copy);
        assertEquals(next, copy.getYear());
        assertEquals(List.of("CS-HW", "硬件", "Hardware", "3.50", "4"), List.of(copy.getCode(), copy.getNameZh(),
                copy.getNameEn(), copy.getItemMax().toPlainString(), String.valueOf(copy.getSortOrder())));
        assertEquals(List.of("CS-HW-01 外观 Exterior 1", "CS-HW-02 接待区 Reception 2"), copy.getCheckpoints().stream()
                .map(c -> c.getCode() + " " + c.getNameZh() + " " + c.getNameEn() + " " + c.getSortOrder()).toList());
        ScoringFactor factor = new ScoringFactor(YEAR, FactorComponent.CSC, "ATTITUDE", "服务态度", "Attitude",
                new BigDecimal("2"), 2).copyFor(next);
        assertEquals(List.of("CSC", "ATTITUDE", "2.00", "2"), List.of(factor.getComponent().name(), factor.getCode(),
                factor.getWeight().toPlainString(), String.valueOf(factor.getSortOrder())));
        assertEquals(next, factor.getYear());
    }
}
