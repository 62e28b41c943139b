package com.dealercs.domain.model.scheme;

/** The components whose value is a weighted sum of factors. */
public enum FactorComponent {
    JDP_SSI,
    JDP_CSI,
    CSC
}
