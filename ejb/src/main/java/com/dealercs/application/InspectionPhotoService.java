package com.dealercs.application;

import com.dealercs.application.InspectionView.PhotoView;
import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.facts.CheckpointPhoto;
import com.dealercs.domain.model.facts.CheckpointPhotoRepository;
import com.dealercs.domain.model.facts.Inspection;
import com.dealercs.domain.model.facts.InspectionRepository;
import com.dealercs.domain.model.facts.InspectionStatus;
import com.dealercs.domain.model.facts.PhotoDescription;
import com.dealercs.domain.model.facts.PhotoKind;
import com.dealercs.domain.model.facts.PhotoLimits;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.domain.model.scheme.SchemeRepository;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    public static final int MAX_PER_CHECKPOINT = PhotoLimits.MAX_PER_CHECKPOINT;
    public static final long MAX_BYTES = PhotoLimits.MAX_BYTES;

    @Inject
    InspectionRepository inspections;

    @Inject
    CheckpointPhotoRepository photos;

    @Inject
    SchemeRepository scheme;

    @Inject
    EvaluationYearRepository years;

    @Inject
    AccountDealers accountDealers;

    @Inject
    PhotoProcessing processing;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

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
        if (content == null || content.length == 0) {
            throw new InvalidInputException(Problem.of("photo", "photo.empty"));
        }
        if (PhotoLimits.tooLarge(content.length)) {
            throw new TooLargeException("photo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        PhotoKind kind = PhotoKind.of(content)
                .orElseThrow(() -> new InvalidInputException(Problem.of("photo", "photo.notAnImage")));
        // decoded before the inspection is locked: a large image takes a moment, and the page's
        // autosave of the same inspection should not wait for it
        PhotoProcessing.Processed processed;
        try {
            processed = processing.process(kind, content);
        } catch (PhotoProcessing.Refused refused) {
            throw new InvalidInputException(refused.reason() == PhotoProcessing.Reason.TOO_MANY_PIXELS
                    ? Problem.of("photo", "photo.tooManyPixels", PhotoLimits.MAX_PIXELS / 1_000_000)
                    : Problem.of("photo", "photo.unreadable", kind.name()));
        }
        Inspection inspection = changeable(inspectionId);
        Checkpoint checkpoint = checkpoint(inspection, checkpointCode);
        if (!PhotoLimits.roomFor(photos.count(inspection, checkpoint))) {
            throw new ConflictException("photo.tooMany", checkpoint.getCode(), MAX_PER_CHECKPOINT);
        }
        CheckpointPhoto photo = new CheckpointPhoto(inspection, checkpoint, kind, processed.image(), processed.size(),
                processed.thumbnail(), sha256(processed.image()), caller(), clock.instant());
        photos.add(photo);
        corrected(inspection, null, evidence(checkpoint, photo));
        return new PhotoView(photo.getId(), checkpoint.getCode(), kind.contentType(), photo.getSizeBytes(),
                photo.getWidth(), photo.getHeight(), photo.getSha256(), photo.getUploadedAt());
    }

    /** Removes a photo of a draft (409 otherwise). */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public void remove(long inspectionId, long photoId) {
        Inspection inspection = changeable(inspectionId);
        CheckpointPhoto photo = photoOf(inspection, photoId);
        photos.remove(photo);
        corrected(inspection, evidence(photo.getCheckpoint(), photo), null);
    }

    /**
     * The evidence of an approved inspection changes only while it is reopened: like its results,
     * each photo added or removed then is audited with the reopening's reason.
     */
    private void corrected(Inspection inspection, String before, String after) {
        if (inspection.isBeingCorrected()) {
            audit.record(caller(), AuditTrail.INSPECTION_CORRECTED, "inspection:" + inspection.getId(), before, after,
                    inspection.getReopenReason());
        }
    }

    /** A photo as the trail names it: its checkpoint and the start of its checksum. */
    private static String evidence(Checkpoint checkpoint, CheckpointPhoto photo) {
        return checkpoint.getCode() + " photo " + photo.getSha256().substring(0, 12);
    }

    /** The photo or its thumbnail, under the inspection's reading rules (403 / 404 otherwise). */
    public PhotoContent content(long inspectionId, long photoId, boolean thumbnail) {
        Inspection inspection = inspections.find(inspectionId)
                .orElseThrow(() -> new NotFoundException("inspection.notFound", inspectionId));
        // the rule of InspectionService.one: a dealer user reads only its own approved inspections
        Optional<String> ownDealer = ownDealer();
        if (ownDealer.isPresent() && (!inspection.getDealer().getCode().equals(ownDealer.get())
                || !inspection.isApproved())) {
            throw new ForbiddenException("inspection.forbidden");
        }
        CheckpointPhoto photo = photoOf(inspection, photoId);
        return new PhotoContent(photo.getKind().contentType(), thumbnail ? photo.getThumbnail() : photo.getImage(),
                photo.getSha256());
    }

    /**
     * The photos of an inspection by checkpoint code, each list in upload order. It checks no
     * caller: {@link InspectionService} calls it for an inspection the caller may read.
     */
    public Map<String, List<PhotoView>> photosOf(long inspectionId) {
        return photos.describe(inspectionId).stream().collect(Collectors.groupingBy(PhotoDescription::checkpointCode,
                LinkedHashMap::new, Collectors.mapping(InspectionPhotoService::view, Collectors.toList())));
    }

    // --- guards and helpers ------------------------------------------------------------------------

    /**
     * The inspection, locked until the transaction ends (two uploads to one checkpoint are counted
     * one after the other), when it is a draft of an OPEN year; 404 or 409 otherwise.
     */
    private Inspection changeable(long inspectionId) {
        Inspection inspection = inspections.findForUpdate(inspectionId)
                .orElseThrow(() -> new NotFoundException("inspection.notFound", inspectionId));
        int year = inspection.getYear().getYear();
        EvaluationYear evaluationYear = years.find(year).orElseThrow(() -> new NotFoundException("year.notFound", year));
        if (!evaluationYear.acceptsData()) {
            throw new ConflictException("inspection.yearLocked", year, evaluationYear.getState());
        }
        if (inspection.getStatus() != InspectionStatus.DRAFT) {
            throw new ConflictException("inspection.notDraft", inspectionId, inspection.getStatus());
        }
        return inspection;
    }

    /** The checkpoint of the inspection's checklist with this code; 400 when it has none. */
    private Checkpoint checkpoint(Inspection inspection, String code) {
        String wanted = code == null ? "" : code.strip();
        for (ChecklistItem item : scheme.checklist(inspection.getYear().getYear(), inspection.getMap())) {
            for (Checkpoint checkpoint : item.getCheckpoints()) {
                if (checkpoint.getCode().equals(wanted)) {
                    return checkpoint;
                }
            }
        }
        throw new InvalidInputException(Problem.of("checkpointCode", "inspection.checkpoint.unknown", wanted,
                inspection.getMap().name()));
    }

    /** The inspection's photo; 404 for a photo of another inspection, so no id reveals another's. */
    private CheckpointPhoto photoOf(Inspection inspection, long photoId) {
        return photos.find(photoId).filter(photo -> photo.belongsTo(inspection))
                .orElseThrow(() -> new NotFoundException("photo.notFound", inspection.getId(), photoId));
    }

    private static PhotoView view(PhotoDescription photo) {
        return new PhotoView(photo.id(), photo.checkpointCode(), photo.kind().contentType(), photo.sizeBytes(),
                photo.width(), photo.height(), photo.sha256(), photo.uploadedAt());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private Optional<String> ownDealer() {
        if (!session.isCallerInRole(Role.DEALER_NAME)) {
            return Optional.empty();
        }
        String code = accountDealers.dealerOf(caller())
                .orElseThrow(() -> new ForbiddenException("inspection.forbidden"));
        return Optional.of(code);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
