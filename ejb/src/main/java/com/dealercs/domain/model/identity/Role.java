package com.dealercs.domain.model.identity;

/**
 * What an account may do. The names are the group names the container sees and the strings on
 * the wire ({@code POST /api/v1/users}).
 */
public enum Role {
    /** Administers accounts, policies and the year's life cycle. */
    ADMIN,
    /** HQ staff of the supervision department: enters and imports scores. */
    SUPERVISOR,
    /** Approves the year's calculation and reads every report. */
    EXECUTIVE,
    /** A dealer's own user: sees its own dealer only. */
    DEALER;

    /** Group names for {@code @RolesAllowed}; kept as constants so annotations can use them. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String EXECUTIVE_NAME = "EXECUTIVE";
    public static final String DEALER_NAME = "DEALER";

    /** HQ staff and above: everyone but dealers. */
    public boolean isHeadquarters() {
        return this != DEALER;
    }
}
