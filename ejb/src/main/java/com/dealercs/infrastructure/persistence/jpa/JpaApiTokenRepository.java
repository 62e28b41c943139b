package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.identity.ApiToken;
import com.dealercs.domain.model.identity.ApiTokenRepository;
import com.dealercs.domain.model.identity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Override
    public Optional<ApiToken> findById(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return em.createQuery("select t from ApiToken t where t.secretHash = :hash", ApiToken.class)
                .setParameter("hash", secretHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> findByOwner(String ownerUsername) {
        return em.createQuery("select t from ApiToken t where t.ownerUsername = :owner order by t.id desc", ApiToken.class)
                .setParameter("owner", UserAccount.normalizeUsername(ownerUsername))
                .getResultList();
    }

    @Override
    public List<ApiToken> findAll() {
        return em.createQuery("select t from ApiToken t order by t.id desc", ApiToken.class).getResultList();
    }

    @Override
    public void store(ApiToken token) {
        em.persist(token);
        em.flush(); // its id, for the answer and the audit entry
    }
}
