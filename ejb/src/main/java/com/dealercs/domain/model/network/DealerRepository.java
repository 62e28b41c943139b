package com.dealercs.domain.model.network;

import java.util.List;
import java.util.Optional;

/** The dealer network as the services read it (imports write dealers with plain JDBC). */
public interface DealerRepository {

    Optional<Dealer> find(String dealerCode);

    /** Every ACTIVE dealer, by code. */
    List<Dealer> active();
}
