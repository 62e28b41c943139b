package com.dealercs.domain.model.imports;

/** A dealer's state in the network (dealers import, column status). */
public enum DealerStatus {
    ACTIVE, CLOSED
}
