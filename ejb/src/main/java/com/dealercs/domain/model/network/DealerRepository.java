package com.dealercs.domain.model.network;

import java.util.List;
import java.util.Optional;

/** The dealer network as the services read and keep it (imports write dealers with plain JDBC). */
public interface DealerRepository {

    Optional<Dealer> find(String dealerCode);

    /** Every ACTIVE dealer, by code. */
    List<Dealer> active();

    /**
     * Dealers matching every given criterion ({@code null} for any), by code, at most {@code limit}:
     * region and province exactly, {@code text} within the code, name or city (case-insensitive).
     */
    List<Dealer> search(Filter filter, int limit);

    /** The criteria of {@link #search}. */
    record Filter(String region, String province, DealerStatus status, String text) {
    }

    /** Every region, by name. */
    List<Region> regions();

    /** Every province a dealer is in, by name. */
    List<String> provinces();

    /** The region of that name, made first when there is none. */
    Region region(String name);

    /** A new dealer, written at once (its version and id known). */
    void add(Dealer dealer);

    /** A changed dealer, written at once so that its new version is known. */
    void changed(Dealer dealer);
}
