package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.DealerRepository;
import com.dealercs.domain.model.network.DealerStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
}
