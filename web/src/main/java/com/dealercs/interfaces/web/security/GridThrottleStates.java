package com.dealercs.interfaces.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * The throttle's counters in the server's data grid (Payara's Hazelcast, through JCache): every
 * member of a cluster sees the same counters. Plain strings, so no application class has to be
 * loaded by the grid. Each entry expires an hour after its last change, which keeps the cache bounded.
 */
@ApplicationScoped
public class GridThrottleStates implements ThrottleStates {

    static final String CACHE = "dealercs-sign-in-throttle";

    @Inject
    CacheManager manager;

    private Cache<String, String> cache;

    @PostConstruct
    void open() {
        Cache<String, String> existing = manager.getCache(CACHE, String.class, String.class);
        if (existing == null) {
            MutableConfiguration<String, String> configuration = new MutableConfiguration<String, String>()
                    .setTypes(String.class, String.class)
                    .setStoreByValue(true)
                    .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                            new Duration(TimeUnit.SECONDS, SignInThrottle.FORGET_AFTER.toSeconds())));
            try {
                existing = manager.createCache(CACHE, configuration);
            } catch (CacheException createdMeanwhile) {
                // another member of the cluster (or a redeployment) created it first
                existing = manager.getCache(CACHE, String.class, String.class);
            }
        }
        cache = existing;
    }

    @Override
    public String get(String key) {
        return cache.get(key);
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
        return cache.putIfAbsent(key, value);
    }

    @Override
    public boolean replace(String key, String expected, String value) {
        return cache.replace(key, expected, value);
    }

    @Override
    public void remove(String key) {
        cache.remove(key);
    }

    @Override
    public void removeKeys(Predicate<String> key) {
        List<String> matching = new ArrayList<>();
        for (Cache.Entry<String, String> entry : cache) {
            if (key.test(entry.getKey())) {
                matching.add(entry.getKey());
            }
        }
        matching.forEach(cache::remove);
    }

    @Override
    public java.util.Map<String, String> matching(Predicate<String> key) {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        for (Cache.Entry<String, String> entry : cache) {
            if (key.test(entry.getKey())) {
                found.put(entry.getKey(), entry.getValue());
            }
        }
        return found;
    }
}
