package com.dealercs.infrastructure.persistence.jpa;

import com.dealercs.domain.model.facts.CheckpointPhoto;
import com.dealercs.domain.model.facts.CheckpointPhotoRepository;
import com.dealercs.domain.model.facts.Inspection;
import com.dealercs.domain.model.facts.PhotoDescription;
import com.dealercs.domain.model.scheme.Checkpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCheckpointPhotoRepository implements CheckpointPhotoRepository {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Override
    public Optional<CheckpointPhoto> find(long id) {
        return Optional.ofNullable(em.find(CheckpointPhoto.class, id));
    }

    @Override
    public List<PhotoDescription> describe(long inspectionId) {
        // a projection: every inspection view lists its photos, and must not read megabytes of images to do it
        return em.createQuery("select new com.dealercs.domain.model.facts.PhotoDescription(p.id, c.code, p.kind,"
                        + " p.sizeBytes, p.width, p.height, p.sha256, p.uploadedAt)"
                        + " from CheckpointPhoto p join p.checkpoint c where p.inspection.id = :inspection"
                        + " order by p.id", PhotoDescription.class)
                .setParameter("inspection", inspectionId).getResultList();
    }

    @Override
    public long count(Inspection inspection, Checkpoint checkpoint) {
        return em.createQuery("select count(p) from CheckpointPhoto p where p.inspection = :inspection"
                        + " and p.checkpoint = :checkpoint", Long.class)
                .setParameter("inspection", inspection).setParameter("checkpoint", checkpoint).getSingleResult();
    }

    @Override
    public void add(CheckpointPhoto photo) {
        em.persist(photo);
        em.flush();
    }

    @Override
    public void remove(CheckpointPhoto photo) {
        em.remove(photo);
        em.flush();
    }
}
