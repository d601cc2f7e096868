package kz.elicensing.domain.message;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A rate limit per key (a sender, an address) over a sliding window, kept in memory: the count of the current fixed
 * window plus the previous window's count weighted by how much of it the sliding window still covers (two numbers per
 * key, whatever the traffic). A limit of 0 or less switches it off. Keys idle for two windows are dropped when the map
 * grows past {@code maxKeys}, so a flood of fresh keys cannot grow it without bound. Thread-safe.
 */
public final class SlidingWindowLimit {
    private final int limit;
    private final long windowMillis;
    private final int maxKeys;
    private final Map<String, Counter> counters = new HashMap<>();

    public SlidingWindowLimit(int limit, Duration window, int maxKeys) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive: " + window);
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.maxKeys = Math.max(1, maxKeys);
    }

    /** Whether this limit is switched on. */
    public boolean enabled() {
        return limit > 0;
    }

    /** Counts one event of {@code key}; false (and nothing counted) when the key has used up its limit. */
    public synchronized boolean tryAcquire(String key, Instant now) {
        if (!enabled()) {
            return true;
        }
        Counter c = counter(key, now);
        if (c.estimate(now.toEpochMilli(), windowMillis) + 1 > limit) {
            return false;
        }
        c.current++;
        return true;
    }

    /** Counts one event of {@code key} whatever its count. */
    public synchronized void record(String key, Instant now) {
        if (enabled()) {
            counter(key, now).current++;
        }
    }

    /** Whether {@code key} has used up its limit (the next event would be refused). */
    public synchronized boolean exhausted(String key, Instant now) {
        if (!enabled()) {
            return false;
        }
        Counter c = counters.get(key);
        if (c == null) {
            return false;
        }
        c.roll(now.toEpochMilli(), windowMillis);
        return c.estimate(now.toEpochMilli(), windowMillis) >= limit;
    }

    private Counter counter(String key, Instant now) {
        long at = now.toEpochMilli();
        Counter c = counters.get(key);
        if (c == null) {
            if (counters.size() >= maxKeys) {
                evictIdle(at);
            }
            c = new Counter(at - Math.floorMod(at, windowMillis));
            counters.put(key, c);
        }
        c.roll(at, windowMillis);
        return c;
    }

    private void evictIdle(long at) {
        Iterator<Counter> it = counters.values().iterator();
        while (it.hasNext()) {
            Counter c = it.next();
            if (at - c.windowStart >= 2 * windowMillis) {
                it.remove();
            }
        }
        if (counters.size() >= maxKeys) {
            counters.clear(); // every key is busy: forget them all rather than grow
        }
    }

    /** One key's counts: events in the fixed window starting at {@code windowStart}, and in the one before. */
    private static final class Counter {
        long windowStart;
        long previous;
        long current;

        Counter(long windowStart) {
            this.windowStart = windowStart;
        }

        void roll(long at, long window) {
            long start = at - Math.floorMod(at, window);
            if (start == windowStart) {
                return;
            }
            previous = start - windowStart == window ? current : 0;
            current = 0;
            windowStart = start;
        }

        double estimate(long at, long window) {
            double covered = 1.0 - (double) (at - windowStart) / window;
            return previous * covered + current;
        }
    }
}
