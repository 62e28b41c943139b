package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.SchemeRepository;
import com.dealercs.domain.model.scheme.ScoringFactor;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import com.dealercs.domain.model.year.YearCreated;
import com.dealercs.domain.model.year.YearRegistry;
import com.dealercs.infrastructure.scheme.DefaultScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates a year with the default policy and the scheme shipped in {@link DefaultScheme}, or a copy
 * of another year's scheme.
 */
@ApplicationScoped
public class JpaYearRegistry implements YearRegistry {

    @Inject
    EvaluationYearRepository years;

    @Inject
    YearCreation creation;

    @Override
    public EvaluationYear ensure(int year) {
        Optional<EvaluationYear> existing = years.find(year);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            creation.create(year);
        } catch (RuntimeException e) {
            // another transaction may have created it first (a unique-key violation): its year is as
            // good as ours; anything else is a real failure
            if (years.find(year).isEmpty()) {
                throw e;
            }
        }
        return years.find(year).orElseThrow(() -> new IllegalStateException("Year " + year + " was not created"));
    }

    @Override
    public EvaluationYear startFrom(int year, int schemeYear) {
        creation.create(year, schemeYear);
        return years.find(year).orElseThrow(() -> new IllegalStateException("Year " + year + " was not created"));
    }

    /** Creates a year in a transaction of its own, so it exists even if the import that named it fails. */
    @ApplicationScoped
    public static class YearCreation {

        @PersistenceContext(unitName = "dealercs")
        EntityManager em;

        @Inject
        EvaluationYearRepository years;

        private final Clock clock = Clock.systemUTC();

        @Inject
        SchemeRepository schemes;

        @Inject
        Event<YearCreated> yearCreated;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(int year) {
            EvaluationYear created = new EvaluationYear(year, EvaluationYear.Policy.defaults(), clock.instant());
            years.store(created);
            DefaultScheme.checklists(created).forEach(em::persist);
            DefaultScheme.factors(created).forEach(em::persist);
            em.flush();
            yearCreated.fire(new YearCreated(year));
        }

        /** The year with the scheme of {@code schemeYear}, copied item by item, factor by factor. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(int year, int schemeYear) {
            EvaluationYear created = new EvaluationYear(year, EvaluationYear.Policy.defaults(), clock.instant());
            List<ChecklistItem> items = new ArrayList<>();
            for (ChecklistMap map : ChecklistMap.values()) {
                items.addAll(schemes.checklist(schemeYear, map));
            }
            List<ScoringFactor> factors = schemes.factors(schemeYear);
            if (items.isEmpty() || factors.isEmpty()) {
                throw new IllegalStateException("The year " + schemeYear + " has no scheme to start " + year + " from");
            }
            years.store(created);
            items.forEach(item -> em.persist(item.copyFor(created)));
            factors.forEach(factor -> em.persist(factor.copyFor(created)));
            em.flush();
            yearCreated.fire(new YearCreated(year));
        }
    }
}
