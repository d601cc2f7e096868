package kz.elicensing.infrastructure.scheduling;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Has a task run on an executor {@code delay} after it is asked for, at most one run queued at a time: every request
 * made before the queued run starts is answered by it.
 */
final class Wakeup {
    private static final Logger LOG = Logger.getLogger(Wakeup.class.getName());
    private final ScheduledExecutorService executor;
    private final long delayNanos;
    private final Runnable task;
    private final AtomicBoolean queued = new AtomicBoolean();

    Wakeup(ScheduledExecutorService executor, Duration delay, Runnable task) {
        this.executor = executor;
        this.delayNanos = delay.toNanos();
        this.task = task;
    }

    /** Queues a run unless one is queued already; never blocks, never throws (the timer is the safety net). */
    void request() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.schedule(this::fire, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            queued.set(false);
            LOG.log(Level.FINE, "wake-up not queued; the timer runs the task", e);
        }
    }

    private void fire() {
        queued.set(false);
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "woken task failed; the timer runs it again", e);
        }
    }
}
