package com.dealercs.application;

/** What an administrator checks first when something looks wrong: which database, which schema. */
public record SystemInfo(String schemaVersion, String database) {
}
