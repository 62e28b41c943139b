package com.dealercs.domain.model.imports;

/** The checklist of an HQ inspection (inspections import, column map). */
public enum InspectionMap {
    SSI_MAP, CS_MAP
}
