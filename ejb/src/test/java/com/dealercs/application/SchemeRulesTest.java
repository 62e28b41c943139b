package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What a year's scheme must be (scoring.md §1.1, §1.3; docs/scoring.md), rule by rule, each named by its field. */
class SchemeRulesTest {

    /** The factors as the year has them. */
    private static final Map<String, List<String>> FACTORS = new LinkedHashMap<>();

    static {
        FACTORS.put("JDP_SSI", List.of("DEAL", "SALESPERSON"));
        FACTORS.put("JDP_CSI", List.of("SERVICE_QUALITY"));
        FACTORS.put("CSC", List.of("ATTITUDE", "AWARENESS"));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static SchemeView.SchemeCheckpoint point(String code) {
        return new SchemeView.SchemeCheckpoint(code, "检查点 " + code, "Checkpoint " + code);
    }

    private static SchemeView.SchemeItem item(String code, String max, SchemeView.SchemeCheckpoint... checkpoints) {
        return new SchemeView.SchemeItem(code, "项目 " + code, "Item " + code, max == null ? null : d(max), List.of(checkpoints));
    }

    private static SchemeView.SchemeFactor factor(String code, String weight) {
        return new SchemeView.SchemeFactor(code, "因子 " + code, "Factor " + code, weight == null ? null : d(weight));
    }

    /** A valid scheme: SSI-MAP 10 + 5, CS-MAP 15; weights 4 + 6, 10, 5 + 5. */
    private static SchemeChange valid() {
        return new SchemeChange(List.of(
                new SchemeView.SchemeChecklist("SSI_MAP", null, List.of(
                        item("SSI-A", "10", point("SSI-A-01"), point("SSI-A-02")),
                        item("SSI-B", "5", point("SSI-B-01")))),
                new SchemeView.SchemeChecklist("CS_MAP", null, List.of(
                        item("CS-A", "15", point("CS-A-01"))))),
                List.of(new SchemeView.SchemeComponent("JDP_SSI", null, List.of(factor("DEAL", "4"), factor("SALESPERSON", "6"))),
                        new SchemeView.SchemeComponent("JDP_CSI", null, List.of(factor("SERVICE_QUALITY", "10"))),
                        new SchemeView.SchemeComponent("CSC", null, List.of(factor("ATTITUDE", "5"), factor("AWARENESS", "5")))),
                "HQ decision");
    }

    private static List<String> problems(SchemeChange change) {
        return SchemeRules.check(change, FACTORS).stream().map(p -> p.field() + " " + p.key()).toList();
    }

    /** The valid scheme with the SSI-MAP items replaced. */
    private static SchemeChange withSsiItems(SchemeView.SchemeItem... items) {
        SchemeChange v = valid();
        return new SchemeChange(List.of(new SchemeView.SchemeChecklist("SSI_MAP", null, List.of(items)), v.checklists().get(1)),
                v.components(), v.reason());
    }

    private static SchemeChange withComponent(int index, UnaryOperator<SchemeView.SchemeComponent> change) {
        SchemeChange v = valid();
        List<SchemeView.SchemeComponent> components = new ArrayList<>(v.components());
        components.set(index, change.apply(components.get(index)));
        return new SchemeChange(v.checklists(), components, v.reason());
    }

    @Test
    void aValidSchemeHasNoProblem() {
        assertEquals(List.of(), problems(valid()));
        // 7.50 + 7.5 is 15 too: the sum compares values, not their scales
        assertEquals(List.of(), problems(withSsiItems(item("SSI-A", "7.50", point("SSI-A-01")),
                item("SSI-B", "2.5", point("SSI-B-01")), item("SSI-C", "5.00", point("SSI-C-01")))));
    }

    @Test
    void aReasonIsRequired() {
        SchemeChange v = valid();
        assertEquals(List.of("reason scheme.reasonRequired"),
                problems(new SchemeChange(v.checklists(), v.components(), "  ")));
        assertEquals(List.of("reason year.reopen.reasonTooLong"),
                problems(new SchemeChange(v.checklists(), v.components(), "x".repeat(1001))));
    }

    @Test
    void theItemMaximaOfAChecklistSumTo15() {
        assertEquals(List.of("checklists[1].items scheme.items.sum"),
                problems(withSsiItems(item("SSI-A", "10", point("SSI-A-01")), item("SSI-B", "6", point("SSI-B-01")))));
        assertEquals(List.of("checklists[1].items scheme.items.sum"),
                problems(withSsiItems(item("SSI-A", "10", point("SSI-A-01")))));
    }

    @Test
    void anItemIsWorthMoreThan0AtMost15WithTwoDecimals() {
        // a wrong maximum is named where it is; the sum is not checked on top of it
        assertEquals(List.of("checklists[1].items[2].itemMax scheme.item.maxInvalid"),
                problems(withSsiItems(item("SSI-A", "15", point("SSI-A-01")), item("SSI-B", "0", point("SSI-B-01")))));
        assertEquals(List.of("checklists[1].items[1].itemMax scheme.item.maxInvalid"),
                problems(withSsiItems(item("SSI-A", "16", point("SSI-A-01")))));
        assertEquals(List.of("checklists[1].items[1].itemMax scheme.item.maxInvalid"),
                problems(withSsiItems(item("SSI-A", "9.995", point("SSI-A-01")), item("SSI-B", "5.010", point("SSI-B-01")))));
        assertEquals(List.of("checklists[1].items[2].itemMax scheme.item.maxRequired"),
                problems(withSsiItems(item("SSI-A", "15", point("SSI-A-01")), item("SSI-B", null, point("SSI-B-01")))));
    }

    @Test
    void codesAreUniqueItemsOverBothChecklistsCheckpointsOverTheYear() {
        assertEquals(List.of("checklists[1].items[2].code scheme.item.codeTwice",
                        "checklists[1].items[2].checkpoints[1].code scheme.checkpoint.codeTwice"),
                problems(withSsiItems(item("SSI-A", "10", point("SSI-A-01")), item("SSI-A", "5", point("SSI-A-01")))));
        // the CS-MAP item CS-A and its checkpoint CS-A-01 are taken
        assertEquals(List.of("checklists[2].items[1].code scheme.item.codeTwice",
                        "checklists[2].items[1].checkpoints[1].code scheme.checkpoint.codeTwice"),
                problems(withSsiItems(item("CS-A", "15", point("CS-A-01")))));
    }

    @Test
    void codesHaveTheirShapeAndNamesBothLanguages() {
        assertEquals(List.of("checklists[1].items[1].code scheme.code.invalid",
                        "checklists[1].items[1].checkpoints[1].code scheme.code.required",
                        "checklists[1].items[1].checkpoints[1].nameEn scheme.name.required"),
                problems(withSsiItems(item("ssi a", "15", new SchemeView.SchemeCheckpoint(" ", "名称", null)))));
        assertEquals(List.of("checklists[1].items[1].nameZh scheme.name.tooLong"),
                problems(withSsiItems(new SchemeView.SchemeItem("SSI-A", "长".repeat(101), "Long", d("15"),
                        List.of(point("SSI-A-01"))))));
    }

    @Test
    void everyItemHasACheckpointAndEveryChecklistAnItem() {
        assertEquals(List.of("checklists[1].items[2].checkpoints scheme.item.noCheckpoint"),
                problems(withSsiItems(item("SSI-A", "10", point("SSI-A-01")), item("SSI-B", "5"))));
        assertEquals(List.of("checklists[1].items scheme.items.none"), problems(withSsiItems()));
    }

    @Test
    void bothChecklistsOnceEach() {
        SchemeChange v = valid();
        assertEquals(List.of("checklists scheme.checklist.missing"),
                problems(new SchemeChange(List.of(v.checklists().get(0)), v.components(), v.reason())));
        assertEquals(List.of("checklists[2].map scheme.checklist.twice", "checklists scheme.checklist.missing"),
                problems(new SchemeChange(List.of(v.checklists().get(0), v.checklists().get(0)), v.components(),
                        v.reason())));
        assertEquals(List.of("checklists[3].map scheme.checklist.unknown"),
                problems(new SchemeChange(List.of(v.checklists().get(0), v.checklists().get(1),
                        new SchemeView.SchemeChecklist("SOC", null, List.of())), v.components(), v.reason())));
    }

    @Test
    void theWeightsOfAComponentSumTo10() {
        assertEquals(List.of("components[1].factors scheme.factors.sum"),
                problems(withComponent(0, c -> new SchemeView.SchemeComponent("JDP_SSI", null,
                        List.of(factor("DEAL", "4"), factor("SALESPERSON", "5"))))));
        assertEquals(List.of(), problems(withComponent(0, c -> new SchemeView.SchemeComponent("JDP_SSI", null,
                List.of(factor("SALESPERSON", "2.25"), factor("DEAL", "7.75"))))));
    }

    @Test
    void aWeightIsAbove0AtMost10WithTwoDecimals() {
        assertEquals(List.of("components[1].factors[1].weight scheme.factor.weightInvalid"),
                problems(withComponent(0, c -> new SchemeView.SchemeComponent("JDP_SSI", null,
                        List.of(factor("DEAL", "0"), factor("SALESPERSON", "10"))))));
        assertEquals(List.of("components[1].factors[1].weight scheme.factor.weightInvalid"),
                problems(withComponent(0, c -> new SchemeView.SchemeComponent("JDP_SSI", null,
                        List.of(factor("DEAL", "-1"), factor("SALESPERSON", "11"))))).subList(0, 1));
        assertEquals(List.of("components[1].factors[2].weight scheme.factor.weightRequired"),
                problems(withComponent(0, c -> new SchemeView.SchemeComponent("JDP_SSI", null,
                        List.of(factor("DEAL", "10"), factor("SALESPERSON", null))))));
    }

    @Test
    void theFactorsStayTheYearsOnlyTheirWeightsAndNamesChange() {
        assertEquals(List.of("components[1].factors[2].code scheme.factor.unknown",
                        "components[1].factors scheme.factor.missing"),
                problems(withComponent(0, c -> new SchemeView.SchemeComponent("JDP_SSI", null,
                        List.of(factor("DEAL", "4"), factor("PRICE", "6"))))));
        SchemeChange v = valid();
        assertEquals(List.of("components scheme.component.missing"),
                problems(new SchemeChange(v.checklists(), v.components().subList(0, 2), v.reason())));
        assertEquals(List.of("components[4].component scheme.component.unknown"),
                problems(new SchemeChange(v.checklists(), List.of(v.components().get(0), v.components().get(1),
                        v.components().get(2), new SchemeView.SchemeComponent("SOC", null, List.of())), v.reason())));
    }

    @Test
    void nothingGivenNamesEverythingMissing() {
        assertEquals(List.of("reason scheme.reasonRequired", "checklists scheme.checklist.missing",
                        "checklists scheme.checklist.missing", "components scheme.component.missing",
                        "components scheme.component.missing", "components scheme.component.missing"),
                problems(SchemeChange.empty()));
    }

    @Test
    void theMessagesSayItInBothLanguages() {
        Problem sum = SchemeRules.check(withComponent(0, c -> new SchemeView.SchemeComponent("JDP_SSI", null,
                List.of(factor("DEAL", "4"), factor("SALESPERSON", "5")))), FACTORS).get(0);
        assertEquals("The weights of JDP_SSI sum to 9; they must sum to 10.", sum.message(java.util.Locale.ENGLISH));
        assertEquals("JDP_SSI 的权重之和为 9，应为 10。", sum.message(Messages.CHINESE));
    }
}
