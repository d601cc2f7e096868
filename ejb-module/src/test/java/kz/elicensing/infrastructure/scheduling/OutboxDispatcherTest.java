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
}
