package com.dealercs.domain.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The checklist of SSI_MAP or CS_MAP: items with a maximum, each with checkpoints. */
public record Checklist(Component map, List<ChecklistItem> items) {

    public Checklist {
        Objects.requireNonNull(map, "a checklist's map is required");
        if (!map.isChecklist()) {
            throw new IllegalArgumentException(map + " has no checklist");
        }
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("the " + map + " checklist has no item");
        }
        Map<String, String> itemOfCheckpoint = new HashMap<>();
        for (ChecklistItem item : items) {
            for (String checkpoint : item.checkpointCodes()) {
                if (itemOfCheckpoint.put(checkpoint, item.code()) != null) {
                    throw new IllegalArgumentException("checkpoint " + checkpoint + " appears twice in " + map);
                }
            }
        }
        if (items.stream().map(ChecklistItem::code).distinct().count() != items.size()) {
            throw new IllegalArgumentException("an item appears twice in " + map);
        }
    }

    /** The item a checkpoint belongs to, if it is on this checklist. */
    public Optional<ChecklistItem> itemOf(String checkpointCode) {
        return items.stream().filter(i -> i.checkpointCodes().contains(checkpointCode)).findFirst();
    }
}
