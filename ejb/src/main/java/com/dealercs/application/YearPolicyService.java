package com.dealercs.application;

import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import com.dealercs.domain.model.year.PayoutTier;
import com.dealercs.domain.model.year.YearRegistry;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The years and their policies (scoring.md §5): HQ reads them; an administrator creates a year and
 * changes an OPEN year's policy, giving a reason. A change is refused once the year is approved,
 * counts as a change of the year's data (the latest calculation no longer stands for approval) and
 * goes to the audit trail with the values before and after.
 */
@Stateless
public class YearPolicyService {

    @Inject
    EvaluationYearRepository years;

    @Inject
    YearRegistry registry;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Every year, newest first. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<YearStateView> years() {
        return years.findAll().stream().sorted(Comparator.comparingInt(EvaluationYear::getYear).reversed())
                .map(YearStateView::of).toList();
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public YearPolicyView policy(int year) {
        return YearPolicyView.of(years.find(year).orElseThrow(() -> new NotFoundException("year.notFound", year)));
    }

    /** A new year, OPEN, with the default policy and scheme; refused when it exists. */
    @RolesAllowed(Role.ADMIN_NAME)
    public YearPolicyView create(Integer year) {
        return create(year, false);
    }

    /**
     * A new year, OPEN, with the default policy, and the default scheme or, with
     * {@code previousScheme}, a copy of the previous year's (as an administrator may have changed
     * it); refused when the year exists or, for a copy, when the previous year does not.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public YearPolicyView create(Integer year, boolean previousScheme) {
        if (year == null) {
            throw new InvalidInputException(Problem.of("year", "policy.required", "year"));
        }
        if (year < EvaluationYear.FIRST || year > EvaluationYear.LAST) {
            throw new InvalidInputException(Problem.of("year", "year.create.outOfRange", year,
                    EvaluationYear.FIRST, EvaluationYear.LAST));
        }
        if (years.find(year).isPresent()) {
            throw new ConflictException("year.create.exists", year);
        }
        if (previousScheme && years.find(year - 1).isEmpty()) {
            throw new ConflictException("year.create.noPrevious", year, year - 1);
        }
        EvaluationYear created = previousScheme ? registry.startFrom(year, year - 1) : registry.ensure(year);
        audit.record(caller(), AuditTrail.YEAR_CREATED, AuditTrail.year(year), null,
                created.getState().name() + " " + describe(created.policy(), null)
                        + (previousScheme ? ", scheme of " + (year - 1) : ""), null);
        return YearPolicyView.of(created);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public YearPolicyView change(int year, YearPolicyChange change) {
        String reason = change.reason() == null ? "" : change.reason().strip();
        List<Problem> problems = new ArrayList<>();
        if (reason.isEmpty()) {
            problems.add(Problem.of("reason", "policy.reasonRequired"));
        } else if (reason.length() > YearLifecycle.MAX_REASON) {
            problems.add(Problem.of("reason", "year.reopen.reasonTooLong", YearLifecycle.MAX_REASON));
        }
        EvaluationYear.Policy policy = null;
        try {
            policy = YearPolicyRules.check(change);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);       // the reason's problem first, then the values'
        }
        EvaluationYear evaluationYear = years.findForUpdate(year)
                .orElseThrow(() -> new NotFoundException("year.notFound", year));
        if (!evaluationYear.acceptsData()) {
            throw new ConflictException("policy.frozen", year, evaluationYear.getState());
        }
        EvaluationYear.Policy before = evaluationYear.policy();
        String changedBefore = describe(before, policy);
        if (changedBefore.isEmpty()) {
            return YearPolicyView.of(evaluationYear);       // nothing changed: nothing to record
        }
        evaluationYear.changePolicy(policy);
        evaluationYear.dataChanged(clock.instant());
        audit.record(caller(), AuditTrail.POLICY_CHANGED, AuditTrail.year(year), changedBefore,
                describe(policy, before), reason);
        return YearPolicyView.of(evaluationYear);
    }

    /** The parameters of {@code policy} that differ from {@code other} (all of them without one). */
    static String describe(EvaluationYear.Policy policy, EvaluationYear.Policy other) {
        Map<String, Object> values = values(policy);
        Map<String, Object> others = other == null ? Map.of() : values(other);
        StringJoiner text = new StringJoiner(", ");
        values.forEach((name, value) -> {
            if (other == null || !Objects.equals(value, others.get(name))) {
                text.add(name + "=" + value);
            }
        });
        return text.toString();
    }

    private static Map<String, Object> values(EvaluationYear.Policy policy) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("missingPolicy", policy.missingPolicy().name());
        values.put("minCoverage", plain(policy.minCoverage()));
        values.put("jdpMinSample", policy.jdpMinSample());
        values.put("cscMinResponses", policy.cscMinResponses());
        values.put("socBonusTopN", policy.socBonusTopN());
        values.put("socBonusAmount", plain(policy.socBonusAmount()));
        values.put("rebatePerUnit", plain(policy.rebatePerUnit()));
        values.put("csShare", plain(policy.csShare()));
        values.put("overallWeight", plain(policy.overallWeight()));
        StringJoiner tiers = new StringJoiner(" ", "[", "]");
        for (PayoutTier tier : policy.payoutTiers()) {
            tiers.add(plain(tier.getThreshold()) + "→" + plain(tier.getRatio()));
        }
        values.put("payoutTiers", tiers.toString());
        return values;
    }

    /** 60.00 and 60 are the same value. */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
