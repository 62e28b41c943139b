package com.dealercs.application;

import java.io.Serializable;

/** What the dealers list narrows to: each criterion optional (blank for any); {@code text} is searched in code, name and city. */
public record DealerCriteria(String region, String province, String status, String text) implements Serializable {
}
