package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A signed correction of a dealer's CS rebate in yuan, always with its reason (e.g. −5000.00 for
 * a negative media report). Never changed once made: a wrong one is offset by another. One that
 * came from an import remembers the file's SHA-256 and its line, so importing the same file twice
 * adds it once.
 */
@Entity
@Table(name = "rebate_adjustment")
public class RebateAdjustment extends YearFact {

    /** The longest reason and creator: the columns' lengths. */
    public static final int MAX_REASON = 500;
    public static final int MAX_PERSON = 64;

    /** DECIMAL(12,2): ten digits before the point */
    private static final BigDecimal LIMIT = new BigDecimal("9999999999.99");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    @Column(name = "source_line")
    private Integer sourceLine;

    /** UTC, to the millisecond as the column keeps it */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected RebateAdjustment() {
        // for JPA
    }

    private RebateAdjustment(EvaluationYear year, Dealer dealer, BigDecimal amount, String reason, String sourceHash,
                             Integer sourceLine, String createdBy, Instant createdAt) {
        super(year, dealer);
        this.amount = FactValues.twoDecimals(amount, LIMIT.negate(), LIMIT, "rebate adjustment");
        this.reason = FactValues.text(reason, MAX_REASON, "reason of a rebate adjustment");
        this.sourceHash = sourceHash;
        this.sourceLine = sourceLine;
        this.createdBy = FactValues.text(createdBy, MAX_PERSON, "creator of a rebate adjustment");
        this.createdAt = LocalDateTime.ofInstant(Objects.requireNonNull(createdAt, "createdAt"), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MILLIS);
    }

    /** An adjustment entered by HQ. */
    public static RebateAdjustment entered(EvaluationYear year, Dealer dealer, BigDecimal amount, String reason,
                                           String createdBy, Instant createdAt) {
        return new RebateAdjustment(year, dealer, amount, reason, null, null, createdBy, createdAt);
    }

    /** An adjustment from line {@code sourceLine} of the imported file whose SHA-256 is {@code sourceHash}. */
    public static RebateAdjustment imported(EvaluationYear year, Dealer dealer, BigDecimal amount, String reason,
                                            String sourceHash, int sourceLine, String createdBy, Instant createdAt) {
        String hash = sourceHash == null ? null : sourceHash.toLowerCase(Locale.ROOT);
        if (hash == null || !SHA256.matcher(hash).matches()) {
            throw new IllegalArgumentException("An imported adjustment names its file by SHA-256: " + sourceHash);
        }
        if (sourceLine < 1) {
            throw new IllegalArgumentException("Lines of a file count from 1: " + sourceLine);
        }
        return new RebateAdjustment(year, dealer, amount, reason, hash, sourceLine, createdBy, createdAt);
    }

    public boolean isImported() {
        return sourceHash != null;
    }

    /** yuan, signed, two decimals */
    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    /** {@code null} for an adjustment entered by hand */
    public String getSourceHash() {
        return sourceHash;
    }

    /** {@code null} for an adjustment entered by hand */
    public Integer getSourceLine() {
        return sourceLine;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
