package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.scheme.Checkpoint;
import java.util.List;
import java.util.Optional;

/** The photos kept as evidence of inspections' checkpoints. */
public interface CheckpointPhotoRepository {

    /** The photo with its image and thumbnail. */
    Optional<CheckpointPhoto> find(long id);

    /** The inspection's photos without their bytes, in upload order. */
    List<PhotoDescription> describe(long inspectionId);

    /** How many photos the checkpoint has in the inspection. */
    long count(Inspection inspection, Checkpoint checkpoint);

    /** Adds a photo; its id is known afterwards. */
    void add(CheckpointPhoto photo);

    void remove(CheckpointPhoto photo);
}
