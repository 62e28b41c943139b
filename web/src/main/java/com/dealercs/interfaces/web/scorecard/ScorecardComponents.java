package com.dealercs.interfaces.web.scorecard;

import com.dealercs.application.ScorecardView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The scorecard's components for the pages, from the rules' own list (through the view): their
 * codes in the scheme's order, their maxima, and the quarterly ones. In EL:
 * {@code #{scorecardComponents.codes}}.
 */
@Named
@ApplicationScoped
public class ScorecardComponents {

    public List<String> getCodes() {
        return ScorecardView.COMPONENTS;
    }

    /** The maximum points of each component, which are also its weight, by code. */
    public Map<String, Integer> getMaxima() {
        return ScorecardView.MAXIMA;
    }

    /** The components a scorecard has no data for, in the scheme's order. */
    public List<String> missing(ScorecardView card) {
        return card == null ? List.of() : ScorecardView.COMPONENTS.stream()
                .filter(code -> card.components().get(code) == null).toList();
    }

    /** The components of a quarter's result, in their order. */
    public List<String> getQuarterly() {
        return ScorecardView.QUARTERLY;
    }
}
