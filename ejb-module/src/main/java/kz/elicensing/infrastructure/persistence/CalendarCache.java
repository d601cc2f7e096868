package kz.elicensing.infrastructure.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.elicensing.domain.workflow.WorkingDayCalendar;

/**
 * Keeps the loaded working calendar for a time-to-live, then loads it again, so an admin's edit takes effect without a
 * release; {@link #invalidate()} forces the next read. While one thread reloads, others keep the previous snapshot; a
 * reload that fails keeps the previous snapshot for another period (and is logged), the first load's failure is thrown.
 */
final class CalendarCache {
    private static final Logger LOG = Logger.getLogger(CalendarCache.class.getName());

    private record Snapshot(WorkingDayCalendar calendar, Instant loadedAt) {}

    private final Supplier<WorkingDayCalendar> loader;
    private final Clock clock;
    private final Duration ttl;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot;

    CalendarCache(Supplier<WorkingDayCalendar> loader, Clock clock, Duration ttl) {
        this.loader = loader;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The cached calendar, loaded again when older than the time-to-live or invalidated. */
    WorkingDayCalendar get() {
        Snapshot known = snapshot;
        if (known != null && fresh(known)) {
            return known.calendar();
        }
        if (known == null) {
            loading.lock();
        } else if (!loading.tryLock()) {
            return known.calendar();
        }
        try {
            Snapshot current = snapshot;
            if (current != null && fresh(current)) {
                return current.calendar();
            }
            try {
                WorkingDayCalendar loaded = loader.get();
                snapshot = new Snapshot(loaded, clock.instant());
                return loaded;
            } catch (RuntimeException e) {
                if (current == null) {
                    throw e;
                }
                LOG.log(
                        Level.WARNING,
                        "reloading the working calendar failed; keeping the one loaded at " + current.loadedAt()
                                + " for " + ttl,
                        e);
                snapshot = new Snapshot(current.calendar(), clock.instant());
                return current.calendar();
            }
        } finally {
            loading.unlock();
        }
    }

    /** Makes the next {@link #get()} load again (the current snapshot stays as the fallback). */
    void invalidate() {
        Snapshot known = snapshot;
        if (known != null) {
            snapshot = new Snapshot(known.calendar(), Instant.MIN);
        }
    }

    private boolean fresh(Snapshot s) {
        return !s.loadedAt().equals(Instant.MIN)
                && clock.instant().isBefore(s.loadedAt().plus(ttl));
    }
}
