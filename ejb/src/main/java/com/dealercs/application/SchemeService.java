package com.dealercs.application;

import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.domain.model.scheme.SchemeRepository;
import com.dealercs.domain.model.scheme.ScoringFactor;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A year's scheme (scoring.md §5: "the checklists and factor weights are data too"): HQ reads it;
 * an administrator changes it, with a reason, while the year is OPEN and has no inspection yet
 * (of any source or status: once results point at its checkpoints, the checklists stand). Every
 * item, checkpoint and factor that changed goes to the audit trail with its value before and
 * after; a change counts as a change of the year's data (the latest calculation no longer stands).
 * A year started from the previous year's scheme: {@link YearPolicyService#create(Integer, boolean)}.
 */
@Stateless
public class SchemeService {

    @Inject
    EvaluationYearRepository years;

    @Inject
    SchemeRepository scheme;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public SchemeView scheme(int year, Locale locale) {
        EvaluationYear evaluationYear = years.find(year).orElseThrow(() -> new NotFoundException("year.notFound", year));
        return view(evaluationYear, locale);
    }

    /** The whole scheme replaced by the change; 400 naming each wrong field, 409 when the year refuses it. */
    @RolesAllowed(Role.ADMIN_NAME)
    public SchemeView change(int year, SchemeChange change, Locale locale) {
        SchemeChange asked = change == null ? SchemeChange.empty() : change;
        // locked first: an import or a new inspection of the year waits until this change is done
        EvaluationYear evaluationYear = years.findForUpdate(year)
                .orElseThrow(() -> new NotFoundException("year.notFound", year));
        refuseIfFixed(evaluationYear);
        List<ScoringFactor> factors = scheme.factors(year);
        Map<String, List<String>> factorCodes = new LinkedHashMap<>();
        factors.forEach(f -> factorCodes.computeIfAbsent(f.getComponent().name(), c -> new ArrayList<>()).add(f.getCode()));
        List<Problem> problems = SchemeRules.check(asked, factorCodes);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String reason = asked.reason().strip();
        List<String[]> changes = new ArrayList<>();
        applyChecklists(evaluationYear, asked.checklists(), changes);
        applyFactors(factors, asked.components(), changes);
        scheme.write();
        if (!changes.isEmpty()) {
            evaluationYear.dataChanged(clock.instant());
            String actor = caller();
            for (String[] entry : changes) {
                audit.record(actor, AuditTrail.SCHEME_CHANGED, AuditTrail.year(year), entry[0], entry[1], reason);
            }
        }
        return view(evaluationYear, locale);
    }

    private void refuseIfFixed(EvaluationYear year) {
        if (!year.acceptsData()) {
            throw new ConflictException("scheme.frozen", year.getYear(), year.getState());
        }
        long inspections = scheme.inspectionCount(year.getYear());
        if (inspections > 0) {
            throw new ConflictException("scheme.inUse", year.getYear(), inspections);
        }
    }

    /**
     * Items and checkpoints are matched by their codes. Removals are written first, so that a code
     * may move (a checkpoint to another item, an item to the other checklist) in one change.
     */
    private void applyChecklists(EvaluationYear year, List<SchemeView.SchemeChecklist> wanted, List<String[]> changes) {
        Map<ChecklistMap, List<SchemeView.SchemeItem>> wantedItems = new LinkedHashMap<>();
        for (SchemeView.SchemeChecklist checklist : wanted) {
            wantedItems.put(ChecklistMap.valueOf(checklist.map()), checklist.items());
        }
        Map<ChecklistMap, Map<String, ChecklistItem>> kept = new LinkedHashMap<>();
        Map<ChecklistMap, String> orderBefore = new LinkedHashMap<>();
        Map<Checkpoint, String> checkpointsBefore = new LinkedHashMap<>();
        for (ChecklistMap map : ChecklistMap.values()) {
            List<ChecklistItem> current = scheme.checklist(year.getYear(), map);
            orderBefore.put(map, order(current));
            Map<String, SchemeView.SchemeItem> byCode = wantedItems.get(map).stream()
                    .collect(Collectors.toMap(i -> i.code().strip(), i -> i));
            Map<String, ChecklistItem> keep = new LinkedHashMap<>();
            for (ChecklistItem item : current) {
                SchemeView.SchemeItem want = byCode.get(item.getCode());
                if (want == null) {
                    changes.add(new String[] {describe(item), null});
                    item.getCheckpoints().forEach(c -> changes.add(new String[] {describe(c), null}));
                    scheme.remove(item);
                    continue;
                }
                keep.put(item.getCode(), item);
                List<String> wantedCheckpoints = want.checkpoints().stream().map(c -> c.code().strip()).toList();
                for (Checkpoint checkpoint : List.copyOf(item.getCheckpoints())) {
                    if (wantedCheckpoints.contains(checkpoint.getCode())) {
                        checkpointsBefore.put(checkpoint, describe(checkpoint));
                    } else {
                        changes.add(new String[] {describe(checkpoint), null});
                        item.removeCheckpoint(checkpoint);
                    }
                }
            }
            kept.put(map, keep);
        }
        scheme.write();
        for (ChecklistMap map : ChecklistMap.values()) {
            List<SchemeView.SchemeItem> items = wantedItems.get(map);
            List<ChecklistItem> after = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                SchemeView.SchemeItem want = items.get(i);
                ChecklistItem item = kept.get(map).get(want.code().strip());
                List<SchemeView.SchemeCheckpoint> checkpoints = want.checkpoints();
                if (item == null) {
                    item = new ChecklistItem(year, map, want.code().strip(), want.nameZh(), want.nameEn(),
                            want.itemMax(), i + 1);
                    changes.add(new String[] {null, describe(item)});
                    for (int k = 0; k < checkpoints.size(); k++) {
                        SchemeView.SchemeCheckpoint point = checkpoints.get(k);
                        Checkpoint added = item.addCheckpoint(point.code().strip(), point.nameZh(), point.nameEn(), k + 1);
                        changes.add(new String[] {null, describe(added)});
                    }
                    scheme.add(item);
                    after.add(item);
                    continue;
                }
                String before = describe(item);
                item.revise(want.nameZh(), want.nameEn(), want.itemMax(), i + 1);
                changed(before, describe(item), changes);
                for (int k = 0; k < checkpoints.size(); k++) {
                    SchemeView.SchemeCheckpoint point = checkpoints.get(k);
                    Checkpoint checkpoint = item.checkpoint(point.code().strip());
                    if (checkpoint == null) {
                        checkpoint = item.addCheckpoint(point.code().strip(), point.nameZh(), point.nameEn(), k + 1);
                        changes.add(new String[] {null, describe(checkpoint)});
                    } else {
                        checkpoint.revise(point.nameZh(), point.nameEn(), k + 1);
                        changed(checkpointsBefore.get(checkpoint), describe(checkpoint), changes);
                    }
                }
                after.add(item);
            }
            changed(orderBefore.get(map), order(after), changes);
        }
    }

    private void applyFactors(List<ScoringFactor> factors, List<SchemeView.SchemeComponent> wanted, List<String[]> changes) {
        Map<String, SchemeView.SchemeFactor> byKey = new LinkedHashMap<>();
        for (SchemeView.SchemeComponent component : wanted) {
            component.factors().forEach(f -> byKey.put(component.component() + " " + f.code().strip(), f));
        }
        for (ScoringFactor factor : factors) {
            SchemeView.SchemeFactor want = byKey.get(factor.getComponent().name() + " " + factor.getCode());
            String before = describe(factor);
            factor.revise(want.nameZh(), want.nameEn(), want.weight());
            changed(before, describe(factor), changes);
        }
    }

    private static void changed(String before, String after, List<String[]> changes) {
        if (!Objects.equals(before, after)) {
            changes.add(new String[] {before, after});
        }
    }

    /** An item as the audit trail keeps it (without its place: the order is an entry of its own). */
    static String describe(ChecklistItem item) {
        return item.getMap().name() + " " + item.getCode() + ": " + item.getNameZh() + " / " + item.getNameEn()
                + ", max " + plain(item.getItemMax());
    }

    static String describe(Checkpoint checkpoint) {
        ChecklistItem item = checkpoint.getItem();
        return item.getMap().name() + " " + item.getCode() + " " + checkpoint.getCode() + ": "
                + checkpoint.getNameZh() + " / " + checkpoint.getNameEn();
    }

    static String describe(ScoringFactor factor) {
        return factor.getComponent().name() + " " + factor.getCode() + ": " + factor.getNameZh() + " / "
                + factor.getNameEn() + ", weight " + plain(factor.getWeight());
    }

    /** A checklist's order: its items' codes, each with its checkpoints' codes. */
    static String order(List<ChecklistItem> items) {
        if (items.isEmpty()) {
            return null;
        }
        return items.get(0).getMap().name() + " order: " + items.stream()
                .map(i -> i.getCode() + " [" + i.getCheckpoints().stream().map(Checkpoint::getCode)
                        .collect(Collectors.joining(" ")) + "]")
                .collect(Collectors.joining(", "));
    }

    private SchemeView view(EvaluationYear year, Locale locale) {
        long inspections = scheme.inspectionCount(year.getYear());
        String refusal = null;
        if (!year.acceptsData()) {
            refusal = Messages.format(locale, "scheme.frozen", year.getYear(), year.getState());
        } else if (inspections > 0) {
            refusal = Messages.format(locale, "scheme.inUse", year.getYear(), inspections);
        }
        List<SchemeView.SchemeChecklist> checklists = new ArrayList<>();
        for (ChecklistMap map : ChecklistMap.values()) {
            List<ChecklistItem> items = scheme.checklist(year.getYear(), map);
            checklists.add(new SchemeView.SchemeChecklist(map.name(),
                    items.stream().map(ChecklistItem::getItemMax).reduce(BigDecimal.ZERO, BigDecimal::add),
                    items.stream().map(i -> new SchemeView.SchemeItem(i.getCode(), i.getNameZh(), i.getNameEn(),
                            i.getItemMax(), i.getCheckpoints().stream()
                                    .map(c -> new SchemeView.SchemeCheckpoint(c.getCode(), c.getNameZh(), c.getNameEn()))
                                    .toList())).toList()));
        }
        Map<String, List<ScoringFactor>> byComponent = scheme.factors(year.getYear()).stream()
                .collect(Collectors.groupingBy(f -> f.getComponent().name(), LinkedHashMap::new, Collectors.toList()));
        List<SchemeView.SchemeComponent> components = new ArrayList<>();
        byComponent.forEach((component, factors) -> components.add(new SchemeView.SchemeComponent(component,
                factors.stream().map(ScoringFactor::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add),
                factors.stream().map(f -> new SchemeView.SchemeFactor(f.getCode(), f.getNameZh(), f.getNameEn(),
                        f.getWeight())).toList())));
        return new SchemeView(year.getYear(), year.getState().name(), refusal == null, refusal, inspections,
                checklists, components);
    }

    /** 2.00 and 2 are the same value. */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
