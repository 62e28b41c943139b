package com.dealercs.application;

import java.util.List;

/**
 * A year's scheme as an administrator wants it, whole (both checklists and every factor
 * component), and why. Items and checkpoints are known by their codes: a code that stays keeps
 * its item or checkpoint, a new code adds one, a code left out removes it; the order given is the
 * scheme's order. Factors keep their codes (the imports name them); their weights and names
 * change. The sums of the views are ignored. {@link SchemeRules} says what is wrong and where.
 */
public record SchemeChange(List<SchemeView.SchemeChecklist> checklists, List<SchemeView.SchemeComponent> components,
                           String reason) {

    /** Nothing given (an empty request). */
    public static SchemeChange empty() {
        return new SchemeChange(null, null, null);
    }
}
