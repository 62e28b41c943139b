package com.dealercs.domain.model.facts;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;

/**
 * A photo of a checkpoint without its bytes, as lists show it: a read-only projection of
 * {@link CheckpointPhoto}, not an entity, so that listing an inspection's photos never reads the images.
 */
public record PhotoDescription(long id, String checkpointCode, PhotoKind kind, long sizeBytes, int width, int height,
                               String sha256, LocalDateTime uploadedAtUtc) {

    public Instant uploadedAt() {
        return uploadedAtUtc.toInstant(ZoneOffset.UTC);
    }
}
