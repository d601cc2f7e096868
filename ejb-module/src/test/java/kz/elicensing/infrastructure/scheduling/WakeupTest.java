package kz.elicensing.infrastructure.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Requests before the queued run starts share it; one after it started queues the next; a rejection is harmless. */
class WakeupTest {

    @Test
    void requestsBeforeTheRunShareIt() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch ran = new CountDownLatch(1);
            Wakeup wakeup = new Wakeup(executor, Duration.ofMillis(200), () -> {
                runs.incrementAndGet();
                ran.countDown();
            });
            for (int i = 0; i < 50; i++) {
                wakeup.request();
            }
            assertTrue(ran.await(10, TimeUnit.SECONDS));
            Thread.sleep(300);
            assertEquals(1, runs.get());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aRequestDuringTheRunQueuesTheNext() throws Exception {
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
        try {
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch second = new CountDownLatch(2);
            Wakeup[] self = new Wakeup[1];
            self[0] = new Wakeup(executor, Duration.ZERO, () -> {
                if (runs.incrementAndGet() == 1) {
                    self[0].request(); // work queued while this run works: not lost
                }
                second.countDown();
            });
            self[0].request();
            assertTrue(second.await(10, TimeUnit.SECONDS));
            Thread.sleep(100);
            assertEquals(2, runs.get());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aFailingTaskOrARejectedRequestDoesNotStopLaterOnes() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(2);
        Wakeup wakeup = new Wakeup(executor, Duration.ZERO, () -> {
            runs.incrementAndGet();
            ran.countDown();
            throw new IllegalStateException("the check failed");
        });
        wakeup.request();
        Thread.sleep(200);
        wakeup.request();
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        wakeup.request(); // rejected: no exception, and the next request is not blocked by it
        assertEquals(2, runs.get());
    }
}
