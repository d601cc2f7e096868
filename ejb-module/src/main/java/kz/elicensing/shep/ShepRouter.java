package kz.elicensing.shep;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;

/** Routes an admitted, claimed message to the one {@link ShepOperation} of its serviceId and has its request kept. */
@Stateless
public class ShepRouter implements MessageService {
    private static final Logger LOG = Logger.getLogger(ShepRouter.class.getName());

    @Inject
    @Any
    Instance<ShepOperation> operations;

    @EJB
    MessageEvidence evidence;

    @Inject
    Clock clock;

    Map<ServiceId, ShepOperation> routes;

    /** Builds the routing table once per instance; a missing or doubled operation fails the deployment's first call. */
    @PostConstruct
    void routes() {
        routes = byServiceId(operations);
    }

    @Override
    public OutboundMessage handle(InboundMessage message) {
        Instant receivedAt = clock.instant();
        if (message.envelope() == null) {
            throw new IllegalStateException("the envelope as received is missing; the evidence log needs it");
        }
        ServiceId serviceId = ServiceId.fromWire(message.serviceId())
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.UNKNOWN_SERVICE, "unknown serviceId " + message.serviceId(), message.serviceId()));
        LOG.fine(
                () -> "messageId=" + LogSafe.of(message.messageId()) + " serviceId=" + LogSafe.of(message.serviceId()));
        OperationAnswer answer = routes.get(serviceId).handle(message, Messages.locale(message.language()));
        evidence.keepRequest(message, receivedAt, answer);
        return answer.answer();
    }

    /** Every operation by its serviceId; refuses two for one serviceId or a serviceId without one. */
    public static Map<ServiceId, ShepOperation> byServiceId(Iterable<ShepOperation> operations) {
        Map<ServiceId, ShepOperation> map = new EnumMap<>(ServiceId.class);
        for (ShepOperation operation : operations) {
            ShepOperation twin = map.put(operation.serviceId(), operation);
            if (twin != null) {
                throw new IllegalStateException("two operations for " + operation.serviceId() + ": "
                        + twin.getClass().getName() + " and "
                        + operation.getClass().getName());
            }
        }
        for (ServiceId id : ServiceId.values()) {
            if (!map.containsKey(id)) {
                throw new IllegalStateException("no operation for " + id.wireName());
            }
        }
        return map;
    }
}
