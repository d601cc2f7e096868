package kz.elicensing.sandbox.gateway;

import com.sun.net.httpserver.HttpExchange;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Requests the gateway holds without answering (the timeout fault): parked here, they keep their connection open
 * but no thread; each is dropped (connection closed, no answer) after its hold time or when the sandbox closes.
 */
public final class HeldExchanges implements AutoCloseable {

    private final ScheduledExecutorService scheduler;
    private final Set<HttpExchange> held = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public HeldExchanges(ScheduledExecutorService scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** Parks the exchange; millis &gt; 0 drops it after that long, 0 keeps it until {@link #close()}. */
    public void hold(HttpExchange exchange, long millis) {
        if (closed) {
            exchange.close();
            return;
        }
        held.add(exchange);
        if (millis > 0) {
            try {
                scheduler.schedule(() -> drop(exchange), millis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                drop(exchange);
            }
        }
    }

    private void drop(HttpExchange exchange) {
        if (held.remove(exchange)) {
            exchange.close();
        }
    }

    /** How many requests are held now. */
    public int size() {
        return held.size();
    }

    /** Drops every held request (their clients see the connection closed). */
    @Override
    public void close() {
        closed = true;
        for (HttpExchange ex : held) {
            drop(ex);
        }
    }
}
