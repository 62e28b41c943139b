package com.dealercs.application;

import java.io.Serializable;

/**
 * A dealer's details as HQ types them to create or change a dealer: the columns of the dealers
 * file (interfaces.md §1), checked by its rules. {@code version} is the one the form was read at
 * ({@code null} when creating); {@code reason} says why (required for a change).
 */
public record DealerDetails(String code, String name, String region, String province, String city, String openedOn,
                            Long version, String reason) implements Serializable {
}
