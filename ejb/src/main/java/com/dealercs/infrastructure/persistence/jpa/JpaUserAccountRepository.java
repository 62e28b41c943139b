package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.identity.UserAccount;
import com.dealercs.domain.model.identity.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username))
                .getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> findAll() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    @Override
    public boolean exists(String username) {
        return em.createQuery("select count(u) from UserAccount u where u.username = :username", Long.class)
                .setParameter("username", UserAccount.normalizeUsername(username))
                .getSingleResult() > 0;
    }

    @Override
    public void store(UserAccount account) {
        em.persist(account);
    }
}
