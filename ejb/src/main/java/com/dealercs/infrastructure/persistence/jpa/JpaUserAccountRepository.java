package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.identity.UserAccount;
import com.dealercs.domain.model.identity.UserAccountRepository;
import com.dealercs.domain.model.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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
    public List<UserAccount> lockEnabledAdministrators() {
        return em.createQuery("select u from UserAccount u where u.enabled = true and u.role = :role order by u.id",
                        UserAccount.class)
                .setParameter("role", Role.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public void store(UserAccount account) {
        em.persist(account);
    }
}
