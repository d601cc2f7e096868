package kz.elicensing.application.ops;

import java.time.Duration;
import kz.elicensing.domain.error.ErrorCode;

/** Port that counts and times every ShEP message per serviceId and direction (Micrometer in infrastructure). */
public interface MessageMetrics {

    /** Records one message: how long it took and its error code, {@code null} when it succeeded. */
    void record(MessageDirection direction, String serviceId, Duration took, ErrorCode error);
}
