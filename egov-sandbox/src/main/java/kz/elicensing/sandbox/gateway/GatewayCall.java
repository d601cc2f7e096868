package kz.elicensing.sandbox.gateway;

import java.util.Objects;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;

/**
 * One request on its way through the SOAP layer: the fault decided for it at the HTTP layer (soapFault,
 * wrongSignature, duplicate, wrongCorrelation and otherSubject are carried out by the endpoint and the response
 * signer), and the outcome the
 * endpoint reports back for the journal.
 */
public final class GatewayCall {

    private final FaultSpec fault;
    private volatile String outcome;

    public GatewayCall(FaultSpec fault) {
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    /** A call that came without the fault filter (no fault, nothing journalled). */
    public static GatewayCall unfiltered() {
        return new GatewayCall(FaultSpec.none());
    }

    public FaultSpec fault() {
        return fault;
    }

    /** Records what the caller gets: SUCCESS or the SOAP fault's errorCode. */
    public void outcome(String value) {
        this.outcome = value;
    }

    /** What the endpoint reported, or null if the request never reached it. */
    public String outcome() {
        return outcome;
    }
}
