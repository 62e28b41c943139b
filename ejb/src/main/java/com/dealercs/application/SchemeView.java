package com.dealercs.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year's scheme (scoring.md §1.1, §1.3, §1.5): the SSI-MAP and CS-MAP checklists, items and
 * checkpoints in their order with their names in both languages, and the factor weights of the
 * J.D. Power studies and the CSC survey. {@code editable} says whether an administrator may change
 * it now; when not, {@code refusal} says why, in the caller's language. The same records, without
 * the sums, are what an administrator sends back ({@link SchemeChange}).
 */
public record SchemeView(int year, String state, boolean editable, String refusal, long inspections,
                         List<SchemeChecklist> checklists, List<SchemeComponent> components) {

    public SchemeView {
        checklists = checklists == null ? List.of() : List.copyOf(checklists);
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** A checklist ({@code SSI_MAP}, {@code CS_MAP}); {@code maxSum}: its items' maxima added up (15). */
    public record SchemeChecklist(String map, BigDecimal maxSum, List<SchemeItem> items) {
    }

    public record SchemeItem(String code, String nameZh, String nameEn, BigDecimal itemMax,
                             List<SchemeCheckpoint> checkpoints) {
    }

    public record SchemeCheckpoint(String code, String nameZh, String nameEn) {
    }

    /** A component with factors ({@code JDP_SSI}, {@code JDP_CSI}, {@code CSC}); {@code weightSum}: 10. */
    public record SchemeComponent(String component, BigDecimal weightSum, List<SchemeFactor> factors) {
    }

    public record SchemeFactor(String code, String nameZh, String nameEn, BigDecimal weight) {
    }
}
