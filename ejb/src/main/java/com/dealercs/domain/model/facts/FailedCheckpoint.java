package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.scheme.ChecklistMap;
import java.time.LocalDate;

/**
 * A checkpoint a supervisor marked FAIL in one inspection: which checklist, quarter and day, which
 * checkpoint (code and names), and the supervisor's comment ({@code null} when none). A read-only
 * projection, not an entity.
 */
public record FailedCheckpoint(ChecklistMap map, int quarter, LocalDate inspectionDate, String checkpointCode,
                               String nameZh, String nameEn, String comment) {
}
