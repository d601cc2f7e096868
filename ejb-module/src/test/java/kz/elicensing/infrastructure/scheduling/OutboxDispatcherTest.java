package kz.elicensing.infrastructure.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A claim's lease outlasts its whole batch, even when every call runs into both timeouts. */
class OutboxDispatcherTest {

    @Test
    void theLeaseCoversTheBatchAtTheGatewayTimeout() {
        assertEquals(Duration.ofSeconds(10 * 2 * 10 + 60), OutboxDispatcher.lease(Duration.ofSeconds(10)));
        assertEquals(Duration.ofSeconds(2 * 2 * 10 + 60), OutboxDispatcher.lease(Duration.ofSeconds(2)));
    }

    @Test
    void theMarginIsConfigurable() {
        assertEquals(
                Duration.ofMillis(1500L * 2 * 10 + 60_000),
                OutboxDispatcher.lease(Duration.ofMillis(1500), OutboxDispatcher.LEASE_MARGIN));
        assertEquals(
                Duration.ofSeconds(1 * 2 * 10 + 1),
                OutboxDispatcher.lease(Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }
}
