package com.dealercs.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A dealer of the network as the pages list it; {@code version} guards an edit against another made meanwhile. */
public record DealerView(String code, String name, String region, String province, String city, LocalDate openedOn,
                         String status, long version) implements Serializable {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
