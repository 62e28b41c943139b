package com.dealercs.domain.model.imports;

/** A J.D. Power study (jdp import, column study): SSI sales satisfaction, CSI service satisfaction. */
public enum JdpStudy {
    SSI, CSI
}
