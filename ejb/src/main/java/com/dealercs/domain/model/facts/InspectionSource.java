package com.dealercs.domain.model.facts;

/** How an inspection reached the product (interfaces.md §2): entered on the portal or the API, or imported. */
public enum InspectionSource {
    /** entered checkpoint by checkpoint by an HQ user: counts once another HQ user approves it */
    ENTERED,
    /** from an inspections file: counts as approved on arrival */
    IMPORTED
}
