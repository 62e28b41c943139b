package com.dealercs.interfaces.web.portal;

import java.io.Serializable;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The year a page shows, out of the evaluation years it offers (newest first): what its year
 * select and a {@code ?year=} link choose. A year that is not offered is never chosen, so a link
 * cannot show what the page would not list.
 */
public final class YearChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<Integer> years = List.of();
    private Integer year;

    /**
     * Offers the years, newest first, and chooses the newest the page prefers, else the newest;
     * none when there are none.
     */
    public void offer(List<Integer> newestFirst, IntPredicate preferred) {
        years = List.copyOf(newestFirst);
        year = years.stream().filter(y -> preferred.test(y)).findFirst()
                .orElse(years.isEmpty() ? null : years.get(0));
    }

    /** Offers the years again, keeping the chosen one. */
    public void keep(List<Integer> newestFirst) {
        years = List.copyOf(newestFirst);
    }

    /** The {@code year} request parameter: chooses it when offered; answers whether the choice changed. */
    public boolean request(Integer requested) {
        if (requested == null || requested.equals(year) || !years.contains(requested)) {
            return false;
        }
        year = requested;
        return true;
    }

    /** The chosen year; {@code null} while none is offered. */
    public Integer getYear() {
        return year;
    }

    /** The select's value. */
    public void setYear(Integer year) {
        this.year = year;
    }
}
