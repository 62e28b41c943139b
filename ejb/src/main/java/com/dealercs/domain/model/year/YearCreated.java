package com.dealercs.domain.model.year;

/**
 * An evaluation year was created (by an administrator, an import, an entry or an inspection that
 * named it). Fired within the transaction that stores it; what is kept about the years listens.
 */
public record YearCreated(int year) {
}
