package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEvaluationYearRepository implements EvaluationYearRepository {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Override
    public Optional<EvaluationYear> find(int year) {
        return em.createQuery("select y from EvaluationYear y where y.year = :year", EvaluationYear.class)
                .setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public Optional<EvaluationYear> findForUpdate(int year) {
        return em.createQuery("select y from EvaluationYear y where y.year = :year", EvaluationYear.class)
                .setParameter("year", year).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<EvaluationYear> findAll() {
        return em.createQuery("select y from EvaluationYear y order by y.year", EvaluationYear.class).getResultList();
    }

    @Override
    public void store(EvaluationYear year) {
        em.persist(year);
    }
}
