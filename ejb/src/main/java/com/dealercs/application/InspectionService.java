package com.dealercs.application;

import com.dealercs.application.InspectionRequests.Criteria;
import com.dealercs.application.InspectionRequests.NewInspection;
import com.dealercs.application.InspectionRequests.ResultEntry;
import com.dealercs.application.InspectionRequests.ResultsChange;
import com.dealercs.application.InspectionView.CheckpointEntry;
import com.dealercs.application.InspectionView.InspectionPoints;
import com.dealercs.application.InspectionView.PhotoView;
import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.facts.CheckpointResult;
import com.dealercs.domain.model.facts.Inspection;
import com.dealercs.domain.model.facts.InspectionRepository;
import com.dealercs.domain.model.facts.InspectionStatus;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.DealerRepository;
import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.domain.model.scheme.SchemeRepository;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import com.dealercs.domain.model.year.YearRegistry;
import com.dealercs.domain.scoring.Component;
import com.dealercs.domain.scoring.Decimals;
import com.dealercs.domain.scoring.InspectedItem;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Inspections entered on the portal or over the API (interfaces.md §2). HQ staff and
 * administrators enter them and move them DRAFT → SUBMITTED → APPROVED; another HQ user than the
 * author approves or returns them; executives read them; a dealer user reads only its own approved
 * ones (scoring.md §6). An approved inspection counts in the year's scores, so approving and
 * reopening one are changes of the year's data, refused once the year is approved.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
public class InspectionService {

    /** The most inspections one list answers (a year of 250 dealers, two checklists, four quarters is 2,000). */
    public static final int LIST_LIMIT = 5000;
    public static final int MAX_REASON = 500;
    public static final int MAX_COMMENT = 500;
    public static final int MAX_INSPECTOR = 64;

    @Inject
    InspectionRepository inspections;

    @Inject
    SchemeRepository scheme;

    @Inject
    DealerRepository dealers;

    @Inject
    EvaluationYearRepository years;

    @Inject
    YearRegistry registry;

    @Inject
    AccountDealers accountDealers;

    @Inject
    AuditTrail audit;

    @Inject
    InspectionPhotoService photos;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** A new DRAFT inspection, entered by the caller; 409 when the year is locked or the key is taken. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public InspectionView create(NewInspection request, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        Dealer dealer = null;
        if (blank(request.dealerCode())) {
            problems.add(Problem.of("dealerCode", "inspection.required", "dealerCode"));
        } else {
            dealer = dealers.find(request.dealerCode().strip()).orElse(null);
            if (dealer == null) {
                problems.add(Problem.of("dealerCode", "inspection.dealer.unknown", request.dealerCode().strip()));
            } else if (!dealer.isActive()) {
                problems.add(Problem.of("dealerCode", "inspection.dealer.closed", dealer.getCode()));
            }
        }
        Integer year = request.year();
        if (year == null) {
            problems.add(Problem.of("year", "inspection.required", "year"));
        } else if (year < EvaluationYear.FIRST || year > EvaluationYear.LAST) {
            problems.add(Problem.of("year", "inspection.year.outOfRange", year, EvaluationYear.FIRST,
                    EvaluationYear.LAST));
            year = null;
        }
        if (request.quarter() == null) {
            problems.add(Problem.of("quarter", "inspection.required", "quarter"));
        } else if (request.quarter() < 1 || request.quarter() > 4) {
            problems.add(Problem.of("quarter", "inspection.quarter.invalid", request.quarter()));
        }
        ChecklistMap map = map(request.map(), "map", problems);
        LocalDate date = null;
        if (blank(request.inspectionDate())) {
            problems.add(Problem.of("inspectionDate", "inspection.required", "inspectionDate"));
        } else {
            try {
                date = LocalDate.parse(request.inspectionDate().strip());
                if (year != null && date.getYear() != year) {
                    problems.add(Problem.of("inspectionDate", "inspection.date.outsideYear", date, year));
                }
            } catch (DateTimeParseException e) {
                problems.add(Problem.of("inspectionDate", "inspection.date.invalid", request.inspectionDate()));
            }
        }
        if (blank(request.inspector())) {
            problems.add(Problem.of("inspector", "inspection.required", "inspector"));
        } else if (request.inspector().strip().length() > MAX_INSPECTOR) {
            problems.add(Problem.of("inspector", "inspection.tooLong", "inspector", MAX_INSPECTOR));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        registry.ensure(year);
        EvaluationYear evaluationYear = openYear(year, false);
        if (inspections.find(dealer, map, date).isPresent()) {
            throw new ConflictException("inspection.exists", dealer.getCode(), map, date);
        }
        Inspection inspection = Inspection.entered(evaluationYear, request.quarter(), dealer, map, date,
                request.inspector().strip(), caller(), clock.instant());
        inspections.add(inspection);
        audit.record(caller(), AuditTrail.INSPECTION_CREATED, subject(inspection), null, describe(inspection), null);
        return view(inspection, locale);
    }

    /** Inspections matching the criteria; a dealer user gets only its own approved ones. */
    public List<InspectionSummary> list(Criteria criteria, Locale locale) {
        Criteria asked = criteria == null ? new Criteria(null, null, null, null, null) : criteria;
        List<Problem> problems = new ArrayList<>();
        ChecklistMap map = blank(asked.map()) ? null : map(asked.map(), "map", problems);
        InspectionStatus status = blank(asked.status()) ? null : status(asked.status(), problems);
        if (asked.quarter() != null && (asked.quarter() < 1 || asked.quarter() > 4)) {
            problems.add(Problem.of("quarter", "inspection.quarter.invalid", asked.quarter()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String dealerCode = blank(asked.dealerCode()) ? null : asked.dealerCode().strip();
        Optional<String> ownDealer = ownDealer();
        if (ownDealer.isPresent()) {
            if (dealerCode != null && !dealerCode.equals(ownDealer.get())
                    || status != null && status != InspectionStatus.APPROVED) {
                return List.of();                   // nothing of another dealer, no draft
            }
            dealerCode = ownDealer.get();
            status = InspectionStatus.APPROVED;
        }
        return summaries(inspections.list(new InspectionRepository.Filter(asked.year(), dealerCode, status,
                asked.quarter(), map, null), LIST_LIMIT), locale);
    }

    /** One inspection with every checkpoint of its checklist; a dealer user only its own approved one (else 403). */
    public InspectionView one(long id, Locale locale) {
        Inspection inspection = found(id);
        Optional<String> ownDealer = ownDealer();
        if (ownDealer.isPresent() && (!inspection.getDealer().getCode().equals(ownDealer.get())
                || !inspection.isApproved())) {
            throw new ForbiddenException("inspection.forbidden");
        }
        return view(inspection, locale);
    }

    /**
     * Saves results of a draft: only the checkpoints named change. Refused with 409 and what the
     * other saver changed when {@code version} is not the current one, never silently overwritten.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public InspectionView saveResults(long id, ResultsChange change, Locale locale) {
        if (change == null || change.version() == null) {
            throw new InvalidInputException(Problem.of("version", "inspection.required", "version"));
        }
        Inspection inspection = foundForUpdate(id);
        requireOpen(inspection, false);
        if (inspection.getStatus() != InspectionStatus.DRAFT) {
            throw new ConflictException("inspection.notDraft", id, inspection.getStatus());
        }
        Map<String, Checkpoint> checklist = checkpoints(inspection);
        List<Problem> problems = new ArrayList<>();
        Map<Checkpoint, ResultEntry> wanted = new LinkedHashMap<>();
        for (int i = 0; i < change.results().size(); i++) {
            ResultEntry entry = change.results().get(i);
            String field = "results[" + i + "]";
            Checkpoint checkpoint = entry == null || entry.checkpointCode() == null ? null
                    : checklist.get(entry.checkpointCode().strip());
            if (checkpoint == null) {
                problems.add(Problem.of(field + ".checkpointCode", "inspection.checkpoint.unknown",
                        entry == null ? null : entry.checkpointCode(), inspection.getMap().name()));
                continue;
            }
            if (entry.result() != null && outcome(entry.result()).isEmpty()) {
                problems.add(Problem.of(field + ".result", "inspection.result.invalid", entry.result()));
            }
            if (entry.comment() != null && entry.comment().strip().length() > MAX_COMMENT) {
                problems.add(Problem.of(field + ".comment", "inspection.tooLong", "comment", MAX_COMMENT));
            }
            wanted.put(checkpoint, entry);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (change.version() != inspection.getVersion()) {
            throw conflict(inspection, wanted);
        }
        String caller = caller();
        for (Map.Entry<Checkpoint, ResultEntry> entry : wanted.entrySet()) {
            Checkpoint checkpoint = entry.getKey();
            String before = mark(inspection.result(checkpoint));
            Optional<CheckpointOutcome> outcome = outcome(entry.getValue().result());
            if (outcome.isPresent()) {
                inspection.record(checkpoint, outcome.get(), entry.getValue().comment());
            } else {
                inspection.clear(checkpoint);
            }
            String after = mark(inspection.result(checkpoint));
            if (inspection.isBeingCorrected() && !Objects.equals(before, after)) {
                audit.record(caller, AuditTrail.INSPECTION_CORRECTED, subject(inspection),
                        checkpoint.getCode() + "=" + before, checkpoint.getCode() + "=" + after,
                        inspection.getReopenReason());
            }
        }
        inspection.saved(caller, clock.instant());
        inspections.changed(inspection);
        return view(inspection, locale);
    }

    /**
     * Hands a complete draft over for approval: refused (400, each checkpoint named) while a
     * checkpoint has no result or a FAIL has no comment, or when every checkpoint is NA.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public InspectionView submit(long id, Locale locale) {
        Inspection inspection = foundForUpdate(id);
        requireOpen(inspection, false);
        if (inspection.getStatus() != InspectionStatus.DRAFT) {
            throw new ConflictException("inspection.notDraft", id, inspection.getStatus());
        }
        List<Checkpoint> checklist = List.copyOf(checkpoints(inspection).values());
        List<Problem> problems = new ArrayList<>();
        boolean applicable = false;
        for (Checkpoint checkpoint : checklist) {
            Optional<CheckpointResult> result = inspection.result(checkpoint);
            if (result.isEmpty()) {
                problems.add(Problem.of(checkpoint.getCode(), "inspection.submit.unanswered", checkpoint.getCode()));
            } else if (result.get().getOutcome() == CheckpointOutcome.FAIL && result.get().getComment() == null) {
                problems.add(Problem.of(checkpoint.getCode(), "inspection.submit.commentRequired",
                        checkpoint.getCode()));
            } else if (result.get().getOutcome().isApplicable()) {
                applicable = true;
            }
        }
        if (problems.isEmpty() && !applicable) {
            problems.add(Problem.of("results", "inspection.submit.nothingApplicable"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        inspection.submit(checklist, caller(), clock.instant());
        inspections.changed(inspection);
        audit.record(caller(), AuditTrail.INSPECTION_SUBMITTED, subject(inspection), InspectionStatus.DRAFT.name(),
                InspectionStatus.SUBMITTED.name() + " " + describePoints(inspection), null);
        return view(inspection, locale);
    }

    /** Another HQ user than the author approves a submitted inspection (403 for the author): it counts from now on. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public InspectionView approve(long id, Locale locale) {
        Inspection inspection = foundForUpdate(id);
        String caller = caller();
        if (inspection.isAuthor(caller)) {
            throw new ForbiddenException("inspection.approve.ownInspection");
        }
        EvaluationYear year = requireOpen(inspection, true);
        if (inspection.getStatus() != InspectionStatus.SUBMITTED) {
            throw new ConflictException("inspection.notSubmitted", id, inspection.getStatus());
        }
        inspection.approve(caller, clock.instant());
        inspections.changed(inspection);
        year.dataChanged(clock.instant());
        audit.record(caller, AuditTrail.INSPECTION_APPROVED, subject(inspection), InspectionStatus.SUBMITTED.name(),
                InspectionStatus.APPROVED.name() + " " + describePoints(inspection), null);
        return view(inspection, locale);
    }

    /** Another HQ user than the author sends a submitted inspection back to its author, with a reason. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public InspectionView returnToAuthor(long id, String reason, Locale locale) {
        String why = reason(reason);
        Inspection inspection = foundForUpdate(id);
        String caller = caller();
        if (inspection.isAuthor(caller)) {
            throw new ForbiddenException("inspection.approve.ownInspection");
        }
        requireOpen(inspection, false);
        if (inspection.getStatus() != InspectionStatus.SUBMITTED) {
            throw new ConflictException("inspection.notSubmitted", id, inspection.getStatus());
        }
        inspection.returnToAuthor(why, caller, clock.instant());
        inspections.changed(inspection);
        audit.record(caller, AuditTrail.INSPECTION_RETURNED, subject(inspection), InspectionStatus.SUBMITTED.name(),
                InspectionStatus.DRAFT.name(), why);
        return view(inspection, locale);
    }

    /**
     * An approved entered inspection becomes a draft again for a correction, while its year is
     * OPEN; until it is approved again it no longer counts, and each change of a checkpoint is audited.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public InspectionView reopen(long id, String reason, Locale locale) {
        String why = reason(reason);
        Inspection inspection = foundForUpdate(id);
        EvaluationYear year = requireOpen(inspection, true);
        if (inspection.getStatus() != InspectionStatus.APPROVED) {
            throw new ConflictException("inspection.notApproved", id, inspection.getStatus());
        }
        if (inspection.getAuthor() == null) {
            throw new ConflictException("inspection.imported", id);
        }
        inspection.reopen(why, caller(), clock.instant());
        inspections.changed(inspection);
        year.dataChanged(clock.instant());
        audit.record(caller(), AuditTrail.INSPECTION_REOPENED, subject(inspection),
                InspectionStatus.APPROVED.name() + " " + describePoints(inspection), InspectionStatus.DRAFT.name(), why);
        return view(inspection, locale);
    }

    /**
     * What is still to do in a quarter: every ACTIVE dealer without an approved inspection of one
     * or both checklists in it, by dealer code, with its inspections under way.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME})
    public List<InspectionToDo> toDo(int year, int quarter, Locale locale) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidInputException(Problem.of("quarter", "inspection.quarter.invalid", quarter));
        }
        Map<String, List<Inspection>> byDealer = inspections.list(new InspectionRepository.Filter(year, null, null,
                quarter, null, null), Integer.MAX_VALUE).stream()
                .collect(Collectors.groupingBy(i -> i.getDealer().getCode()));
        List<InspectionToDo> toDo = new ArrayList<>();
        for (Dealer dealer : dealers.active()) {
            List<Inspection> ofDealer = byDealer.getOrDefault(dealer.getCode(), List.of());
            Set<ChecklistMap> done = ofDealer.stream().filter(Inspection::isApproved).map(Inspection::getMap)
                    .collect(Collectors.toSet());
            List<String> missing = java.util.Arrays.stream(ChecklistMap.values()).filter(m -> !done.contains(m))
                    .map(Enum::name).toList();
            if (!missing.isEmpty()) {
                toDo.add(new InspectionToDo(dealer.getCode(), dealer.getName(), dealer.getRegion().getName(), missing,
                        summaries(ofDealer.stream().filter(i -> !i.isApproved()).toList(), locale)));
            }
        }
        return toDo;
    }

    /** The submitted inspections the caller may approve: every one that someone else entered. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public List<InspectionSummary> awaitingMyApproval(Locale locale) {
        return summaries(inspections.list(new InspectionRepository.Filter(null, null, InspectionStatus.SUBMITTED, null,
                null, caller()), LIST_LIMIT), locale);
    }

    // --- reading --------------------------------------------------------------------------------

    private InspectionView view(Inspection inspection, Locale locale) {
        return view(inspection, locale, ownDealer().isPresent(),
                scheme.checklist(inspection.getYear().getYear(), inspection.getMap()),
                photos.photosOf(inspection.getId()));
    }

    /**
     * One inspection against its checklist. A list reads each year's checklists once and no photos
     * (its entries have no items), so a year's 2,000 inspections cost no query each.
     */
    private static InspectionView view(Inspection inspection, Locale locale, boolean dealer,
                                       List<ChecklistItem> checklist, Map<String, List<PhotoView>> evidence) {
        boolean english = english(locale);
        List<InspectionView.Item> items = new ArrayList<>();
        List<InspectedItem> inspected = new ArrayList<>();
        int unanswered = 0;
        for (ChecklistItem item : checklist) {
            List<CheckpointEntry> entries = new ArrayList<>();
            Map<String, com.dealercs.domain.scoring.CheckpointResult> marks = new LinkedHashMap<>();
            for (Checkpoint checkpoint : item.getCheckpoints()) {
                Optional<CheckpointResult> result = inspection.result(checkpoint);
                result.ifPresent(r -> marks.put(checkpoint.getCode(), rule(r.getOutcome())));
                if (result.isEmpty()) {
                    unanswered++;
                }
                entries.add(new CheckpointEntry(checkpoint.getCode(),
                        english ? checkpoint.getNameEn() : checkpoint.getNameZh(),
                        result.map(r -> r.getOutcome().name()).orElse(null),
                        result.map(CheckpointResult::getComment).orElse(null),
                        evidence.getOrDefault(checkpoint.getCode(), List.of())));
            }
            InspectedItem marked = new InspectedItem(item.getCode(), item.getItemMax(), marks);
            inspected.add(marked);
            items.add(new InspectionView.Item(item.getCode(), english ? item.getNameEn() : item.getNameZh(),
                    item.getItemMax(), display(marked.earned()), marked.applies() ? item.getItemMax() : BigDecimal.ZERO,
                    entries));
        }
        InspectionPoints points = points(inspection.getMap(), inspection.getQuarter(), inspection.getInspectionDate(),
                inspected);
        return new InspectionView(inspection.getId(), inspection.getDealer().getCode(),
                inspection.getDealer().getName(), inspection.getYear().getYear(), inspection.getQuarter(),
                inspection.getMap().name(), inspection.getInspectionDate(), inspection.getInspector(),
                inspection.getStatus().name(), inspection.getVersion(), dealer ? null : inspection.getAuthor(),
                inspection.getSource().name(), points, unanswered, dealer ? null : inspection.getReturnReason(),
                dealer ? null : inspection.getReopenReason(), dealer ? null : inspection.getSavedBy(),
                inspection.getSavedAt(), dealer ? null : inspection.getApprovedBy(), inspection.getApprovedAt(), items);
    }

    /** Summaries of many inspections, each year's checklist read once. */
    private List<InspectionSummary> summaries(List<Inspection> found, Locale locale) {
        boolean dealer = ownDealer().isPresent();
        Map<String, List<ChecklistItem>> checklists = new java.util.HashMap<>();
        return found.stream().map(i -> view(i, locale, dealer, checklists.computeIfAbsent(
                i.getYear().getYear() + "|" + i.getMap(), k -> scheme.checklist(i.getYear().getYear(), i.getMap())),
                Map.of()).summary()).toList();
    }

    /** scoring.md §1.1 for one inspection, by the rules' own {@link com.dealercs.domain.scoring.Inspection}. */
    static InspectionPoints points(ChecklistMap map, int quarter, LocalDate date, List<InspectedItem> items) {
        if (items.stream().noneMatch(InspectedItem::applies)) {
            return null;
        }
        com.dealercs.domain.scoring.Inspection rule = new com.dealercs.domain.scoring.Inspection(
                Component.valueOf(map.name()), quarter, date, true, items);
        return new InspectionPoints(display(rule.earned()), rule.possible(), display(rule.points()));
    }

    private static BigDecimal display(BigDecimal value) {
        return Decimals.round2(value);
    }

    private static com.dealercs.domain.scoring.CheckpointResult rule(CheckpointOutcome outcome) {
        return com.dealercs.domain.scoring.CheckpointResult.valueOf(outcome.name());
    }

    // --- guards and helpers ------------------------------------------------------------------------

    private Inspection found(long id) {
        return inspections.find(id).orElseThrow(() -> new NotFoundException("inspection.notFound", id));
    }

    private Inspection foundForUpdate(long id) {
        return inspections.findForUpdate(id).orElseThrow(() -> new NotFoundException("inspection.notFound", id));
    }

    /**
     * The inspection's year, 409 unless it is OPEN. Approving or reopening changes what the year
     * counts, so those lock the year against its concurrent approval; a draft's changes count for
     * nothing and need no lock (an autosave never waits for a running calculation).
     */
    private EvaluationYear requireOpen(Inspection inspection, boolean changesWhatCounts) {
        return openYear(inspection.getYear().getYear(), changesWhatCounts);
    }

    private EvaluationYear openYear(int year, boolean lock) {
        EvaluationYear evaluationYear = (lock ? years.findForUpdate(year) : years.find(year))
                .orElseThrow(() -> new NotFoundException("year.notFound", year));
        if (!evaluationYear.acceptsData()) {
            throw new ConflictException("inspection.yearLocked", year, evaluationYear.getState());
        }
        return evaluationYear;
    }

    /** The inspection's checklist, checkpoint code → checkpoint, in the scheme's order. */
    private Map<String, Checkpoint> checkpoints(Inspection inspection) {
        Map<String, Checkpoint> checklist = new LinkedHashMap<>();
        for (ChecklistItem item : scheme.checklist(inspection.getYear().getYear(), inspection.getMap())) {
            item.getCheckpoints().forEach(c -> checklist.put(c.getCode(), c));
        }
        return checklist;
    }

    /** 409 with, for each checkpoint the caller wanted to change, what it holds now when that differs. */
    private static ConflictException conflict(Inspection inspection, Map<Checkpoint, ResultEntry> wanted) {
        List<Problem> details = new ArrayList<>();
        for (Map.Entry<Checkpoint, ResultEntry> entry : wanted.entrySet()) {
            Optional<CheckpointResult> now = inspection.result(entry.getKey());
            String nowResult = now.map(r -> r.getOutcome().name()).orElse(null);
            String nowComment = now.map(CheckpointResult::getComment).orElse(null);
            String wantedComment = blank(entry.getValue().comment()) ? null : entry.getValue().comment().strip();
            if (!Objects.equals(nowResult, entry.getValue().result() == null ? null
                    : entry.getValue().result().strip().toUpperCase(Locale.ROOT))
                    || !Objects.equals(nowComment, wantedComment)) {
                details.add(Problem.of(entry.getKey().getCode(), "inspection.conflict.checkpoint",
                        entry.getKey().getCode(), nowResult == null ? "—" : nowResult,
                        nowComment == null ? "" : nowComment));
            }
        }
        return new ConflictException(details, "inspection.conflict", inspection.getSavedBy(),
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC)
                        .format(inspection.getSavedAt()), inspection.getVersion());
    }

    private static String mark(Optional<CheckpointResult> result) {
        return result.map(r -> r.getOutcome().name() + (r.getComment() == null ? "" : " \"" + r.getComment() + "\""))
                .orElse("—");
    }

    private static Optional<CheckpointOutcome> outcome(String result) {
        if (result == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CheckpointOutcome.valueOf(result.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ChecklistMap map(String value, String field, List<Problem> problems) {
        if (blank(value)) {
            problems.add(Problem.of(field, "inspection.required", field));
            return null;
        }
        try {
            return ChecklistMap.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(field, "inspection.map.invalid", value));
            return null;
        }
    }

    private static InspectionStatus status(String value, List<Problem> problems) {
        try {
            return InspectionStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of("status", "inspection.status.invalid", value));
            return null;
        }
    }

    private static String reason(String reason) {
        if (blank(reason)) {
            throw new InvalidInputException(Problem.of("reason", "inspection.reasonRequired"));
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInputException(Problem.of("reason", "inspection.tooLong", "reason", MAX_REASON));
        }
        return reason.strip();
    }

    private static String subject(Inspection inspection) {
        return "inspection:" + inspection.getId();
    }

    private static String describe(Inspection inspection) {
        return inspection.getDealer().getCode() + " " + inspection.getMap().name() + " " + inspection.getYear().getYear()
                + "Q" + inspection.getQuarter() + " " + inspection.getInspectionDate();
    }

    private String describePoints(Inspection inspection) {
        InspectionView view = view(inspection, Locale.ENGLISH);
        return describe(inspection) + (view.points() == null ? "" : " score=" + view.points().score());
    }

    private Optional<String> ownDealer() {
        if (!session.isCallerInRole(Role.DEALER_NAME)) {
            return Optional.empty();
        }
        String code = accountDealers.dealerOf(caller())
                .orElseThrow(() -> new ForbiddenException("inspection.forbidden"));
        return Optional.of(code);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
