package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.application.InspectionRequests.Criteria;
import com.dealercs.application.InspectionRequests.NewInspection;
import com.dealercs.application.InspectionRequests.ResultEntry;
import com.dealercs.application.InspectionRequests.ResultsChange;
import com.dealercs.domain.model.audit.AuditEntry;
import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.facts.FailedCheckpoint;
import com.dealercs.domain.model.facts.Inspection;
import com.dealercs.domain.model.facts.InspectionRepository;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.identity.UserAccount;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.YearRegistry;
import com.dealercs.domain.model.scheme.ScoringFactor;
import com.dealercs.domain.model.network.DealerRepository;
import com.dealercs.domain.model.network.DealerStatus;
import com.dealercs.domain.model.network.Region;
import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.SchemeRepository;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import jakarta.ejb.SessionContext;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link InspectionService} without a container: its repositories in memory, the
 * caller a stand-in session. Security annotations and transactions are the container's, proven by
 * the integration tests (InspectionApiIT); here: what it refuses and why, what it names, what it
 * audits, what it shows a dealer.
 */
class InspectionServiceTest {

    private static final Instant NOW = Instant.parse("2025-05-14T06:00:00Z");

    private final EvaluationYear year = new EvaluationYear(2025, EvaluationYear.Policy.defaults(), NOW);
    private final Region north = new Region("华北");
    private final Dealer d1 = new Dealer("D0001", "一店", north, "北京", "北京", LocalDate.of(2020, 1, 1),
            DealerStatus.ACTIVE);
    private final Dealer d2 = new Dealer("D0002", "二店", north, "北京", "北京", LocalDate.of(2020, 1, 1),
            DealerStatus.ACTIVE);
    private final Dealer closed = new Dealer("D0009", "关闭店", north, "北京", "北京", LocalDate.of(2020, 1, 1),
            DealerStatus.CLOSED);
    /** CS-HW (max 3, three checkpoints) and CS-STAFF (max 2, two). */
    private final List<ChecklistItem> csMap = new ArrayList<>();

    private final List<Inspection> stored = new ArrayList<>();
    private final List<AuditTrail.Entry> audited = new ArrayList<>();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final Map<String, UserAccount> users = accounts.stored;
    private String caller = "supervisor";
    private InspectionService service;

    @BeforeEach
    void setUp() {
        ChecklistItem hardware = new ChecklistItem(year, ChecklistMap.CS_MAP, "CS-HW", "硬件评价", "Hardware",
                new BigDecimal("3"), 1);
        hardware.addCheckpoint("CS-HW-01", "前台", "Service reception desk");
        hardware.addCheckpoint("CS-HW-02", "休息室", "Customer lounge");
        hardware.addCheckpoint("CS-HW-03", "开放式休息区", "Open waiting area");
        ChecklistItem staff = new ChecklistItem(year, ChecklistMap.CS_MAP, "CS-STAFF", "人员评价", "Staff",
                new BigDecimal("2"), 2);
        staff.addCheckpoint("CS-STAFF-01", "组织机构", "Organisation");
        staff.addCheckpoint("CS-STAFF-02", "着装规范", "Dress code");
        csMap.add(hardware);
        csMap.add(staff);
        users.put("dealer1", new UserAccount("dealer1", "x", Role.DEALER, "D0001", NOW, "admin"));

        service = new InspectionService();
        service.inspections = new Inspections();
        service.scheme = new SchemeRepository() {
            @Override
            public List<ChecklistItem> checklist(int y, ChecklistMap map) {
                return map == ChecklistMap.CS_MAP && y == 2025 ? csMap : List.of();
            }

            @Override
            public List<ScoringFactor> factors(int y) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long inspectionCount(int y) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void add(ChecklistItem item) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void remove(ChecklistItem item) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write() {
                throw new UnsupportedOperationException();
            }
        };
        service.dealers = new DealerRepository() {
            @Override
            public Optional<Dealer> find(String code) {
                return List.of(d1, d2, closed).stream().filter(d -> d.getCode().equals(code)).findFirst();
            }

            @Override
            public List<Dealer> active() {
                return List.of(d1, d2);
            }

            @Override
            public List<Dealer> search(Filter filter, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Region> regions() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<String> provinces() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Region region(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void add(Dealer dealer) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void changed(Dealer dealer) {
                throw new UnsupportedOperationException();
            }
        };
        service.years = new EvaluationYearRepository() {
            @Override
            public Optional<EvaluationYear> find(int y) {
                return y == 2025 ? Optional.of(year) : Optional.empty();
            }

            @Override
            public Optional<EvaluationYear> findForUpdate(int y) {
                return find(y);
            }

            @Override
            public List<EvaluationYear> findAll() {
                return List.of(year);
            }

            @Override
            public void store(EvaluationYear y) {
                throw new UnsupportedOperationException();
            }
        };
        service.registry = new YearRegistry() {
            @Override
            public EvaluationYear ensure(int y) {
                return year;
            }

            @Override
            public EvaluationYear startFrom(int y, int schemeYear) {
                throw new UnsupportedOperationException();
            }
        };
        service.accountDealers = new AccountDealers(accounts);
        service.audit = new AuditTrail() {
            @Override
            public void record(String actor, String action, String subject, String before, String after,
                               String reason) {
                audited.add(new Entry(actor, action, subject, before, after, reason));
            }

            @Override
            public List<AuditEntry> search(Criteria criteria, int first, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long count(Criteria criteria) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<AuditEntry> aboutDealer(String dealerCode, java.util.Collection<String> subjects, int limit) {
                throw new UnsupportedOperationException();
            }
        };
        service.photos = new InspectionPhotoService() {
            @Override
            public Map<String, List<InspectionView.PhotoView>> photosOf(long inspectionId) {
                return Map.of();
            }
        };
        service.session = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> (Principal) () -> caller;
                    case "isCallerInRole" -> Role.DEALER_NAME.equals(args[0]) && users.containsKey(caller)
                            && users.get(caller).getRole() == Role.DEALER;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    // ------------------------------------------------------------------ creating

    @Test
    void aNewInspectionIsADraftOfTheCallerWithoutPoints() {
        InspectionView view = create(d1, "2025-05-14");

        assertEquals("DRAFT", view.status());
        assertEquals("ENTERED", view.source());
        assertEquals("supervisor", view.author());
        assertNull(view.points());
        assertEquals(5, view.unanswered());
        assertEquals(List.of("CS-HW", "CS-STAFF"), view.items().stream().map(InspectionView.Item::itemCode).toList());
        assertEquals("Service reception desk", view.items().get(0).checkpoints().get(0).name());
        assertEquals("前台", service.one(view.id(), Messages.CHINESE).items().get(0).checkpoints().get(0).name());
        assertEquals(List.of("supervisor INSPECTION_CREATED inspection:" + view.id()), actions());
    }

    @Test
    void aWrongNewInspectionNamesEveryWrongField() {
        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> service.create(
                new NewInspection("D0009", 2025, 5, "XX", "2024-12-31", " "), Locale.ENGLISH));

        assertEquals(List.of("dealerCode", "quarter", "map", "inspectionDate", "inspector"), fields(wrong));
        assertEquals(List.of("dealerCode", "year", "quarter", "map", "inspectionDate", "inspector"),
                fields(assertThrows(InvalidInputException.class, () -> service.create(
                        new NewInspection(null, null, null, null, null, null), Locale.ENGLISH))));
        assertTrue(stored.isEmpty());
    }

    @Test
    void theSameDealerMapAndDateTwiceAndALockedYearAreConflicts() {
        create(d1, "2025-05-14");

        ConflictException twice = assertThrows(ConflictException.class, () -> create(d1, "2025-05-14"));
        assertTrue(twice.getMessage().contains("D0001 already has a CS-MAP inspection on 2025-05-14"),
                twice.getMessage());
        year.approve();
        ConflictException locked = assertThrows(ConflictException.class, () -> create(d1, "2025-05-15"));
        assertTrue(locked.getMessage().contains("2025 is approved"), locked.getMessage());
        assertEquals(1, stored.size());
    }

    // ------------------------------------------------------------------ results

    @Test
    void savedResultsGiveThePointsOfTheRule() {
        InspectionView draft = create(d1, "2025-05-14");

        // CS-HW 2 PASS 1 FAIL: 3 × 2/3 = 2; CS-STAFF 1 PASS 1 NA: 2 × 1/1 = 2; possible 5; 15 × 4 / 5 = 12
        InspectionView saved = save(draft, entry("CS-HW-01", "PASS", null), entry("CS-HW-02", "pass", null),
                entry("CS-HW-03", "FAIL", "积灰"), entry("CS-STAFF-01", "NA", null), entry("CS-STAFF-02", "PASS", null));

        assertDecimal("4", saved.points().earned());
        assertDecimal("5", saved.points().possible());
        assertDecimal("12.00", saved.points().score());
        assertDecimal("2", saved.items().get(0).earned());
        assertDecimal("2", saved.items().get(1).earned());
        assertEquals(0, saved.unanswered());
        assertEquals(draft.version() + 1, saved.version());

        // a third: 3 × 1/3 + nothing else applicable → 1 of 3, 15 × 1/3 = 5
        InspectionView third = save(saved, entry("CS-HW-02", "FAIL", "x"), entry("CS-STAFF-02", "NA", null));
        assertDecimal("1", third.points().earned());
        assertDecimal("3", third.points().possible());
        assertDecimal("5.00", third.points().score());
        assertDecimal("0", third.items().get(1).possible(), "an item of NA only does not apply");
    }

    @Test
    void anUnknownCheckpointOrResultIsRefusedAndNothingChanges() {
        InspectionView draft = create(d1, "2025-05-14");

        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> save(draft,
                entry("CS-HW-01", "PASS", null), entry("SSI-ENV-01", "PASS", null), entry("CS-HW-02", "OK", null)));

        assertEquals(List.of("results[1].checkpointCode", "results[2].result"), fields(wrong));
        assertEquals(5, service.one(draft.id(), Locale.ENGLISH).unanswered());
        assertEquals(draft.version(), service.one(draft.id(), Locale.ENGLISH).version());
    }

    @Test
    void aStaleVersionIsAConflictNamingTheCheckpointsThatDifferAndSavesNothing() {
        InspectionView draft = create(d1, "2025-05-14");
        save(draft, entry("CS-HW-01", "PASS", null), entry("CS-HW-02", "FAIL", "脏"));

        caller = "approver";
        ConflictException conflict = assertThrows(ConflictException.class, () -> save(draft,
                entry("CS-HW-01", "FAIL", "灯坏了"), entry("CS-HW-02", "FAIL", "脏"), entry("CS-HW-03", "PASS", null)));

        assertTrue(conflict.getMessage().contains("(supervisor, "), conflict.getMessage());
        assertTrue(conflict.getMessage().contains("now version " + (draft.version() + 1)), conflict.getMessage());
        assertEquals(List.of("CS-HW-01 now holds PASS ", "CS-HW-03 now holds — "),
                conflict.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList());
        assertEquals(List.of("CS-HW-01", "CS-HW-03"), fields(conflict));
        InspectionView kept = service.one(draft.id(), Locale.ENGLISH);
        assertEquals("PASS", kept.items().get(0).checkpoints().get(0).result());
        assertNull(kept.items().get(0).checkpoints().get(2).result());
    }

    // ------------------------------------------------------------------ the workflow

    @Test
    void aSubmissionNamesEveryUnansweredCheckpointAndEveryUncommentedFail() {
        InspectionView draft = create(d1, "2025-05-14");
        InspectionView partly = save(draft, entry("CS-HW-01", "FAIL", null), entry("CS-HW-02", "PASS", null));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> service.submit(draft.id(), Locale.ENGLISH));
        assertEquals(List.of("CS-HW-01", "CS-HW-03", "CS-STAFF-01", "CS-STAFF-02"), fields(refused));
        assertTrue(refused.problems().get(0).message(Locale.ENGLISH).contains("comment"));

        InspectionView allNa = save(partly, entry("CS-HW-01", "NA", null), entry("CS-HW-02", "NA", null),
                entry("CS-HW-03", "NA", null), entry("CS-STAFF-01", "NA", null), entry("CS-STAFF-02", "NA", null));
        assertNull(allNa.points());
        assertEquals(List.of("results"), fields(assertThrows(InvalidInputException.class,
                () -> service.submit(draft.id(), Locale.ENGLISH))));
        assertEquals("DRAFT", service.one(draft.id(), Locale.ENGLISH).status());
    }

    @Test
    void theAuthorNeverApprovesNorReturnsAnotherDoes() {
        long id = submitted(d1, "2025-05-14");

        assertThrows(ForbiddenException.class, () -> service.approve(id, Locale.ENGLISH));
        assertThrows(ForbiddenException.class, () -> service.returnToAuthor(id, "x", Locale.ENGLISH));
        caller = "approver";
        assertThrows(InvalidInputException.class, () -> service.returnToAuthor(id, " ", Locale.ENGLISH));
        InspectionView approved = service.approve(id, Locale.ENGLISH);

        assertEquals("APPROVED", approved.status());
        assertEquals("approver", approved.approvedBy());
        assertTrue(year.getDataChangedAt() != null && year.getDataChangedAt().isAfter(NOW),
                "an approval is a change of the year's data: " + year.getDataChangedAt());
        assertThrows(ConflictException.class, () -> service.approve(id, Locale.ENGLISH));
        assertTrue(actions().contains("approver INSPECTION_APPROVED inspection:" + id), actions().toString());
    }

    @Test
    void aCorrectionAfterReopeningIsAuditedPerCheckpointBeforeAndAfter() {
        long id = submitted(d1, "2025-05-14");
        caller = "approver";
        service.approve(id, Locale.ENGLISH);

        caller = "supervisor";
        InspectionView reopened = service.reopen(id, "CS-HW-01 记错了", Locale.ENGLISH);
        assertEquals("DRAFT", reopened.status());
        save(reopened, entry("CS-HW-01", "FAIL", "前台积灰"), entry("CS-HW-02", "PASS", null));

        List<AuditTrail.Entry> corrections = audited.stream()
                .filter(e -> e.action().equals(AuditTrail.INSPECTION_CORRECTED)).toList();
        assertEquals(List.of(new AuditTrail.Entry("supervisor", AuditTrail.INSPECTION_CORRECTED, "inspection:" + id,
                "CS-HW-01=PASS", "CS-HW-01=FAIL \"前台积灰\"", "CS-HW-01 记错了")), corrections,
                "CS-HW-02 was PASS already");
    }

    // ------------------------------------------------------------------ what a dealer sees

    @Test
    void aDealerUserSeesOnlyItsOwnApprovedInspectionsWithoutTheHqUsersNames() {
        long draft = create(d1, "2025-05-13").id();
        long own = submitted(d1, "2025-05-14");
        long others = submitted(d2, "2025-05-14");
        caller = "approver";
        service.approve(own, Locale.ENGLISH);
        service.approve(others, Locale.ENGLISH);

        caller = "dealer1";
        assertEquals(List.of(own), ids(service.list(new Criteria(2025, null, null, null, null), Locale.ENGLISH)));
        assertEquals(List.of(), ids(service.list(new Criteria(2025, "D0002", null, null, null), Locale.ENGLISH)));
        assertEquals(List.of(), ids(service.list(new Criteria(2025, null, "DRAFT", null, null), Locale.ENGLISH)));
        assertThrows(ForbiddenException.class, () -> service.one(draft, Locale.ENGLISH));
        assertThrows(ForbiddenException.class, () -> service.one(others, Locale.ENGLISH));
        InspectionView mine = service.one(own, Locale.ENGLISH);
        assertNull(mine.author());
        assertNull(mine.approvedBy());
        assertNull(mine.savedBy());

        caller = "executive";
        assertEquals(3, service.list(new Criteria(2025, null, null, null, null), Locale.ENGLISH).size());
    }

    @Test
    void theToDoListHasEveryActiveDealerWithoutBothApprovedChecklists() {
        long approved = submitted(d1, "2025-05-14");
        caller = "approver";
        service.approve(approved, Locale.ENGLISH);
        long underWay = create(d2, "2025-05-15").id();

        List<InspectionToDo> toDo = service.toDo(2025, 2, Locale.ENGLISH);

        assertEquals(List.of("D0001", "D0002"), toDo.stream().map(InspectionToDo::dealerCode).toList());
        assertEquals(List.of("SSI_MAP"), toDo.get(0).missingMaps());
        assertEquals(List.of("SSI_MAP", "CS_MAP"), toDo.get(1).missingMaps());
        assertEquals(List.of(underWay), toDo.get(1).underWay().stream().map(InspectionSummary::id).toList());
        assertThrows(InvalidInputException.class, () -> service.toDo(2025, 0, Locale.ENGLISH));
    }

    // ------------------------------------------------------------------ helpers

    private InspectionView create(Dealer dealer, String date) {
        return service.create(new NewInspection(dealer.getCode(), 2025, 2, "CS_MAP", date, "王敏"), Locale.ENGLISH);
    }

    private InspectionView save(InspectionView read, ResultEntry... entries) {
        return service.saveResults(read.id(), new ResultsChange(read.version(), List.of(entries)), Locale.ENGLISH);
    }

    /** A complete CS-MAP inspection submitted by the caller. */
    private long submitted(Dealer dealer, String date) {
        InspectionView draft = create(dealer, date);
        save(draft, entry("CS-HW-01", "PASS", null), entry("CS-HW-02", "PASS", null), entry("CS-HW-03", "FAIL", "积灰"),
                entry("CS-STAFF-01", "PASS", null), entry("CS-STAFF-02", "NA", null));
        return service.submit(draft.id(), Locale.ENGLISH).id();
    }

    private static ResultEntry entry(String code, String result, String comment) {
        return new ResultEntry(code, result, comment);
    }

    private List<String> actions() {
        return audited.stream().map(e -> e.actor() + " " + e.action() + " " + e.subject()).toList();
    }

    private static List<String> fields(ApplicationFailure failure) {
        return failure.problems().stream().map(Problem::field).toList();
    }

    private static List<Long> ids(List<InspectionSummary> list) {
        return list.stream().map(InspectionSummary::id).toList();
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertDecimal(expected, actual, "");
    }

    private static void assertDecimal(String expected, BigDecimal actual, String message) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), message + " expected " + expected + ", was " + actual);
    }

    /** Inspections in memory; ids and versions as the database would give them. */
    private final class Inspections implements InspectionRepository {

        @Override
        public List<FailedCheckpoint> failedCheckpoints(int y, String dealerCode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Inspection> find(long id) {
            return stored.stream().filter(i -> i.getId() == id).findFirst();
        }

        @Override
        public Optional<Inspection> findForUpdate(long id) {
            return find(id);
        }

        @Override
        public void changed(Inspection inspection) {
            set(inspection, Inspection.class, "version", inspection.getVersion() + 1);
        }

        @Override
        public Optional<Inspection> find(Dealer dealer, ChecklistMap map, LocalDate date) {
            return stored.stream().filter(i -> i.getDealer() == dealer && i.getMap() == map
                    && i.getInspectionDate().equals(date)).findFirst();
        }

        @Override
        public void add(Inspection inspection) {
            set(inspection, inspection.getClass().getSuperclass(), "id", (long) stored.size() + 1);
            stored.add(inspection);
        }

        @Override
        public List<Inspection> list(Filter filter, int limit) {
            return stored.stream()
                    .filter(i -> filter.year() == null || i.getYear().getYear() == filter.year())
                    .filter(i -> filter.dealerCode() == null || i.getDealer().getCode().equals(filter.dealerCode()))
                    .filter(i -> filter.status() == null || i.getStatus() == filter.status())
                    .filter(i -> filter.quarter() == null || i.getQuarter() == filter.quarter())
                    .filter(i -> filter.map() == null || i.getMap() == filter.map())
                    .filter(i -> filter.notAuthoredBy() == null || !filter.notAuthoredBy().equals(i.getAuthor()))
                    .limit(limit).collect(Collectors.toList());
        }

        private static void set(Object target, Class<?> type, String name, Object value) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
