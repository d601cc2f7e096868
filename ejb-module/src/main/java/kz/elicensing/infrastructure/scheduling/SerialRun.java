package kz.elicensing.infrastructure.scheduling;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a task in one thread at a time without making anyone wait: a call while another thread runs it returns at once
 * and that thread runs the task once more, so no call's work is left undone (within {@code maxTime}).
 */
final class SerialRun {
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /**
     * Runs {@code task} now, and again while calls came meanwhile, but starts no further run after {@code maxTime};
     * returns at once (false) when another thread is running it, which then runs it again.
     */
    boolean run(Runnable task, Duration maxTime) {
        long end = System.nanoTime() + maxTime.toNanos();
        again.set(true);
        boolean ran = false;
        while (again.get() && (!ran || System.nanoTime() - end < 0) && running.compareAndSet(false, true)) {
            ran = true;
            try {
                again.set(false);
                task.run();
            } finally {
                running.set(false);
            }
        }
        return ran;
    }
}
