package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A year's scheme: the two checklists and the factor weights (seeded from {@code scheme/}). */
public final class Scheme {

    private final Map<Component, Checklist> checklists = new EnumMap<>(Component.class);
    private final Map<Component, List<Factor>> factors = new EnumMap<>(Component.class);

    public Scheme(List<Checklist> checklists, List<Factor> factors) {
        for (Checklist checklist : checklists) {
            if (this.checklists.put(checklist.map(), checklist) != null) {
                throw new IllegalArgumentException("two checklists for " + checklist.map());
            }
        }
        for (Component map : List.of(Component.SSI_MAP, Component.CS_MAP)) {
            if (!this.checklists.containsKey(map)) {
                throw new IllegalArgumentException("the scheme has no " + map + " checklist");
            }
        }
        Map<Component, List<Factor>> byComponent = factors.stream()
                .collect(Collectors.groupingBy(Factor::component, () -> new EnumMap<>(Component.class),
                        Collectors.toList()));
        for (Component component : List.of(Component.JDP_SSI, Component.JDP_CSI, Component.CSC)) {
            List<Factor> own = byComponent.getOrDefault(component, List.of());
            if (own.stream().map(Factor::code).distinct().count() != own.size()) {
                throw new IllegalArgumentException("a factor of " + component + " appears twice");
            }
            // the weights are the points a perfect score earns, so they must add up to the maximum
            BigDecimal sum = own.stream().map(Factor::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(component.maximum()) != 0) {
                throw new IllegalArgumentException("the weights of " + component + " sum to "
                        + sum.toPlainString() + ", not " + component.maxPoints());
            }
            this.factors.put(component, List.copyOf(own));
        }
    }

    public Checklist checklist(Component map) {
        Checklist checklist = checklists.get(map);
        if (checklist == null) {
            throw new IllegalArgumentException(map + " has no checklist");
        }
        return checklist;
    }

    public List<Factor> factors(Component component) {
        List<Factor> own = factors.get(component);
        if (own == null) {
            throw new IllegalArgumentException(component + " has no factors");
        }
        return own;
    }
}
