package com.dealercs.domain.model.scheme;

/** The two checklists of HQ's supervision patrol (巡访). */
public enum ChecklistMap {
    /** sales */
    SSI_MAP,
    /** after-sales */
    CS_MAP
}
