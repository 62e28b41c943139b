package com.dealercs.domain.model.imports;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One uploaded file of one kind and what became of it. The file is kept with it: the batch job
 * reads it from here, and HQ can always see exactly what was imported.
 */
@Entity
@Table(name = "data_import")
public class DataImport {

    /** The longest file name and failure arguments kept: the columns' lengths (longer ones are cut). */
    public static final int MAX_FILE_NAME = 255;
    public static final int MAX_FAILURE_ARGS = 2000;
    private static final String ARGUMENT_SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 12)
    private String kind;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportStatus status;

    @Column(name = "read_count", nullable = false)
    private int read;

    @Column(name = "written_count", nullable = false)
    private int written;

    @Column(name = "rejected_count", nullable = false)
    private int rejected;

    @Column(name = "failure_key", length = 100)
    private String failureKey;

    @Column(name = "failure_args", length = 2000)
    private String failureArgs;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Version
    private long version;

    protected DataImport() {
        // for JPA
    }

    public DataImport(String kind, String fileName, byte[] content, String contentSha256, String startedBy,
                      Instant startedAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fileName = fileName == null ? null : truncate(fileName.strip(), MAX_FILE_NAME);
        this.content = Objects.requireNonNull(content, "content");
        this.contentSha256 = Objects.requireNonNull(contentSha256, "contentSha256");
        this.sizeBytes = content.length;
        this.status = ImportStatus.STARTED;
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.startedAt = LocalDateTime.ofInstant(startedAt, ZoneOffset.UTC);
    }

    /** The file landed, less its rejected rows. */
    public void completed(int read, int written, int rejected, Instant at) {
        requireStarted();
        this.status = ImportStatus.COMPLETED;
        count(read, written, rejected);
        this.finishedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The file was refused as a whole: nothing of it was written. */
    public void failed(String key, List<?> arguments, int read, int rejected, Instant at) {
        requireStarted();
        this.status = ImportStatus.FAILED;
        this.failureKey = key;
        this.failureArgs = truncate(String.join(ARGUMENT_SEPARATOR,
                arguments.stream().map(String::valueOf).toList()), MAX_FAILURE_ARGS);
        count(read, 0, rejected);
        this.finishedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private void count(int read, int written, int rejected) {
        if (read < 0 || written < 0 || rejected < 0 || written + rejected > read) {
            throw new IllegalArgumentException("Inconsistent counts: read " + read + ", written " + written
                    + ", rejected " + rejected);
        }
        this.read = read;
        this.written = written;
        this.rejected = rejected;
    }

    private void requireStarted() {
        if (status != ImportStatus.STARTED) {
            throw new IllegalStateException("Import " + id + " has already ended: " + status);
        }
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public int getRead() {
        return read;
    }

    public int getWritten() {
        return written;
    }

    public int getRejected() {
        return rejected;
    }

    public String getFailureKey() {
        return failureKey;
    }

    public List<String> getFailureArgs() {
        return failureArgs == null || failureArgs.isEmpty() ? List.of() : List.of(failureArgs.split(ARGUMENT_SEPARATOR, -1));
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt.toInstant(ZoneOffset.UTC);
    }

    public Instant getFinishedAt() {
        return finishedAt == null ? null : finishedAt.toInstant(ZoneOffset.UTC);
    }
}
