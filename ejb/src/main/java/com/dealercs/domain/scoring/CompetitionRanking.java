package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Competition ranking, highest first: equal values share a rank and the next rank skips
 * (1, 2, 2, 4).
 */
public final class CompetitionRanking {

    private CompetitionRanking() {
    }

    /** The rank of each key by its value. */
    public static <K> Map<K, Integer> rank(Map<K, BigDecimal> values) {
        List<Map.Entry<K, BigDecimal>> ordered = new ArrayList<>(values.entrySet());
        ordered.sort(Map.Entry.<K, BigDecimal>comparingByValue().reversed());
        Map<K, Integer> ranks = new HashMap<>();
        int rank = 0;
        BigDecimal previous = null;
        for (int position = 0; position < ordered.size(); position++) {
            BigDecimal value = ordered.get(position).getValue();
            // compareTo, not equals: 84.2 and 84.20 are the same total
            if (previous == null || value.compareTo(previous) != 0) {
                rank = position + 1;
                previous = value;
            }
            ranks.put(ordered.get(position).getKey(), rank);
        }
        return ranks;
    }
}
