package kz.elicensing.sandbox.gateway;

import com.sun.xml.ws.developer.JAXWSProperties;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Objects;
import java.util.Set;
import javax.xml.namespace.QName;
import kz.elicensing.sandbox.gateway.fault.FaultKind;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.xml.SoapMessages;
import org.w3c.dom.Document;

/**
 * The gateway's JAX-WS handler that signs every answer and fault it sends (WS-Security, {@link MessageSigner})
 * with the ShEP gateway's key, or, for a call with the wrongSignature fault, with a stray key under the gateway's
 * certificate.
 */
public final class ResponseSigningHandler implements SOAPHandler<SOAPMessageContext> {

    private final IssuedIdentity gateway;
    private final GatewayCalls calls;
    private volatile PrivateKey strayKey;

    public ResponseSigningHandler(IssuedIdentity gateway, GatewayCalls calls) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            sign(context);
        }
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            sign(context);
        }
        return true;
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }

    private void sign(SOAPMessageContext context) {
        GatewayCall call = calls.of(context.get(JAXWSProperties.HTTP_EXCHANGE));
        PrivateKey key = call.fault().kind() == FaultKind.WRONG_SIGNATURE ? strayKey() : gateway.privateKey();
        // signed on a plain DOM from the hardened parser, then handed back to SAAJ as bytes
        Document envelope = SoapMessages.dom(context.getMessage());
        MessageSigner.sign(envelope, key, gateway.certificate());
        context.setMessage(SoapMessages.message(envelope));
    }

    /** A key of the certificate's algorithm that is not the certificate's (made once, on first use). */
    private PrivateKey strayKey() {
        PrivateKey k = strayKey;
        if (k == null) {
            synchronized (this) {
                if (strayKey == null) {
                    strayKey = generate(gateway.privateKey().getAlgorithm());
                }
                k = strayKey;
            }
        }
        return k;
    }

    private static PrivateKey generate(String algorithm) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC".equals(algorithm) ? "EC" : "RSA");
            if ("EC".equals(algorithm)) {
                g.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                g.initialize(2048);
            }
            return g.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a stray key", e);
        }
    }
}
