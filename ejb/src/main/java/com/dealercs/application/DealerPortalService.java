package com.dealercs.application;

import com.dealercs.application.InspectionRequests.Criteria;
import com.dealercs.application.InspectionView.CheckpointEntry;
import com.dealercs.domain.model.calculation.CalculationRepository;
import com.dealercs.domain.model.calculation.DealerScorecard;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.DealerRepository;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import com.dealercs.domain.scoring.Component;
import com.dealercs.domain.scoring.Decimals;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the dealer's portal reads beyond the scorecard itself: which published year to show first,
 * the dealer's previous years, what to fix first and where it stands in the network. A dealer user
 * reads its own dealer's only (the same rules as {@link ScorecardService}: a published year); HQ
 * staff, executives and administrators any dealer's.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
public class DealerPortalService {

    static final String PUBLISHED = "PUBLISHED";
    static final String RATED = "RATED";

    @Inject
    ScorecardService scorecards;

    @Inject
    InspectionService inspections;

    @Inject
    EvaluationYearRepository years;

    @Inject
    CalculationRepository runs;

    @Inject
    DealerRepository dealers;

    @Inject
    AccountDealers accountDealers;

    @Inject
    PublishedScorecards published;

    @Resource
    SessionContext session;

    /**
     * The signed-in dealer's scorecards of every published year with data, newest first: its totals,
     * ranks (of how many) and rebates side by side.
     */
    @RolesAllowed(Role.DEALER_NAME)
    public List<DealerStanding> ownHistory() {
        return history(own(), scorecards.years());
    }

    /**
     * The signed-in dealer's scorecard page in one call (the account and the years read once per
     * view, not once per figure): the years, the dealer's history and name, the year to show (the
     * one {@code requested} when it is offered, else the newest published with data for the dealer:
     * {@link DealerOverview#yearToShow}) and, when that year is published with data for the dealer,
     * what the page shows of it in {@code locale} (otherwise {@link #ownYear} says why there is none).
     */
    @RolesAllowed(Role.DEALER_NAME)
    public DealerOverview ownPage(Integer requested, Locale locale) {
        String own = own();
        List<YearOverview> all = dealerYears();
        List<DealerStanding> history = history(own, all);
        Integer shown = DealerOverview.yearToShow(all, history, requested);
        // the history holds the published years in which the dealer has a scorecard
        boolean withData = shown != null && history.stream().anyMatch(h -> h.scorecard().year() == shown);
        // the name changes only by a dealer change or an import, which forget what is kept
        String name = published.dealerName(own, () -> dealers.find(own).map(Dealer::getName).orElse(null));
        return new DealerOverview(all, history, name, shown,
                withData ? yearView(shown, own, locale) : null);
    }

    /**
     * The signed-in dealer's page of a published year in one call: its standing, what to fix first
     * (in {@code locale}) and its position in the network; a year not published is refused, as
     * {@link ScorecardService#ownStanding} refuses it.
     */
    @RolesAllowed(Role.DEALER_NAME)
    public DealerYearView ownYear(int year, Locale locale) {
        String own = own();
        if (!published(year)) {
            throw new ForbiddenException("scorecard.forbidden.unpublished", year);   // as the scorecard itself
        }
        return yearView(year, own, locale);
    }

    /**
     * The years as a dealer sees them: each with its state, and the latest run only of a published
     * year (when HQ calculates a year not yet published is not the dealers' business). The same for
     * every dealer, so kept once with the published years' figures.
     */
    private List<YearOverview> dealerYears() {
        return published.years(() -> scorecards.years().stream()
                .map(y -> PUBLISHED.equals(y.state()) ? y : new YearOverview(y.year(), y.state(), null, null, false, 0, 0))
                .toList());
    }

    /** The dealer's page of a year known to be published. */
    private DealerYearView yearView(int year, String own, Locale locale) {
        // a published year's figures are frozen until it is reopened: kept per (year, dealer); the
        // edition is taken before they are read, so figures read across a change carry the old one
        long edition = published.edition();
        DealerStanding standing = published.standing(year, own, () -> scorecards.standing(year, own));
        return new DealerYearView(standing,
                published.fixFirst(year, own, locale, () -> readFixFirst(year, own, locale)),
                published.position(year, own, () -> readPosition(year, standing.scorecard())), edition);
    }

    /** The dealer's published years with data, newest first, from the years given. */
    private List<DealerStanding> history(String own, List<YearOverview> all) {
        List<DealerStanding> history = new ArrayList<>();
        for (YearOverview y : all) {
            if (PUBLISHED.equals(y.state()) && y.calculated()) {
                // kept per (year, dealer) once read, like the scorecard page's own reading of it; none
                // (null) when the dealer has no scorecard that year (it joined later)
                DealerStanding standing = published.standing(y.year(), own,
                        () -> stored(y.year(), own).isPresent() ? scorecards.standing(y.year(), own) : null);
                if (standing != null && standing.scorecard().coverage() > 0) {
                    history.add(standing);
                }
            }
        }
        return history;
    }

    /**
     * Where the dealer stands among the year's rated dealers (see {@link NetworkPosition}); the
     * rules of {@link ScorecardService#standing}: a dealer user only its own, once published.
     */
    public NetworkPosition position(int year, String dealerCode) {
        ScorecardView card = scorecards.standing(year, dealerCode).scorecard(); // who may read it, and that it exists
        if (published(year)) {
            // frozen until the year is reopened: kept per (year, dealer), never a figure of another dealer
            return published.position(year, dealerCode, () -> readPosition(year, card));
        }
        return readPosition(year, card);
    }

    private NetworkPosition readPosition(int year, ScorecardView card) {
        // the year's scorecards once per published year, not once per dealer reading its position
        List<ScorecardView> all = published.network(year, () -> years.find(year).flatMap(runs::latest)
                .map(run -> runs.scorecards(run).stream().map(ScorecardService::view).toList())
                .orElse(List.of()));
        List<BigDecimal> totals = NetworkFigures.totals(all);
        List<BigDecimal> regionTotals = NetworkFigures.totals(all.stream()
                .filter(s -> card.region() != null && card.region().equals(s.region())).toList());
        List<YearGlance.Bin> bins = NetworkFigures.distribution(totals);
        boolean rated = RATED.equals(card.status()) && card.total() != null;
        Integer ownBand = !rated ? null : bins.stream()
                .filter(b -> card.total().compareTo(BigDecimal.valueOf(b.from())) >= 0
                        && (card.total().compareTo(BigDecimal.valueOf(b.to())) < 0 || b.to() == 100))
                .map(YearGlance.Bin::from).findFirst().orElse(null);
        boolean network = totals.size() >= NetworkPosition.SMALLEST_GROUP;
        boolean region = regionTotals.size() >= NetworkPosition.SMALLEST_GROUP;
        return new NetworkPosition(year, card.dealerCode(), card.region(), rated ? card.total() : null, totals.size(),
                bins, ownBand,
                network ? quartile(totals, 1) : null, network ? quartile(totals, 2) : null,
                network ? quartile(totals, 3) : null, network ? NetworkFigures.average(totals) : null,
                regionTotals.size(), region ? NetworkFigures.average(regionTotals) : null);
    }

    /**
     * What to fix first: the checklist items the dealer failed in its approved inspections of the
     * year, the item that cost the most points of its annual component first (ties: checklist, then
     * the scheme's order), each with its failed checkpoints by date (see {@link FixFirstItem}). A
     * dealer user gets its own dealer's only; as soon as inspections are approved, like the
     * inspections themselves.
     */
    public List<FixFirstItem> fixFirst(int year, String dealerCode, Locale locale) {
        requireOwn(dealerCode);
        // an unknown year or dealer is not one with nothing to fix: say so (404), as the scorecard does
        years.find(year).orElseThrow(() -> new NotFoundException("year.notFound", year));
        dealers.find(dealerCode).orElseThrow(() -> new NotFoundException("dealer.notFound", dealerCode));
        if (published(year)) {
            // a published year's inspections are frozen (nothing is approved or reopened in it): kept per (year, dealer)
            return published.fixFirst(year, dealerCode, locale, () -> readFixFirst(year, dealerCode, locale));
        }
        return readFixFirst(year, dealerCode, locale);
    }

    private List<FixFirstItem> readFixFirst(int year, String dealerCode, Locale locale) {
        List<InspectionView> approved = inspections.list(new Criteria(year, dealerCode, "APPROVED", null, null), locale)
                .stream().filter(s -> s.points() != null)
                .map(s -> inspections.one(s.id(), locale)).toList();
        Map<String, ItemCost> items = new LinkedHashMap<>();
        for (Map.Entry<String, List<InspectionView>> byMap : approved.stream()
                .collect(Collectors.groupingBy(InspectionView::map, TreeMap::new, Collectors.toList())).entrySet()) {
            BigDecimal componentMax = BigDecimal.valueOf(Component.valueOf(byMap.getKey()).maxPoints());
            Map<Integer, List<InspectionView>> byQuarter = byMap.getValue().stream()
                    .collect(Collectors.groupingBy(InspectionView::quarter, TreeMap::new, Collectors.toList()));
            BigDecimal quarters = BigDecimal.valueOf(byQuarter.size());
            for (List<InspectionView> ofQuarter : byQuarter.values()) {
                // the inspection's share of the annual component: a mean of the quarter's, then of the quarters
                BigDecimal weight = Decimals.divide(BigDecimal.ONE,
                        quarters.multiply(BigDecimal.valueOf(ofQuarter.size())));
                for (InspectionView inspection : ofQuarter.stream()
                        .sorted(Comparator.comparing(InspectionView::inspectionDate)).toList()) {
                    addCosts(items, inspection, componentMax, weight);
                }
            }
        }
        List<ItemCost> order = new ArrayList<>(items.values());
        order.sort(Comparator.comparing((ItemCost c) -> c.lost).reversed()
                .thenComparing(c -> c.map).thenComparingInt(c -> c.place));
        return order.stream().filter(c -> !c.failures.isEmpty())
                .map(c -> new FixFirstItem(c.map, c.itemCode, c.itemName, c.itemMax, Decimals.round2(c.lost),
                        c.failures.stream().sorted(Comparator.comparing(FixFirstItem.Failure::inspectionDate)
                                .thenComparing(FixFirstItem.Failure::checkpointCode)).toList()))
                .toList();
    }

    /** scoring.md §1.1 for one inspection: what each item lost of {@code componentMax}, times its weight. */
    private static void addCosts(Map<String, ItemCost> items, InspectionView inspection, BigDecimal componentMax,
                                 BigDecimal weight) {
        BigDecimal possible = BigDecimal.ZERO;
        for (InspectionView.Item item : inspection.items()) {
            if (count(item, "PASS") + count(item, "FAIL") > 0) {
                possible = possible.add(item.itemMax());
            }
        }
        if (possible.signum() == 0) {
            return;
        }
        int place = 0;
        for (InspectionView.Item item : inspection.items()) {
            place++;
            long pass = count(item, "PASS");
            long fail = count(item, "FAIL");
            if (fail == 0) {
                continue;
            }
            // componentMax × itemMax × f / (p + f) / possible, as a share of the annual component
            BigDecimal lost = Decimals.divide(componentMax.multiply(item.itemMax()).multiply(BigDecimal.valueOf(fail)),
                    possible.multiply(BigDecimal.valueOf(pass + fail))).multiply(weight);
            ItemCost cost = items.computeIfAbsent(inspection.map() + "|" + item.itemCode(),
                    k -> new ItemCost(inspection.map(), item.itemCode(), item.name(), item.itemMax()));
            cost.place = place;
            cost.lost = cost.lost.add(lost);
            for (CheckpointEntry checkpoint : item.checkpoints()) {
                if ("FAIL".equals(checkpoint.result())) {
                    cost.failures.add(new FixFirstItem.Failure(inspection.id(), inspection.quarter(),
                            inspection.inspectionDate(), checkpoint.code(), checkpoint.name(), checkpoint.comment(),
                            checkpoint.photos().stream().map(InspectionView.PhotoView::id).toList()));
                }
            }
        }
    }

    private static long count(InspectionView.Item item, String result) {
        return item.checkpoints().stream().filter(c -> result.equals(c.result())).count();
    }

    /** The 25th, 50th or 75th percentile, linear between ranks (QUARTILE.INC), two places half up. */
    static BigDecimal quartile(List<BigDecimal> values, int quarter) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        BigDecimal position = BigDecimal.valueOf((long) (sorted.size() - 1) * quarter)
                .divide(BigDecimal.valueOf(4));
        int below = position.intValue();
        BigDecimal fraction = position.subtract(BigDecimal.valueOf(below));
        BigDecimal low = sorted.get(below);
        BigDecimal value = below + 1 < sorted.size()
                ? low.add(sorted.get(below + 1).subtract(low).multiply(fraction)) : low;
        return Decimals.round2(value);
    }

    private Optional<DealerScorecard> stored(int year, String dealerCode) {
        return years.find(year).flatMap(runs::latest).flatMap(run -> runs.scorecard(run, dealerCode));
    }

    private boolean published(int year) {
        return ScorecardService.isPublished(years.find(year));
    }

    private void requireOwn(String dealerCode) {
        if (session.isCallerInRole(Role.DEALER_NAME) && !own().equals(dealerCode)) {
            throw new ForbiddenException("scorecard.forbidden.otherDealer");
        }
    }

    /** The dealer of the signed-in dealer user. */
    private String own() {
        if (!session.isCallerInRole(Role.DEALER_NAME)) {
            throw new ForbiddenException("scorecard.forbidden.otherDealer");
        }
        return accountDealers.dealerOf(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new ForbiddenException("scorecard.forbidden.otherDealer"));
    }

    /** An item's cost summed over the inspections. */
    private static final class ItemCost {
        final String map;
        final String itemCode;
        final String itemName;
        final BigDecimal itemMax;
        int place;
        BigDecimal lost = BigDecimal.ZERO;
        final List<FixFirstItem.Failure> failures = new ArrayList<>();

        ItemCost(String map, String itemCode, String itemName, BigDecimal itemMax) {
            this.map = map;
            this.itemCode = itemCode;
            this.itemName = itemName;
            this.itemMax = itemMax;
        }
    }
}
