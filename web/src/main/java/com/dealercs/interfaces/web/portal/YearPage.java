package com.dealercs.interfaces.web.portal;

import com.dealercs.application.YearOverview;
import java.io.Serializable;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the pages of one chosen evaluation year share (HQ's scorecards, the dealer's own): the
 * years they offer with their states, newest first; the chosen one, by the select or by a
 * {@code ?year=} link; its state. A page says which year it prefers and what a change of year
 * reloads. (No final methods: the beans are proxied.)
 */
public abstract class YearPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<YearOverview> years = List.of();
    private final YearChoice choice = new YearChoice();

    /** Another year was chosen: reload what the page shows of it. */
    protected abstract void yearChosen();

    /** Offers the years (newest first) and chooses the newest the page prefers, else the newest. */
    protected void offer(List<YearOverview> newestFirst, Predicate<YearOverview> preferred) {
        years = List.copyOf(newestFirst);
        choice.offer(years.stream().map(YearOverview::year).toList(),
                year -> years.stream().anyMatch(y -> y.year() == year && preferred.test(y)));
    }

    /** The years again (their states or runs changed), keeping the chosen one. */
    protected void refresh(List<YearOverview> newestFirst) {
        years = List.copyOf(newestFirst);
        choice.keep(years.stream().map(YearOverview::year).toList());
    }

    /** The {@code year} request parameter (a link to one year); a year not offered is ignored. */
    public void setYearParameter(Integer requested) {
        if (choice.request(requested)) {
            yearChosen();
        }
    }

    public Integer getYearParameter() {
        return choice.getYear();
    }

    public List<YearOverview> getYears() {
        return years;
    }

    public Integer getYear() {
        return choice.getYear();
    }

    public void setYear(Integer year) {
        choice.setYear(year);
    }

    /** The select's change. */
    public void yearChanged() {
        yearChosen();
    }

    /** The chosen year's overview, or {@code null} while there is none. */
    public YearOverview getCurrent() {
        Integer year = choice.getYear();
        return year == null ? null : years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }

    /** The chosen year's state, or {@code null} while there is none. */
    public String getState() {
        YearOverview current = getCurrent();
        return current == null ? null : current.state();
    }

    /** Whether the chosen year has a calculation run. */
    public boolean isCalculated() {
        YearOverview current = getCurrent();
        return current != null && current.calculated();
    }

    /** The chosen year's latest run, {@code yyyy-MM-dd HH:mm} Beijing time; empty while none. */
    public String getRunAtText() {
        YearOverview current = getCurrent();
        return current == null ? "" : PageTexts.timestamp(current.runAt());
    }

    /** The colour of the chosen year's state tag. */
    public String getStateSeverity() {
        return severityOf(getState());
    }

    /** The colour of a year state's tag, the same on every page: OPEN blue, APPROVED amber, PUBLISHED green. */
    public static String severityOf(String state) {
        if (state == null) {
            return "secondary";
        }
        return switch (state) {
            case "OPEN" -> "info";
            case "APPROVED" -> "warning";
            default -> "success";
        };
    }
}
