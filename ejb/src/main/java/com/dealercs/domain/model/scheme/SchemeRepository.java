package com.dealercs.domain.model.scheme;

import java.util.List;

/** A year's scheme as the services read it: its checklists, item by item in the scheme's order. */
public interface SchemeRepository {

    /** The items of the year's checklist, by their order, each with its checkpoints by their order; empty for an unknown year. */
    List<ChecklistItem> checklist(int year, ChecklistMap map);
}
