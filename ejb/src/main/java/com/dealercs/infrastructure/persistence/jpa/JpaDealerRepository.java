package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.DealerRepository;
import com.dealercs.domain.model.network.DealerStatus;
import com.dealercs.domain.model.network.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaDealerRepository implements DealerRepository {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Override
    public Optional<Dealer> find(String dealerCode) {
        return em.createQuery("select d from Dealer d where d.code = :code", Dealer.class)
                .setParameter("code", dealerCode).getResultStream().findFirst();
    }

    @Override
    public List<Dealer> active() {
        return em.createQuery("select d from Dealer d join fetch d.region where d.status = :active order by d.code",
                Dealer.class).setParameter("active", DealerStatus.ACTIVE).getResultList();
    }

    @Override
    public List<Dealer> search(Filter filter, int limit) {
        StringBuilder jpql = new StringBuilder("select d from Dealer d join fetch d.region r where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.region() != null) {
            jpql.append(" and r.name = :region");
            parameters.put("region", filter.region());
        }
        if (filter.province() != null) {
            jpql.append(" and d.province = :province");
            parameters.put("province", filter.province());
        }
        if (filter.status() != null) {
            jpql.append(" and d.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.text() != null) {
            jpql.append(" and (upper(d.code) like :text escape '!' or upper(d.name) like :text escape '!'"
                    + " or upper(d.city) like :text escape '!')");
            parameters.put("text", "%" + escapeLike(filter.text().toUpperCase(Locale.ROOT)) + "%");
        }
        TypedQuery<Dealer> query = em.createQuery(jpql.append(" order by d.code").toString(), Dealer.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<Region> regions() {
        return em.createQuery("select r from Region r order by r.name", Region.class).getResultList();
    }

    @Override
    public List<String> provinces() {
        return em.createQuery("select distinct d.province from Dealer d order by d.province", String.class)
                .getResultList();
    }

    @Override
    public Region region(String name) {
        return em.createQuery("select r from Region r where r.name = :name", Region.class)
                .setParameter("name", name).getResultStream().findFirst().orElseGet(() -> {
                    Region region = new Region(name);
                    em.persist(region);
                    return region;
                });
    }

    @Override
    public void add(Dealer dealer) {
        em.persist(dealer);
        em.flush();
    }

    @Override
    public void changed(Dealer dealer) {
        em.flush();
    }

    /** A LIKE pattern (escape character {@code !}, the same on H2 and MySQL) taking {@code _} and {@code %} literally. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("_", "!_").replace("%", "!%");
    }
}
