package com.dealercs.application;

/** What the persistence layer tells about the database, for {@link SystemInfoService}. */
public interface DatabaseDescription {

    /** The version of the newest applied schema migration, or null before the first. */
    String schemaVersion();

    /** Product name and version of the database, as the JDBC driver reports them. */
    String product();
}
