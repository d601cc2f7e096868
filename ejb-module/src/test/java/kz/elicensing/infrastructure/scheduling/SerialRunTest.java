package kz.elicensing.infrastructure.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One run at a time; a call during a run returns at once and has the running thread run the task once more. */
class SerialRunTest {
    private static final Duration LONG = Duration.ofMinutes(1);

    @Test
    void runsInTheCallersThread() {
        SerialRun serial = new SerialRun();
        AtomicInteger runs = new AtomicInteger();
        assertTrue(serial.run(runs::incrementAndGet, LONG));
        assertTrue(serial.run(runs::incrementAndGet, LONG));
        assertEquals(2, runs.get());
    }

    @Test
    void aCallDuringARunReturnsAtOnceAndTheRunningThreadRunsAgain() throws Exception {
        SerialRun serial = new SerialRun();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> first = pool.submit(() -> serial.run(
                    () -> {
                        if (runs.incrementAndGet() == 1) {
                            started.countDown();
                            await(release);
                        }
                    },
                    LONG));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertFalse(serial.run(runs::incrementAndGet, LONG), "another thread runs it: no wait");
            assertFalse(serial.run(runs::incrementAndGet, LONG), "two calls meanwhile ask for one more run");
            release.countDown();
            assertTrue(first.get(10, TimeUnit.SECONDS));
            assertEquals(2, runs.get(), "the first run and exactly one more for the calls made during it");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noFurtherRunAfterTheMaximumTime() throws Exception {
        SerialRun serial = new SerialRun();
        AtomicInteger runs = new AtomicInteger();
        // every run asks for another one: it stops once the time is up (here at once, after the first run)
        Runnable again = () -> {
            runs.incrementAndGet();
            Thread t = new Thread(() -> serial.run(() -> {}, LONG));
            t.start();
            join(t);
        };
        assertTrue(serial.run(again, Duration.ZERO));
        assertEquals(1, runs.get());
    }

    @Test
    void manyThreadsNeverRunItConcurrentlyAndTheLastCallIsServed() throws Exception {
        SerialRun serial = new SerialRun();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        Runnable task = () -> {
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            runs.incrementAndGet();
            Thread.onSpinWait();
            inside.decrementAndGet();
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 2000; i++) {
                pool.submit(() -> serial.run(task, LONG));
            }
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertEquals(0, overlaps.get());
        assertTrue(runs.get() >= 1);
        int before = runs.get();
        serial.run(task, LONG);
        assertEquals(before + 1, runs.get(), "idle again: a call runs at once");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread t) {
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
