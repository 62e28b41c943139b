package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.scoring.DealerFacts;
import com.dealercs.domain.scoring.Scheme;
import java.util.List;
import java.util.Map;

/**
 * Reads a whole year's facts as the scoring rules take them, without entities: one scan per kind
 * of fact, the inspections' checkpoint results streamed inspection by inspection.
 */
public interface YearFactReader {

    /**
     * The facts of every ACTIVE dealer in the year (approved inspections only), in dealer code
     * order; facts of other dealers are counted but take no part.
     *
     * @throws InconsistentFacts when a dealer's facts break a rule of the scoring inputs
     */
    YearFacts read(EvaluationYear year, Scheme scheme);

    /** The dealers' facts, the database ids of their dealers by code, and how many fact rows were read. */
    record YearFacts(List<DealerFacts> dealers, Map<String, Long> dealerIds, int factCount) {
    }

    /** A dealer's facts that the scoring rules refuse, with the reason. */
    final class InconsistentFacts extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String dealerCode;

        public InconsistentFacts(String dealerCode, String reason) {
            super(reason);
            this.dealerCode = dealerCode;
        }

        public String dealerCode() {
            return dealerCode;
        }
    }
}
