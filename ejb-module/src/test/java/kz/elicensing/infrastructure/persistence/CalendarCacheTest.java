package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kz.elicensing.domain.workflow.StatutoryCalendar;
import kz.elicensing.domain.workflow.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The calendar is reused for its time-to-live, read again after it or after an explicit reload, and survives a bad reload. */
class CalendarCacheTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T04:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final AtomicInteger loads = new AtomicInteger();
    private RuntimeException failWith;

    private final Supplier<WorkingDayCalendar> loader = () -> {
        loads.incrementAndGet();
        if (failWith != null) {
            throw failWith;
        }
        return new WorkingDayCalendar(List.of(StatutoryCalendar.year(Year.of(2026), LocalDate.of(2026, 5, 27))));
    };

    private final CalendarCache cache = new CalendarCache(loader, clock, Duration.ofSeconds(60));

    @Test
    void reusedWithinTheTimeToLiveAndReadAgainAfterIt() {
        WorkingDayCalendar first = cache.get();
        clock.advance(Duration.ofSeconds(59));
        assertSame(first, cache.get());
        assertEquals(1, loads.get());
        clock.advance(Duration.ofSeconds(1));
        cache.get();
        assertEquals(2, loads.get());
    }

    @Test
    void anExplicitReloadReadsAgainAtOnce() {
        cache.get();
        cache.invalidate();
        cache.get();
        assertEquals(2, loads.get());
        cache.get();
        assertEquals(2, loads.get());
    }

    @Test
    void aFailedReloadKeepsThePreviousCalendarForAnotherPeriod() {
        WorkingDayCalendar first = cache.get();
        failWith = new IllegalArgumentException("bad row");
        cache.invalidate();
        assertSame(first, cache.get());
        assertSame(first, cache.get());
        assertEquals(2, loads.get());
        failWith = null;
        clock.advance(Duration.ofSeconds(60));
        cache.get();
        assertEquals(3, loads.get());
    }

    @Test
    void aFailedFirstLoadIsThrown() {
        failWith = new IllegalStateException("database down");
        assertThrows(IllegalStateException.class, cache::get);
        failWith = null;
        cache.get();
        assertEquals(2, loads.get());
    }
}
