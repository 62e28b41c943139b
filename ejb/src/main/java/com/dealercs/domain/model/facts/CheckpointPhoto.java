package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.scheme.Checkpoint;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A photo a supervisor took of one checkpoint during an inspection, as evidence of its result:
 * the image as stored (its metadata removed), a thumbnail, and the SHA-256 of the stored image.
 *
 * <p>Kept in the database, beside the results it supports, rather than under CS_DATA_DIR: a photo
 * then lives and dies in the same transaction as the inspection's other changes, a backup of the
 * database is a backup of the evidence, and every application server sees it without a shared
 * disk. MySQL/MariaDB need a {@code max_allowed_packet} of 32 MB or more for a 10 MB photo.
 */
@Entity
@Table(name = "checkpoint_photo")
public class CheckpointPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checkpoint_id")
    private Checkpoint checkpoint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private PhotoKind kind;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] image;

    /** Of the same kind as the image. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] thumbnail;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected CheckpointPhoto() {
        // for JPA
    }

    /**
     * A photo of a checkpoint of the inspection; {@code image} is what is kept and served (already
     * without its metadata), {@code sha256} its hex SHA-256.
     */
    public CheckpointPhoto(Inspection inspection, Checkpoint checkpoint, PhotoKind kind, byte[] image,
                           PhotoLimits.Size size, byte[] thumbnail, String sha256, String uploadedBy,
                           Instant uploadedAt) {
        this.inspection = Objects.requireNonNull(inspection, "inspection");
        this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (PhotoKind.of(image).orElse(null) != kind || PhotoKind.of(thumbnail).orElse(null) != kind) {
            throw new IllegalArgumentException("the image and its thumbnail are " + kind + " images");
        }
        if (PhotoLimits.tooLarge(image.length)) {
            throw new IllegalArgumentException("a photo has at most " + PhotoLimits.MAX_BYTES + " bytes");
        }
        if (sha256 == null || sha256.length() != 64 || !sha256.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("a SHA-256 is 64 hex digits: " + sha256);
        }
        this.image = image.clone();
        this.sizeBytes = image.length;
        this.width = size.width();
        this.height = size.height();
        this.thumbnail = thumbnail.clone();
        this.sha256 = sha256.toLowerCase(java.util.Locale.ROOT);
        this.uploadedBy = FactValues.text(uploadedBy, Inspection.MAX_PERSON, "uploaded by");
        this.uploadedAt = LocalDateTime.ofInstant(Objects.requireNonNull(uploadedAt, "uploadedAt"), ZoneOffset.UTC);
    }

    public boolean belongsTo(Inspection other) {
        return inspection == other || (inspection.getId() != null && inspection.getId().equals(other.getId()));
    }

    public Long getId() {
        return id;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public Checkpoint getCheckpoint() {
        return checkpoint;
    }

    public PhotoKind getKind() {
        return kind;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getImage() {
        return image.clone();
    }

    public byte[] getThumbnail() {
        return thumbnail.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt.toInstant(ZoneOffset.UTC);
    }
}
