package com.dealercs.domain.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one dealer did or was scored on in one evaluation year: the input of its scorecard.
 * Build one with {@link #of(Dealer)}.
 */
public final class DealerFacts {

    private final Dealer dealer;
    private final int units;
    private final List<Inspection> inspections;
    private final List<SocScore> socScores;
    private final List<JdpFactorScore> jdpScores;
    private final List<CscResponse> cscResponses;
    private final List<TrainingVisit> trainingVisits;
    private final List<CrisisAssessment> crisisAssessments;
    private final List<Adjustment> adjustments;

    private DealerFacts(Builder b) {
        this.dealer = Objects.requireNonNull(b.dealer, "the dealer is required");
        if (b.units < 0) {
            throw new IllegalArgumentException("units cannot be negative: " + b.units);
        }
        this.units = b.units;
        this.inspections = List.copyOf(b.inspections);
        this.socScores = List.copyOf(b.socScores);
        this.jdpScores = List.copyOf(b.jdpScores);
        this.cscResponses = List.copyOf(b.cscResponses);
        this.trainingVisits = List.copyOf(b.trainingVisits);
        this.crisisAssessments = List.copyOf(b.crisisAssessments);
        this.adjustments = List.copyOf(b.adjustments);
        // a dealer-year has at most one BASELINE and one FINAL (a later import replaces the earlier)
        for (SocKind kind : List.of(SocKind.BASELINE, SocKind.FINAL)) {
            if (socScores.stream().filter(s -> s.kind() == kind).count() > 1) {
                throw new IllegalArgumentException(dealer.code() + " has more than one SOC " + kind);
            }
        }
        Set<String> factors = new HashSet<>();
        for (JdpFactorScore score : jdpScores) {
            if (!factors.add(score.study() + "/" + score.factorCode())) {
                throw new IllegalArgumentException(dealer.code() + " has two " + score.study() + " scores for "
                        + score.factorCode());
            }
        }
        // the latest assessment counts, so two on the same day would leave it undecided
        Set<LocalDate> assessed = new HashSet<>();
        for (CrisisAssessment assessment : crisisAssessments) {
            if (!assessed.add(assessment.assessedOn())) {
                throw new IllegalArgumentException(dealer.code() + " has two crisis assessments on "
                        + assessment.assessedOn());
            }
        }
    }

    public static Builder of(Dealer dealer) {
        return new Builder(dealer);
    }

    public Dealer dealer() {
        return dealer;
    }

    /** Vehicles bought from the distributor in the year; absent means 0. */
    public int units() {
        return units;
    }

    public List<Inspection> inspections() {
        return inspections;
    }

    public List<SocScore> socScores() {
        return socScores;
    }

    public List<JdpFactorScore> jdpScores() {
        return jdpScores;
    }

    public List<CscResponse> cscResponses() {
        return cscResponses;
    }

    public List<TrainingVisit> trainingVisits() {
        return trainingVisits;
    }

    public List<CrisisAssessment> crisisAssessments() {
        return crisisAssessments;
    }

    public List<Adjustment> adjustments() {
        return adjustments;
    }

    /** Collects a dealer-year's facts; {@link #build()} checks them. */
    public static final class Builder {
        private final Dealer dealer;
        private int units;
        private final List<Inspection> inspections = new ArrayList<>();
        private final List<SocScore> socScores = new ArrayList<>();
        private final List<JdpFactorScore> jdpScores = new ArrayList<>();
        private final List<CscResponse> cscResponses = new ArrayList<>();
        private final List<TrainingVisit> trainingVisits = new ArrayList<>();
        private final List<CrisisAssessment> crisisAssessments = new ArrayList<>();
        private final List<Adjustment> adjustments = new ArrayList<>();

        private Builder(Dealer dealer) {
            this.dealer = dealer;
        }

        public Builder units(int units) {
            this.units = units;
            return this;
        }

        public Builder inspection(Inspection inspection) {
            inspections.add(inspection);
            return this;
        }

        public Builder soc(SocScore score) {
            socScores.add(score);
            return this;
        }

        public Builder jdp(JdpFactorScore score) {
            jdpScores.add(score);
            return this;
        }

        public Builder csc(CscResponse response) {
            cscResponses.add(response);
            return this;
        }

        public Builder training(TrainingVisit visit) {
            trainingVisits.add(visit);
            return this;
        }

        public Builder crisis(CrisisAssessment assessment) {
            crisisAssessments.add(assessment);
            return this;
        }

        public Builder adjustment(Adjustment adjustment) {
            adjustments.add(adjustment);
            return this;
        }

        public DealerFacts build() {
            return new DealerFacts(this);
        }
    }
}
