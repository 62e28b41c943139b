package com.dealercs.domain.model.imports;

import java.util.regex.Pattern;

/**
 * The shapes of the codes in import files, and the longest texts they may carry: each no longer
 * than the column it is written to (ImportLimitsTest reads the columns from the migrations).
 */
public final class Codes {

    /** A dealer code, upper case: as a dealer user's code ({@code UserAccount.DEALER_CODE}). */
    public static final Pattern DEALER_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,15}");
    public static final int DEALER_CODE_MAX = 16;
    /** A checkpoint or factor code of the scheme, upper case, e.g. {@code SSI-ENV-01}, {@code DEALER_FACILITY}. */
    public static final Pattern SCHEME_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,31}");
    public static final int SCHEME_CODE_MAX = 32;

    public static final int NAME_MAX = 200;
    /** A region, province or city. */
    public static final int PLACE_MAX = 32;
    public static final int PERSON_MAX = 64;
    public static final int RESPONSE_ID_MAX = 32;
    /** A supervisor's comment on a checkpoint: as one entered on the portal. */
    public static final int COMMENT_MAX = 500;
    public static final int REASON_MAX = 500;

    private Codes() {
    }
}
