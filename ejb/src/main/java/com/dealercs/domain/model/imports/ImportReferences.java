package com.dealercs.domain.model.imports;

import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.facts.JdpStudy;
import java.time.LocalDate;

/**
 * The checks of an import row that need the database: the seam through which the import job
 * hands them to {@link RowValidator}. Implementations should answer from a cache: they are asked
 * once per row.
 */
public interface ImportReferences {

    /** Accepts every code: for validating a file's rows on their own. */
    ImportReferences ANY = new ImportReferences() {
        @Override
        public boolean dealerExists(String dealerCode) {
            return true;
        }

        @Override
        public boolean checkpointExists(int year, ChecklistMap map, String checkpointCode) {
            return true;
        }

        @Override
        public boolean factorExists(int year, JdpStudy study, String factorCode) {
            return true;
        }

        @Override
        public boolean inspectionEntered(String dealerCode, ChecklistMap map, LocalDate inspectionDate) {
            return false;
        }
    };

    /** Whether a dealer with this (upper-case) code exists, whatever its status. */
    boolean dealerExists(String dealerCode);

    /** Whether the year's scheme has this checkpoint (upper case) in the checklist {@code map}. */
    boolean checkpointExists(int year, ChecklistMap map, String checkpointCode);

    /** Whether the year's scheme has this factor (upper case) in the study's component (JDP_SSI or JDP_CSI). */
    boolean factorExists(int year, JdpStudy study, String factorCode);

    /**
     * Whether the inspection of this dealer, checklist and date (interfaces.md §1) was entered on
     * the portal or over the API: an import never overwrites one (interfaces.md §2).
     */
    boolean inspectionEntered(String dealerCode, ChecklistMap map, LocalDate inspectionDate);
}
