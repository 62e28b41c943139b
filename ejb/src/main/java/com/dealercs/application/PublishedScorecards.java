package com.dealercs.application;

import com.dealercs.domain.model.year.YearCreated;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a dealer reads of a PUBLISHED year (its standing, failed checkpoints, what to fix first and
 * its position in the network), kept in memory per (year, dealer), and the year's scorecards the
 * positions are worked out from, per year: a published year's facts and runs are frozen until it
 * is reopened, so hundreds of dealers reading their pages need not read the same rows again each time. Entries
 * are only ever looked up by the year and the dealer the caller was allowed to read (the services
 * check the account first), never shared between dealers.
 *
 * <p>Whatever can change what is kept forgets it once its transaction has ended: creating, approving,
 * publishing or reopening a year ({@link YearCreated}, {@link YearLifecycle}), a dealer created, changed or closed (its name is on the
 * scorecard), and every import (dealers' names again). A value read while such a change was under
 * way is not kept: each change counts a generation, and a value is kept only if no change ended
 * between the start of its reading and its storing. One server holds the cache (the product runs
 * on one); a change made in the database by hand shows after a restart.
 */
@ApplicationScoped
public class PublishedScorecards {

    private record Key(int year, String dealerCode, String what) {
    }

    private final Map<Key, Object> kept = new ConcurrentHashMap<>();
    /** Changes ended so far; a value read before the latest of them is not kept. */
    private long generation;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The dealer's standing in the published year, read by {@code reader} unless it is kept. */
    public DealerStanding standing(int year, String dealerCode, Supplier<DealerStanding> reader) {
        return kept(new Key(year, dealerCode, "standing"), reader);
    }

    /** The dealer's failed checkpoints of the published year, read by {@code reader} unless kept. */
    public List<FailedCheckpointView> failedCheckpoints(int year, String dealerCode,
            Supplier<List<FailedCheckpointView>> reader) {
        return kept(new Key(year, dealerCode, "failedCheckpoints"), reader);
    }

    /** Where the dealer stands in the published year's network, read by {@code reader} unless kept. */
    public NetworkPosition position(int year, String dealerCode, Supplier<NetworkPosition> reader) {
        return kept(new Key(year, dealerCode, "position"), reader);
    }

    /**
     * Every scorecard of the published year's run (what a dealer's position in the network is
     * worked out from), read by {@code reader} unless kept: once per year, not once per dealer. Only
     * the application reads it; a dealer is shown its own position, never these.
     */
    public List<ScorecardView> network(int year, Supplier<List<ScorecardView>> reader) {
        return kept(new Key(year, "", "network"), reader);
    }

    /**
     * The years as dealers see them (see {@link DealerPortalService}), read by {@code reader} unless
     * kept: they change only when a year is created, approved, published or reopened, and each of
     * those forgets them.
     */
    public List<YearOverview> years(Supplier<List<YearOverview>> reader) {
        return kept(new Key(0, "", "years"), reader);
    }

    /** The dealer's name as its own page shows it, read by {@code reader} unless kept. */
    public String dealerName(String dealerCode, Supplier<String> reader) {
        return kept(new Key(0, dealerCode, "name"), reader);
    }

    /** A new year is offered to dealers too: forgets what is kept once its transaction has ended. */
    void yearCreated(@Observes(during = TransactionPhase.AFTER_COMPLETION) YearCreated event) {
        forget();
    }

    /** What the dealer should fix first in the published year, in {@code locale}, read by {@code reader} unless kept. */
    public List<FixFirstItem> fixFirst(int year, String dealerCode, Locale locale,
            Supplier<List<FixFirstItem>> reader) {
        return kept(new Key(year, dealerCode, "fixFirst " + locale.toLanguageTag()), reader);
    }

    /**
     * Forgets everything once the caller's transaction has ended (committed or not: forgetting is
     * never wrong), or now when there is none. Also now: no value read from here on is kept until
     * then.
     */
    public void forgetAfterTransaction() {
        forget();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: what is kept must not change before the new state is visible
                }

                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    /** Forgets everything now. */
    public synchronized void forget() {
        generation++;
        kept.clear();
    }

    /**
     * The edition of what is kept: the same number for as long as nothing kept has been forgotten.
     * Whatever is made from kept values (a page's markup) may be kept under it too, and is then
     * never used again once a change has made a new edition.
     */
    public synchronized long edition() {
        return generation;
    }

    /** How many values are kept (for tests and the log). */
    public int size() {
        return kept.size();
    }

    @SuppressWarnings("unchecked")
    private <T> T kept(Key key, Supplier<T> reader) {
        Object value = kept.get(key);
        if (value != null) {
            return (T) value;
        }
        long before;
        synchronized (this) {
            before = generation;
        }
        T read = reader.get();
        synchronized (this) {
            if (generation == before && read != null) {
                kept.put(key, read);
            }
        }
        return read;
    }
}
