package kz.elicensing.shep;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import kz.elicensing.domain.error.ElicensingException;

/**
 * The SOAP 1.1 fault of contracts.md §2 written without the SOAP stack, for refusals made before a body is read
 * (RATE_LIMITED, MESSAGE_TOO_LARGE): the same detail element and fields as the endpoint's faults.
 */
final class FaultEnvelopes {
    private FaultEnvelopes() {}

    /** The unsigned fault envelope for this refusal. */
    static byte[] of(ElicensingException e) {
        RememberedRefusal texts = RememberedRefusal.of(e);
        String xml = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Server</faultcode><faultstring>"
                + escape(e.code().name() + ": " + texts.ru())
                + "</faultstring><detail><ns2:SendMessageFault1_SendMessageFault"
                + " xmlns:ns2=\"http://bip.bee.kz/SyncChannel/v10/Types\"><errorCode>"
                + e.code().name()
                + "</errorCode><errorMessage>" + escape(texts.ru()) + "</errorMessage><errorData>"
                + escape(texts.kk()) + "</errorData><errorDate>"
                + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)
                + "</errorDate></ns2:SendMessageFault1_SendMessageFault></detail></soap:Fault></soap:Body>"
                + "</soap:Envelope>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
