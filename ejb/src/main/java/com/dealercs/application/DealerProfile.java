package com.dealercs.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything about one dealer for one evaluation year, as its page shows it: its details, the
 * years there are (newest first), the chosen year's state, its inspections (status and points),
 * every score it has, its purchase volume, its scorecard and rebate of the year's latest run
 * ({@code null} without one), its rebate adjustments, and its audit history (newest first).
 */
public record DealerProfile(DealerView dealer, List<Integer> years, Integer year, String yearState,
                            List<InspectionSummary> inspections, List<SocScoreView> socScores,
                            List<JdpScoreView> jdpScores, List<TrainingScoreView> trainingScores,
                            List<CrisisAssessmentView> crisisAssessments, List<CscQuarterView> cscResponses,
                            Integer units, ScorecardView scorecard, List<AdjustmentView> adjustments,
                            BigDecimal adjustmentTotal, List<AuditView> history) implements Serializable {

    public DealerProfile {
        years = List.copyOf(years);
        inspections = List.copyOf(inspections);
        socScores = List.copyOf(socScores);
        jdpScores = List.copyOf(jdpScores);
        trainingScores = List.copyOf(trainingScores);
        crisisAssessments = List.copyOf(crisisAssessments);
        cscResponses = List.copyOf(cscResponses);
        adjustments = List.copyOf(adjustments);
        history = List.copyOf(history);
    }

    /** Whether the chosen year still accepts data (entries are offered only then). */
    public boolean yearOpen() {
        return "OPEN".equals(yearState);
    }

    /** A SOC patrol's score (BASELINE, FINAL, SPOT), 0–100. */
    public record SocScoreView(String kind, LocalDate visitDate, BigDecimal score) implements Serializable {
    }

    /** A J.D. Power factor index of a study (SSI, CSI) with its sample. */
    public record JdpScoreView(String study, String factorCode, BigDecimal index, int sampleSize)
            implements Serializable {
    }

    public record TrainingScoreView(LocalDate sessionDate, String trainer, BigDecimal score) implements Serializable {
    }

    public record CrisisAssessmentView(LocalDate assessedOn, BigDecimal score) implements Serializable {
    }

    /** How many CSC phone-survey responses a quarter has. */
    public record CscQuarterView(int quarter, long responses) implements Serializable {
    }

    /** A rebate adjustment: entered by HQ, or from line {@code sourceLine} of an imported file. */
    public record AdjustmentView(BigDecimal amount, String reason, String createdBy, Instant createdAt,
                                 boolean imported, Integer sourceLine) implements Serializable {
    }
}
