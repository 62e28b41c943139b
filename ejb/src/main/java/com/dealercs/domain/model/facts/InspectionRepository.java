package com.dealercs.domain.model.facts;

import java.util.List;

/**
 * What the pages read of inspections. Imports write them and the calculation reads them with
 * plain JDBC (infrastructure.imports, infrastructure.persistence.jdbc).
 */
public interface InspectionRepository {

    /**
     * The checkpoints marked FAIL in the dealer's approved inspections of the year, by date,
     * checklist and the checkpoint's place in the scheme.
     */
    List<FailedCheckpoint> failedCheckpoints(int year, String dealerCode);
}
