package com.dealercs.application;

import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.SchemeText;
import com.dealercs.domain.model.scheme.ScoringFactor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a year's scheme must be (scoring.md §1.1, §1.3, §1.5; docs/scoring.md), each problem named
 * by its field in the {@link SchemeChange} (places counted from 1, e.g.
 * {@code checklists[1].items[2].itemMax}):
 * <ul>
 *   <li>both checklists, SSI_MAP and CS_MAP, once each, each with at least one item, whose maxima
 *       (above 0, at most 15, two decimals) sum to 15: an inspection is worth 15 points;</li>
 *   <li>item codes unique over both checklists, checkpoint codes unique over the year (the
 *       imports and the results know a checkpoint by its code alone); at least one checkpoint an
 *       item; every name given in Chinese and in English, at most 100 characters;</li>
 *   <li>every factor component of the year, once, with exactly its factors (their codes are what
 *       the imports name), weights above 0 with two decimals summing to 10 per component.</li>
 * </ul>
 */
public final class SchemeRules {

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> itemCodes = new LinkedHashSet<>();
    private final Set<String> checkpointCodes = new LinkedHashSet<>();

    private SchemeRules() {
    }

    /**
     * Every problem of the change at once, or none.
     *
     * @param factorCodes the year's factor codes by component, as they are (they cannot change)
     */
    public static List<Problem> check(SchemeChange change, Map<String, List<String>> factorCodes) {
        SchemeRules rules = new SchemeRules();
        rules.reason(change.reason());
        rules.checklists(change.checklists());
        rules.components(change.components(), factorCodes);
        return List.copyOf(rules.problems);
    }

    private void reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.add(Problem.of("reason", "scheme.reasonRequired"));
        } else if (why.length() > YearLifecycle.MAX_REASON) {
            problems.add(Problem.of("reason", "year.reopen.reasonTooLong", YearLifecycle.MAX_REASON));
        }
    }

    private void checklists(List<SchemeView.SchemeChecklist> checklists) {
        List<SchemeView.SchemeChecklist> given = checklists == null ? List.of() : checklists;
        Set<ChecklistMap> seen = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "checklists[" + (i + 1) + "]";
            SchemeView.SchemeChecklist checklist = given.get(i);
            ChecklistMap map = checklist == null ? null : map(checklist.map());
            if (map == null) {
                problems.add(Problem.of(field + ".map", "scheme.checklist.unknown",
                        checklist == null ? "" : String.valueOf(checklist.map())));
                continue;
            }
            if (!seen.add(map)) {
                problems.add(Problem.of(field + ".map", "scheme.checklist.twice", map.name()));
                continue;
            }
            items(field, map, checklist.items());
        }
        for (ChecklistMap map : ChecklistMap.values()) {
            if (!seen.contains(map)) {
                problems.add(Problem.of("checklists", "scheme.checklist.missing", map.name()));
            }
        }
    }

    private static ChecklistMap map(String value) {
        return Arrays.stream(ChecklistMap.values()).filter(m -> m.name().equals(value)).findFirst().orElse(null);
    }

    private void items(String checklistField, ChecklistMap map, List<SchemeView.SchemeItem> items) {
        String field = checklistField + ".items";
        if (items == null || items.isEmpty()) {
            problems.add(Problem.of(field, "scheme.items.none", map.name()));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean summable = true;
        for (int i = 0; i < items.size(); i++) {
            String itemField = field + "[" + (i + 1) + "]";
            SchemeView.SchemeItem item = items.get(i);
            if (item == null) {
                problems.add(Problem.of(itemField + ".code", "scheme.code.required"));
                summable = false;
                continue;
            }
            String code = code(itemField + ".code", item.code());
            if (code != null && !itemCodes.add(code)) {
                problems.add(Problem.of(itemField + ".code", "scheme.item.codeTwice", code));
            }
            names(itemField, item.nameZh(), item.nameEn());
            if (item.itemMax() == null) {
                problems.add(Problem.of(itemField + ".itemMax", "scheme.item.maxRequired"));
                summable = false;
            } else if (!ChecklistItem.isValidMax(item.itemMax())) {
                problems.add(Problem.of(itemField + ".itemMax", "scheme.item.maxInvalid",
                        item.itemMax().toPlainString()));
                summable = false;
            } else {
                sum = sum.add(item.itemMax());
            }
            checkpoints(itemField, code == null ? "#" + (i + 1) : code, item.checkpoints());
        }
        // an inspection's points are 15 × earned / possible: the maxima are the items' shares of 15
        if (summable && sum.compareTo(ChecklistItem.CHECKLIST_POINTS) != 0) {
            problems.add(Problem.of(field, "scheme.items.sum", map.name(), sum.stripTrailingZeros().toPlainString(),
                    ChecklistItem.CHECKLIST_POINTS.toPlainString()));
        }
    }

    private void checkpoints(String itemField, String itemCode, List<SchemeView.SchemeCheckpoint> checkpoints) {
        String field = itemField + ".checkpoints";
        if (checkpoints == null || checkpoints.isEmpty()) {
            problems.add(Problem.of(field, "scheme.item.noCheckpoint", itemCode));
            return;
        }
        for (int i = 0; i < checkpoints.size(); i++) {
            String checkpointField = field + "[" + (i + 1) + "]";
            SchemeView.SchemeCheckpoint checkpoint = checkpoints.get(i);
            if (checkpoint == null) {
                problems.add(Problem.of(checkpointField + ".code", "scheme.code.required"));
                continue;
            }
            String code = code(checkpointField + ".code", checkpoint.code());
            if (code != null && !checkpointCodes.add(code)) {
                problems.add(Problem.of(checkpointField + ".code", "scheme.checkpoint.codeTwice", code));
            }
            names(checkpointField, checkpoint.nameZh(), checkpoint.nameEn());
        }
    }

    private void components(List<SchemeView.SchemeComponent> components, Map<String, List<String>> factorCodes) {
        List<SchemeView.SchemeComponent> given = components == null ? List.of() : components;
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "components[" + (i + 1) + "]";
            SchemeView.SchemeComponent component = given.get(i);
            String name = component == null ? null : component.component();
            if (name == null || !factorCodes.containsKey(name)) {
                problems.add(Problem.of(field + ".component", "scheme.component.unknown", String.valueOf(name)));
                continue;
            }
            if (!seen.add(name)) {
                problems.add(Problem.of(field + ".component", "scheme.component.twice", name));
                continue;
            }
            factors(field, name, component.factors(), factorCodes.get(name));
        }
        for (String name : factorCodes.keySet()) {
            if (!seen.contains(name)) {
                problems.add(Problem.of("components", "scheme.component.missing", name));
            }
        }
    }

    private void factors(String componentField, String component, List<SchemeView.SchemeFactor> factors, List<String> codes) {
        String field = componentField + ".factors";
        List<SchemeView.SchemeFactor> given = factors == null ? List.of() : factors;
        Map<String, Integer> places = new HashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean summable = true;
        for (int i = 0; i < given.size(); i++) {
            String factorField = field + "[" + (i + 1) + "]";
            SchemeView.SchemeFactor factor = given.get(i);
            String code = factor == null ? null : factor.code();
            if (code == null || !codes.contains(code)) {
                problems.add(Problem.of(factorField + ".code", "scheme.factor.unknown", component, String.valueOf(code)));
                summable = false;
                continue;
            }
            if (places.putIfAbsent(code, i) != null) {
                problems.add(Problem.of(factorField + ".code", "scheme.factor.twice", component, code));
                summable = false;
                continue;
            }
            names(factorField, factor.nameZh(), factor.nameEn());
            if (factor.weight() == null) {
                problems.add(Problem.of(factorField + ".weight", "scheme.factor.weightRequired"));
                summable = false;
            } else if (!ScoringFactor.isValidWeight(factor.weight())) {
                problems.add(Problem.of(factorField + ".weight", "scheme.factor.weightInvalid",
                        factor.weight().toPlainString()));
                summable = false;
            } else {
                sum = sum.add(factor.weight());
            }
        }
        for (String code : codes) {
            if (!places.containsKey(code)) {
                problems.add(Problem.of(field, "scheme.factor.missing", component, code));
                summable = false;
            }
        }
        // the weights are the points a perfect score earns: they add up to the component's 10
        if (summable && sum.compareTo(ScoringFactor.COMPONENT_POINTS) != 0) {
            problems.add(Problem.of(field, "scheme.factors.sum", component, sum.stripTrailingZeros().toPlainString(),
                    ScoringFactor.COMPONENT_POINTS.toPlainString()));
        }
    }

    /** The code, or null (with its problem) when it is missing or malformed. */
    private String code(String field, String code) {
        String value = code == null ? "" : code.strip();
        if (value.isEmpty()) {
            problems.add(Problem.of(field, "scheme.code.required"));
            return null;
        }
        if (!SchemeText.isCode(value)) {
            problems.add(Problem.of(field, "scheme.code.invalid", value));
            return null;
        }
        return value;
    }

    private void names(String field, String nameZh, String nameEn) {
        name(field + ".nameZh", nameZh);
        name(field + ".nameEn", nameEn);
    }

    private void name(String field, String name) {
        if (name == null || name.isBlank()) {
            problems.add(Problem.of(field, "scheme.name.required"));
        } else if (name.strip().length() > SchemeText.MAX_NAME) {
            problems.add(Problem.of(field, "scheme.name.tooLong", SchemeText.MAX_NAME));
        }
    }
}
