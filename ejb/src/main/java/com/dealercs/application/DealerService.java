package com.dealercs.application;

import com.dealercs.application.DealerProfile.AdjustmentView;
import com.dealercs.application.DealerProfile.CrisisAssessmentView;
import com.dealercs.application.DealerProfile.CscQuarterView;
import com.dealercs.application.DealerProfile.JdpScoreView;
import com.dealercs.application.DealerProfile.SocScoreView;
import com.dealercs.application.DealerProfile.TrainingScoreView;
import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.calculation.CalculationRepository;
import com.dealercs.domain.model.facts.FactRepository;
import com.dealercs.domain.model.facts.RebateAdjustment;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.imports.Codes;
import com.dealercs.domain.model.imports.DealerRow;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.DealerRepository;
import com.dealercs.domain.model.network.DealerStatus;
import com.dealercs.domain.model.network.Region;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dealer network as HQ keeps it on the portal: the list with its filters, one dealer's page
 * with everything about it for a year, and creating, changing and closing a dealer (HQ staff and
 * administrators; executives read). Details follow the dealers file's rules (interfaces.md §1);
 * every change is audited on the dealer's subject with before, after and why.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME})
public class DealerService {

    /** The most dealers one list answers (the network has some 250). */
    public static final int LIST_LIMIT = 2000;
    /** The most audit entries a dealer's page shows. */
    public static final int HISTORY_LIMIT = 200;

    @Inject
    DealerRepository dealers;

    @Inject
    EvaluationYearRepository years;

    @Inject
    FactRepository facts;

    @Inject
    CalculationRepository runs;

    @Inject
    AuditTrail audit;

    @Inject
    PublishedScorecards published;

    @EJB
    InspectionService inspections;

    @EJB
    ScorecardService scorecards;

    @Resource
    SessionContext session;

    /** The dealers matching the criteria, by code. */
    public List<DealerView> list(DealerCriteria criteria) {
        DealerCriteria asked = criteria == null ? new DealerCriteria(null, null, null, null) : criteria;
        DealerStatus status = null;
        if (!blank(asked.status())) {
            status = Arrays.stream(DealerStatus.values())
                    .filter(s -> s.name().equalsIgnoreCase(asked.status().strip())).findFirst()
                    .orElseThrow(() -> new InvalidInputException(Problem.of("status", "dealer.status.invalid",
                            asked.status())));
        }
        return dealers.search(new DealerRepository.Filter(strippedOrNull(asked.region()),
                strippedOrNull(asked.province()), status, strippedOrNull(asked.text())), LIST_LIMIT)
                .stream().map(DealerService::view).toList();
    }

    /** The regions there are, by name (the list's filter and the form's choice). */
    public List<String> regions() {
        return dealers.regions().stream().map(Region::getName).toList();
    }

    /** The provinces dealers are in, by name. */
    public List<String> provinces() {
        return dealers.provinces();
    }

    public DealerView one(String code) {
        return view(found(code));
    }

    /** A new ACTIVE dealer; 409 when the code is taken. A new region is made with its first dealer. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public DealerView create(DealerDetails details) {
        DealerRow row = parse(details, DealerStatus.ACTIVE);
        if (dealers.find(row.dealerCode()).isPresent()) {
            throw new ConflictException("dealer.exists", row.dealerCode());
        }
        String reason = optionalReason(details.reason());
        Dealer dealer = new Dealer(row.dealerCode(), row.name(), dealers.region(row.region()), row.province(),
                row.city(), row.openedOn(), DealerStatus.ACTIVE);
        dealers.add(dealer);
        published.forgetAfterTransaction();
        audit.record(caller(), AuditTrail.DEALER_CREATED, AuditTrail.dealer(dealer.getCode()), null, describe(dealer),
                reason);
        return view(dealer);
    }

    /**
     * Changes a dealer's details (never its code or status), with a reason; 409 when someone
     * changed it since {@code details.version()} was read.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public DealerView change(String code, DealerDetails details) {
        Dealer dealer = found(code);
        DealerRow row = parse(new DealerDetails(dealer.getCode(), details.name(), details.region(), details.province(),
                details.city(), details.openedOn(), details.version(), details.reason()), dealer.getStatus());
        String reason = requiredReason(details.reason());
        requireVersion(dealer, details.version());
        String before = describe(dealer);
        dealer.update(row.name(), dealers.region(row.region()), row.province(), row.city(), row.openedOn(),
                dealer.getStatus());
        dealers.changed(dealer);
        published.forgetAfterTransaction(); // its name and region are on its published scorecards
        String after = describe(dealer);
        if (!before.equals(after)) {
            audit.record(caller(), AuditTrail.DEALER_CHANGED, AuditTrail.dealer(dealer.getCode()), before, after,
                    reason);
        }
        return view(dealer);
    }

    /** Closes an ACTIVE dealer, with a reason: it keeps its history and gets no new scorecard or inspection. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public DealerView close(String code, Long version, String reason) {
        Dealer dealer = found(code);
        String why = requiredReason(reason);
        requireVersion(dealer, version);
        if (!dealer.isActive()) {
            throw new ConflictException("dealer.closedAlready", dealer.getCode());
        }
        dealer.close();
        dealers.changed(dealer);
        published.forgetAfterTransaction();
        audit.record(caller(), AuditTrail.DEALER_CLOSED, AuditTrail.dealer(dealer.getCode()),
                DealerStatus.ACTIVE.name(), DealerStatus.CLOSED.name(), why);
        return view(dealer);
    }

    /** Makes a CLOSED dealer ACTIVE again, with a reason (a closing by mistake, a dealer back in the network). */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public DealerView reopen(String code, Long version, String reason) {
        Dealer dealer = found(code);
        String why = requiredReason(reason);
        requireVersion(dealer, version);
        if (dealer.isActive()) {
            throw new ConflictException("dealer.activeAlready", dealer.getCode());
        }
        dealer.reopen();
        dealers.changed(dealer);
        published.forgetAfterTransaction();
        audit.record(caller(), AuditTrail.DEALER_REOPENED, AuditTrail.dealer(dealer.getCode()),
                DealerStatus.CLOSED.name(), DealerStatus.ACTIVE.name(), why);
        return view(dealer);
    }

    /**
     * Everything about a dealer for a year ({@code null}: the newest there is): its inspections,
     * scores, volume, scorecard and rebate, adjustments and its audit history.
     */
    public DealerProfile profile(String code, Integer year, Locale locale) {
        Dealer dealer = found(code);
        List<EvaluationYear> all = years.findAll().stream()
                .sorted(Comparator.comparingInt(EvaluationYear::getYear).reversed()).toList();
        Optional<EvaluationYear> chosen = year == null ? all.stream().findFirst()
                : all.stream().filter(y -> y.getYear() == year).findFirst();
        if (year != null && chosen.isEmpty()) {
            throw new NotFoundException("year.notFound", year);
        }
        List<InspectionSummary> dealerInspections = inspections.list(
                new InspectionRequests.Criteria(null, dealer.getCode(), null, null, null), locale);
        List<String> inspectionSubjects = dealerInspections.stream().map(i -> "inspection:" + i.id()).toList();
        List<AuditView> history = audit.aboutDealer(dealer.getCode(), inspectionSubjects, HISTORY_LIMIT).stream()
                .map(AuditView::of).toList();
        List<Integer> yearNumbers = all.stream().map(EvaluationYear::getYear).toList();
        if (chosen.isEmpty()) {
            return new DealerProfile(view(dealer), yearNumbers, null, null, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), null, null, List.of(), BigDecimal.ZERO.setScale(2), history);
        }
        EvaluationYear evaluationYear = chosen.get();
        int number = evaluationYear.getYear();
        List<AdjustmentView> adjustments = facts.adjustments(evaluationYear, dealer).stream()
                .map(DealerService::adjustment).toList();
        BigDecimal adjustmentTotal = adjustments.stream().map(AdjustmentView::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        ScorecardView scorecard = runs.latest(evaluationYear).flatMap(run -> runs.scorecard(run, dealer.getCode()))
                .isPresent() ? scorecards.one(number, dealer.getCode()) : null;
        return new DealerProfile(view(dealer), yearNumbers, number, evaluationYear.getState().name(),
                dealerInspections.stream().filter(i -> i.year() == number).toList(),
                facts.socScores(evaluationYear, dealer).stream()
                        .map(s -> new SocScoreView(s.getKind().name(), s.getVisitDate(), s.getScore())).toList(),
                facts.jdpScores(evaluationYear, dealer).stream()
                        .map(j -> new JdpScoreView(j.getStudy().name(), j.getFactorCode(), j.getIndex(),
                                j.getSampleSize())).toList(),
                facts.trainingScores(evaluationYear, dealer).stream()
                        .map(t -> new TrainingScoreView(t.getSessionDate(), t.getTrainer(), t.getScore())).toList(),
                facts.crisisAssessments(evaluationYear, dealer).stream()
                        .map(c -> new CrisisAssessmentView(c.getAssessedOn(), c.getScore())).toList(),
                facts.cscResponses(evaluationYear, dealer).stream()
                        .map(c -> new CscQuarterView(c.quarter(), c.responses())).toList(),
                facts.volume(evaluationYear, dealer).map(v -> v.getUnits()).orElse(null),
                scorecard, adjustments, adjustmentTotal, history);
    }

    // --- rules and helpers -------------------------------------------------------------------------

    /** The details read by the dealers file's own row rules, then the database's narrower limits. */
    static DealerRow parse(DealerDetails details, DealerStatus status) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("dealer_code", details.code());
        columns.put("name", details.name());
        columns.put("region", details.region());
        columns.put("province", details.province());
        columns.put("city", details.city());
        columns.put("opened_on", details.openedOn());
        columns.put("status", status.name());
        DealerRow row;
        try {
            row = EntryRows.parse(ImportKind.DEALERS, DealerRow.class, columns);
        } catch (InvalidInputException e) {
            List<Problem> problems = new ArrayList<>(e.problems());
            problems.addAll(placeProblems(columns, problems));
            throw new InvalidInputException(problems);
        }
        List<Problem> places = placeProblems(columns, List.of());
        if (!places.isEmpty()) {
            throw new InvalidInputException(places);
        }
        return row;
    }

    private static List<Problem> placeProblems(Map<String, String> columns, List<Problem> already) {
        List<Problem> problems = new ArrayList<>();
        for (String column : List.of("region", "province", "city")) {
            String value = columns.get(column) == null ? "" : columns.get(column).strip();
            int length = value.codePointCount(0, value.length());
            if (length > Codes.PLACE_MAX && already.stream().noneMatch(p -> column.equals(p.field()))) {
                problems.add(Problem.of(column, "fact.tooLong", column, String.valueOf(length),
                        String.valueOf(Codes.PLACE_MAX)));
            }
        }
        return problems;
    }

    private static void requireVersion(Dealer dealer, Long version) {
        if (version != null && version != dealer.getVersion()) {
            throw new ConflictException("dealer.changedMeanwhile", dealer.getCode());
        }
    }

    private static String requiredReason(String reason) {
        String given = optionalReason(reason);
        if (given == null) {
            throw new InvalidInputException(Problem.of("reason", "dealer.reasonRequired"));
        }
        return given;
    }

    private static String optionalReason(String reason) {
        if (blank(reason)) {
            return null;
        }
        String given = reason.strip();
        if (given.codePointCount(0, given.length()) > EntryRows.MAX_REASON) {
            throw new InvalidInputException(Problem.of("reason", "fact.tooLong", "reason",
                    String.valueOf(given.codePointCount(0, given.length())), String.valueOf(EntryRows.MAX_REASON)));
        }
        return given;
    }

    private Dealer found(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return dealers.find(wanted).orElseThrow(() -> new NotFoundException("dealer.notFound", wanted));
    }

    /** As the dealers import's audit writes a dealer: {@code D0001: name region province city opened status}. */
    static String describe(Dealer dealer) {
        return dealer.getCode() + ": " + String.join(" ", dealer.getName(), dealer.getRegion().getName(),
                dealer.getProvince(), dealer.getCity(), dealer.getOpenedOn().toString(), dealer.getStatus().name());
    }

    static DealerView view(Dealer dealer) {
        return new DealerView(dealer.getCode(), dealer.getName(), dealer.getRegion().getName(), dealer.getProvince(),
                dealer.getCity(), dealer.getOpenedOn(), dealer.getStatus().name(), dealer.getVersion());
    }

    private static AdjustmentView adjustment(RebateAdjustment adjustment) {
        return new AdjustmentView(adjustment.getAmount(), adjustment.getReason(), adjustment.getCreatedBy(),
                adjustment.getCreatedAt(), adjustment.isImported(), adjustment.getSourceLine());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String strippedOrNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
