package kz.elicensing.application.ops;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.elicensing.domain.error.ErrorCode;

/**
 * Observes one ShEP message from start to end: its ids in the logging MDC meanwhile, then its metrics and one summary
 * line in the {@code kz.elicensing.messages} log category. Closing without an outcome counts as INTERNAL_ERROR.
 */
public final class MessageObservation implements AutoCloseable {
    /** The log category of the one-line-per-message trail; set it to WARN to silence it. */
    public static final String LOG_CATEGORY = "kz.elicensing.messages";

    private static final Logger LOG = Logger.getLogger(LOG_CATEGORY);
    private static final AtomicBoolean METRICS_FAILURE_LOGGED = new AtomicBoolean();

    private final MessageMetrics metrics;
    private final MessageDirection direction;
    private final String serviceId;
    private final String serviceLabel;
    private final MessageLogContext logContext;
    private final long start = System.nanoTime();
    private ErrorCode error = ErrorCode.INTERNAL_ERROR;

    private MessageObservation(
            MessageMetrics metrics, MessageDirection direction, String messageId, String serviceId, String senderId) {
        this.metrics = metrics;
        this.direction = direction;
        this.serviceId = serviceId;
        this.serviceLabel = MessageLogContext.clean(String.valueOf(serviceId));
        this.logContext = MessageLogContext.open(messageId, serviceId, senderId);
    }

    /** Starts observing a message; use it in try-with-resources. */
    public static MessageObservation start(
            MessageMetrics metrics, MessageDirection direction, String messageId, String serviceId, String senderId) {
        return new MessageObservation(metrics, direction, messageId, serviceId, senderId);
    }

    /** The message succeeded; returns {@code result} for the caller's {@code return}. */
    public <T> T succeeded(T result) {
        error = null;
        return result;
    }

    /** The message ended with this error code. */
    public void failed(ErrorCode code) {
        error = code == null ? ErrorCode.INTERNAL_ERROR : code;
    }

    /** Metrics never fail a message: a broken registry is logged once, and the message goes on. */
    private void record(Duration took) {
        try {
            metrics.record(direction, serviceId, took, error);
        } catch (RuntimeException | LinkageError e) {
            if (METRICS_FAILURE_LOGGED.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "message metrics cannot be recorded (logged once)", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            record(took);
            ErrorCode outcome = error;
            LOG.info(() -> direction.name().toLowerCase(Locale.ROOT) + " " + serviceLabel + ": "
                    + (outcome == null ? "SUCCESS" : outcome.name()) + " in " + took.toMillis() + " ms");
        } finally {
            logContext.close();
        }
    }
}
