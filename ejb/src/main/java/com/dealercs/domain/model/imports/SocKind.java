package com.dealercs.domain.model.imports;

/** The kind of an SOC patrol (soc import, column kind). */
public enum SocKind {
    BASELINE, FINAL, SPOT
}
