package com.dealercs.application;

import com.dealercs.application.InspectionView.PhotoView;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Map;

/**
 * Photos kept as evidence of an inspection's checkpoints: up to {@link #MAX_PER_CHECKPOINT} per
 * checkpoint, JPEG or PNG recognised by their content (not their name), at most
 * {@link #MAX_BYTES} each, stored without their EXIF data and with a thumbnail and a SHA-256.
 * HQ staff and administrators add and remove them while the inspection is a draft of an OPEN year;
 * whoever may read the inspection may read its photos (a dealer user: of its own approved ones).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
public class InspectionPhotoService {

    public static final int MAX_PER_CHECKPOINT = 5;
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** A photo's bytes as served: the image itself or its thumbnail. */
    public record PhotoContent(String contentType, byte[] bytes, String sha256) {
    }

    /**
     * Adds a photo to a checkpoint of a draft: 400 when the content is not a JPEG or PNG image or
     * the checkpoint is not on the inspection's checklist, 413 above {@link #MAX_BYTES}, 409 for a
     * sixth photo or an inspection that is not a draft of an OPEN year.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public PhotoView add(long inspectionId, String checkpointCode, byte[] content) {
        throw new UnsupportedOperationException("photos are not built yet");
    }

    /** Removes a photo of a draft (409 otherwise). */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public void remove(long inspectionId, long photoId) {
        throw new UnsupportedOperationException("photos are not built yet");
    }

    /** The photo or its thumbnail, under the inspection's reading rules (403 / 404 otherwise). */
    public PhotoContent content(long inspectionId, long photoId, boolean thumbnail) {
        throw new UnsupportedOperationException("photos are not built yet");
    }

    /**
     * The photos of an inspection by checkpoint code, each list in upload order. It checks no
     * caller: {@link InspectionService} calls it for an inspection the caller may read.
     */
    public Map<String, List<PhotoView>> photosOf(long inspectionId) {
        return Map.of();
    }
}
