package kz.elicensing.shep;

import java.util.Locale;

/**
 * One serviceId of E-licensing: reads its payload (hardened parse, schema, JAXB), calls exactly one use case and
 * writes its answer. Implementations are CDI beans in {@code kz.elicensing.shep.operation}, found by {@link ShepRouter}.
 */
public interface ShepOperation {

    /** The serviceId this operation answers; each has exactly one operation. */
    ServiceId serviceId();

    /** Handles an admitted, claimed message in the caller's transaction; a refusal is an {@code ElicensingException}. */
    OperationAnswer handle(InboundMessage message, Locale locale);
}
