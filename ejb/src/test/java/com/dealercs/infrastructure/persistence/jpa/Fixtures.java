package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.DealerStatus;
import com.dealercs.domain.model.network.Region;
import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.domain.model.scheme.ScoringFactor;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.infrastructure.scheme.DefaultScheme;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;

/** Rows the fact tests need: a year with the default scheme, a region and dealers. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2024-12-31T08:00:00.123Z");

    private Fixtures() {
    }

    /** A new OPEN year with the default policy and scheme, as YearRegistry creates it. */
    static EvaluationYear year(EntityManager em, int year) {
        EvaluationYear created = new EvaluationYear(year, EvaluationYear.Policy.defaults(), NOW);
        em.persist(created);
        DefaultScheme.checklists(created).forEach(em::persist);
        DefaultScheme.factors(created).forEach(em::persist);
        return created;
    }

    static EvaluationYear findYear(EntityManager em, int year) {
        return em.createQuery("select y from EvaluationYear y where y.year = :year", EvaluationYear.class)
                .setParameter("year", year).getSingleResult();
    }

    static Region region(EntityManager em, String name) {
        Region region = new Region(name);
        em.persist(region);
        return region;
    }

    static Dealer dealer(EntityManager em, Region region, String code) {
        Dealer dealer = new Dealer(code, code + " 斯巴鲁汽车销售服务有限公司", region, "北京", "北京",
                LocalDate.of(2020, 1, 15), DealerStatus.ACTIVE);
        em.persist(dealer);
        return dealer;
    }

    static Dealer findDealer(EntityManager em, String code) {
        return em.createQuery("select d from Dealer d where d.code = :code", Dealer.class)
                .setParameter("code", code).getSingleResult();
    }

    static Checkpoint checkpoint(EntityManager em, EvaluationYear year, String code) {
        return em.createQuery("select c from Checkpoint c where c.year = :year and c.code = :code", Checkpoint.class)
                .setParameter("year", year).setParameter("code", code).getSingleResult();
    }

    static ChecklistItem item(EntityManager em, EvaluationYear year, ChecklistMap map, String code) {
        return em.createQuery("select i from ChecklistItem i where i.year = :year and i.map = :map and i.code = :code",
                        ChecklistItem.class)
                .setParameter("year", year).setParameter("map", map).setParameter("code", code).getSingleResult();
    }

    static ScoringFactor factor(EntityManager em, EvaluationYear year, String code) {
        return em.createQuery("select f from ScoringFactor f where f.year = :year and f.code = :code",
                        ScoringFactor.class)
                .setParameter("year", year).setParameter("code", code).getSingleResult();
    }
}
