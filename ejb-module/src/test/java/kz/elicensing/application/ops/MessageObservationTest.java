package kz.elicensing.application.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.domain.error.ErrorCode;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/** Every observed message is recorded exactly once, with its outcome, and leaves no MDC behind. */
class MessageObservationTest {
    private record Recorded(MessageDirection direction, String serviceId, Duration took, ErrorCode error) {}

    private final List<Recorded> recorded = new ArrayList<>();
    private final MessageMetrics metrics =
            (direction, serviceId, took, error) -> recorded.add(new Recorded(direction, serviceId, took, error));

    @Test
    void aSuccessIsRecordedWithoutErrorCode() {
        try (MessageObservation o =
                MessageObservation.start(metrics, MessageDirection.INBOUND, "m-1", "ELICENSE_GetResult", "PORTAL")) {
            assertEquals("m-1", MDC.get(MessageLogContext.MESSAGE_ID));
            assertEquals("answer", o.succeeded("answer"));
        }
        assertEquals(1, recorded.size());
        assertEquals("ELICENSE_GetResult", recorded.get(0).serviceId());
        assertNull(recorded.get(0).error());
        assertTrue(!recorded.get(0).took().isNegative());
        assertNull(MDC.get(MessageLogContext.MESSAGE_ID));
    }

    @Test
    void aRefusalIsRecordedWithItsCode() {
        try (MessageObservation o =
                MessageObservation.start(metrics, MessageDirection.OUTBOUND, "m-2", "PEP_PaymentCheck", "ELICENSE")) {
            o.failed(ErrorCode.UPSTREAM_UNAVAILABLE);
        }
        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, recorded.get(0).error());
        assertEquals(MessageDirection.OUTBOUND, recorded.get(0).direction());
    }

    @Test
    void anUnexpectedExceptionCountsAsInternalError() {
        assertThrows(IllegalStateException.class, () -> {
            try (MessageObservation o = MessageObservation.start(
                    metrics, MessageDirection.INBOUND, "m-3", "ELICENSE_SubmitApplication", "PORTAL")) {
                throw new IllegalStateException("boom");
            }
        });
        assertEquals(ErrorCode.INTERNAL_ERROR, recorded.get(0).error());
        assertNull(MDC.get(MessageLogContext.MESSAGE_ID));
    }
}
