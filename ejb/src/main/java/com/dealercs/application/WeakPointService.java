package com.dealercs.application;

import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.network.DealerStatus;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import com.dealercs.domain.scoring.Component;
import com.dealercs.domain.scoring.DealerFacts;
import com.dealercs.domain.scoring.WeakPoints;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The network's weak points (达标率) of a year, for HQ staff, executives and administrators: never
 * for dealer users, who must not see other dealers' results. The facts are the calculation's own
 * ({@link YearInputs}: ACTIVE dealers, approved inspections); the rule is {@link WeakPoints}.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME})
public class WeakPointService {

    @Inject
    EvaluationYearRepository years;

    @Inject
    YearInputs inputs;

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    /**
     * The compliance rates of the year's items and checkpoints, weakest first, over the approved
     * inspections of ACTIVE dealers; {@code region} and {@code quarter} narrow the set when not
     * {@code null}. An unknown region gives empty lists. Names in Simplified Chinese, in English
     * when the locale's language is English.
     *
     * @throws NotFoundException when the year does not exist
     * @throws InvalidInputException when the quarter is not 1 to 4
     */
    public WeakPointsView weakPoints(int year, String region, Integer quarter, Locale locale) {
        requireQuarter(quarter);
        EvaluationYear evaluationYear = year(year);
        return view(year, inputs.load(evaluationYear).dealers(), names(evaluationYear), blankAsNull(region), quarter,
                locale);
    }

    /**
     * The year's weak points network-wide, then for each region of {@link #regions} in order, from
     * one reading of the year's facts: what the printed report shows.
     *
     * @throws NotFoundException when the year does not exist
     */
    public List<WeakPointsView> networkAndRegions(int year, Locale locale) {
        EvaluationYear evaluationYear = year(year);
        List<DealerFacts> dealers = inputs.load(evaluationYear).dealers();
        Map<String, Texts> names = names(evaluationYear);
        List<WeakPointsView> views = new ArrayList<>();
        views.add(view(year, dealers, names, null, null, locale));
        for (String region : regions(year)) {
            views.add(view(year, dealers, names, region, null, locale));
        }
        return views;
    }

    private static WeakPointsView view(int year, List<DealerFacts> dealers, Map<String, Texts> names, String region,
            Integer quarter, Locale locale) {
        WeakPoints weak = WeakPoints.of(dealers, region, quarter);
        boolean english = locale != null && "en".equals(locale.getLanguage());
        List<WeakPointsView.ItemCompliance> items = weak.items().stream()
                .map(c -> new WeakPointsView.ItemCompliance(c.map().name(), c.itemCode(),
                        name(names, c.itemCode(), english), c.pass(), c.fail(), c.rate(), c.dealersFailing()))
                .toList();
        List<WeakPointsView.CheckpointCompliance> checkpoints = weak.checkpoints().stream()
                .map(c -> new WeakPointsView.CheckpointCompliance(c.map().name(), c.itemCode(), c.checkpointCode(),
                        name(names, c.checkpointCode(), english), c.pass(), c.fail(), c.rate(), c.dealersFailing()))
                .toList();
        return new WeakPointsView(year, region, quarter, weak.inspections(), items, checkpoints);
    }

    /** The regions of the year's ACTIVE dealers, in order: what the weak points can be narrowed to. */
    public List<String> regions(int year) {
        year(year);
        // the facts are read for every ACTIVE dealer (YearFactReader), so these are their regions
        return em.createQuery("select distinct d.region.name from Dealer d where d.status = :active", String.class)
                .setParameter("active", DealerStatus.ACTIVE).getResultStream().sorted().toList();
    }

    /**
     * The dealers with at least one FAIL on the checkpoint in the same set as {@link #weakPoints},
     * most failures first, then by dealer code.
     *
     * @throws NotFoundException when the year does not exist
     * @throws InvalidInputException when the quarter is not 1 to 4 or the checkpoint is not on the year's checklists
     */
    public List<CheckpointFailureView> dealersFailing(int year, String checkpointCode, String region,
            Integer quarter) {
        requireQuarter(quarter);
        EvaluationYear evaluationYear = year(year);
        YearInputs.Loaded loaded = inputs.load(evaluationYear);
        boolean onChecklist = checkpointCode != null && List.of(Component.SSI_MAP, Component.CS_MAP).stream()
                .anyMatch(map -> loaded.scheme().checklist(map).itemOf(checkpointCode).isPresent());
        if (!onChecklist) {
            throw new InvalidInputException(Problem.of("checkpointCode", "weakPoints.checkpoint.unknown",
                    Objects.toString(checkpointCode, ""), year));
        }
        List<DealerFacts> dealers = loaded.dealers();
        List<WeakPoints.DealerFailure> failing = WeakPoints.dealersFailing(dealers, checkpointCode,
                blankAsNull(region), quarter);
        Map<String, String> dealerNames = dealerNames(failing.stream().map(f -> f.dealer().code()).toList());
        return failing.stream()
                .map(f -> new CheckpointFailureView(f.dealer().code(), dealerNames.get(f.dealer().code()),
                        f.dealer().region(), f.fail(), f.marked()))
                .toList();
    }

    private EvaluationYear year(int year) {
        return years.find(year).orElseThrow(() -> new NotFoundException("year.notFound", year));
    }

    private static void requireQuarter(Integer quarter) {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new InvalidInputException(Problem.of("quarter", "weakPoints.quarter.invalid", quarter));
        }
    }

    private static String blankAsNull(String region) {
        return region == null || region.isBlank() ? null : region.strip();
    }

    /** An item's or checkpoint's name in both languages. */
    private record Texts(String zh, String en) {
    }

    /** The year's item and checkpoint names by code (codes are unique within a year's scheme). */
    private Map<String, Texts> names(EvaluationYear year) {
        Map<String, Texts> names = new HashMap<>();
        for (Checkpoint checkpoint : em.createQuery("select c from Checkpoint c join fetch c.item where c.year = :year",
                Checkpoint.class).setParameter("year", year).getResultList()) {
            names.put(checkpoint.getCode(), new Texts(checkpoint.getNameZh(), checkpoint.getNameEn()));
            names.putIfAbsent(checkpoint.getItem().getCode(),
                    new Texts(checkpoint.getItem().getNameZh(), checkpoint.getItem().getNameEn()));
        }
        return names;
    }

    private static String name(Map<String, Texts> names, String code, boolean english) {
        Texts texts = names.get(code);
        if (texts == null) {
            return code;
        }
        return english ? texts.en() : texts.zh();
    }

    private Map<String, String> dealerNames(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        for (Object[] row : em.createQuery("select d.code, d.name from Dealer d where d.code in :codes", Object[].class)
                .setParameter("codes", codes).getResultList()) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }
}
