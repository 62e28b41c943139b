-- Photos kept as evidence of an inspection's checkpoints (interfaces.md §2): at most 5 per checkpoint of an
-- inspection (the service counts them under the inspection's lock), JPEG or PNG of at most 10 MB, stored
-- without their metadata, with a thumbnail and the SHA-256 of the stored image. MEDIUMBLOB holds 16 MB. The INSERT
-- of a 10 MB photo needs max_allowed_packet of 32 MB or more on MySQL/MariaDB (docs/operations.md).
CREATE TABLE checkpoint_photo (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    inspection_id BIGINT       NOT NULL,
    checkpoint_id BIGINT       NOT NULL,
    kind          VARCHAR(4)   NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    width         INT          NOT NULL,
    height        INT          NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    image         MEDIUMBLOB   NOT NULL,
    thumbnail     MEDIUMBLOB   NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   DATETIME(3)  NOT NULL,
    CONSTRAINT pk_checkpoint_photo PRIMARY KEY (id),
    CONSTRAINT fk_checkpoint_photo_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_checkpoint_photo_checkpoint FOREIGN KEY (checkpoint_id) REFERENCES checkpoint (id),
    CONSTRAINT ck_checkpoint_photo_kind CHECK (kind IN ('JPEG', 'PNG')),
    CONSTRAINT ck_checkpoint_photo_size CHECK (size_bytes BETWEEN 1 AND 10485760),
    CONSTRAINT ck_checkpoint_photo_pixels CHECK (width > 0 AND height > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- an inspection's photos by checkpoint, in upload order
CREATE INDEX ix_checkpoint_photo_inspection ON checkpoint_photo (inspection_id, checkpoint_id, id);
