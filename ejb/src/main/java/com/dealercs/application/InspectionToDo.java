package com.dealercs.application;

import java.util.List;

/**
 * A dealer still to be inspected in a quarter: an ACTIVE dealer without an approved inspection of
 * one or both checklists in it, and the drafts or submitted inspections already under way.
 *
 * @param missingMaps the checklists ({@code SSI_MAP}, {@code CS_MAP}) with no approved inspection yet
 * @param underWay    the dealer's inspections of the quarter that are not approved yet
 */
public record InspectionToDo(String dealerCode, String dealerName, String region, List<String> missingMaps,
                             List<InspectionSummary> underWay) {

    public InspectionToDo {
        missingMaps = List.copyOf(missingMaps);
        underWay = List.copyOf(underWay);
    }
}
