package com.dealercs.domain.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One customer's answer to the CSC's quarterly call: an integer rating 0–10 per item, by the
 * item's factor code. A blank item is simply absent (a {@code null} rating is taken as blank).
 */
public record CscResponse(int quarter, Map<String, Integer> ratings) {

    public CscResponse {
        Decimals.requireQuarter(quarter);
        Map<String, Integer> given = new LinkedHashMap<>();
        ratings.forEach((item, rating) -> {
            Decimals.requireText(item, "a CSC item");
            if (rating != null) {
                if (rating < 0 || rating > 10) {
                    throw new IllegalArgumentException("a CSC rating is 0 to 10, not " + rating);
                }
                given.put(item, rating);
            }
        });
        ratings = Collections.unmodifiableMap(given);
    }
}
