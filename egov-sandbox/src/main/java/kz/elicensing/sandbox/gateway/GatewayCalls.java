package kz.elicensing.sandbox.gateway;

import com.sun.net.httpserver.HttpExchange;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests in work, by their HTTP exchange, so the SOAP layer (endpoint, response signer) finds the fault the
 * HTTP layer decided (JDK 17's HttpExchange attributes are shared by the whole context, so they cannot carry it).
 */
public final class GatewayCalls {

    private final Map<HttpExchange, GatewayCall> byExchange = new ConcurrentHashMap<>();

    /** Registers the request of this exchange. */
    public GatewayCall open(HttpExchange exchange, GatewayCall call) {
        byExchange.put(exchange, call);
        return call;
    }

    /** Forgets the request of this exchange. */
    public void close(HttpExchange exchange) {
        byExchange.remove(exchange);
    }

    /** The request of this exchange (the value of JAXWSProperties.HTTP_EXCHANGE), or an unfiltered call. */
    public GatewayCall of(Object exchange) {
        GatewayCall c = exchange instanceof HttpExchange ex ? byExchange.get(ex) : null;
        return c != null ? c : GatewayCall.unfiltered();
    }

    /** Number of requests in work. */
    public int size() {
        return byExchange.size();
    }
}
