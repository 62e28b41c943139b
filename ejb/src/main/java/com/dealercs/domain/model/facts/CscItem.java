package com.dealercs.domain.model.facts;

/** The five items a CSC survey response rates; the names are the CSC factor codes of the scheme. */
public enum CscItem {
    AWARENESS,
    ATTITUDE,
    COMMUNICATION,
    EXPERIENCE,
    FIRST_TIME_RESOLUTION
}
