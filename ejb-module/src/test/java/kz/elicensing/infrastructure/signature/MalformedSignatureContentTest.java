package kz.elicensing.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.XmlSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Malformed signature content (found by an independent WS-Security client) gets the typed code of the step that
 * failed, never INTERNAL_ERROR: in the document signature (a signed application) and in the message signature.
 */
class MalformedSignatureContentTest {
    private static final String DSIG = EnvelopedSignatureVerifier.DSIG;
    private static final String ENVELOPE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soap:Body><t:SendMessage xmlns:t=\"http://bip.bee.kz/SyncChannel/v10/Types\"><request>"
            + "<requestInfo><messageId>5d3c1e8a-0000-4000-8000-000000000001</messageId>"
            + "<serviceId>ELICENSE_SubmitApplication</serviceId><sender><senderId>PORTAL</senderId></sender>"
            + "</requestInfo><requestData><data>x</data></requestData></request></t:SendMessage></soap:Body>"
            + "</soap:Envelope>";

    private static DemoIdentities demo;
    private static IssuedIdentity system;
    private static SantuarioSignedApplicationReader reader;
    private static SantuarioMessageSignatures messages;

    @BeforeAll
    static void pki() throws Exception {
        Path data = Files.createTempDirectory("malformed");
        TestPki pki = TestPki.open(data);
        demo = DemoIdentities.open(data, pki);
        system = demo.get(DemoIdentities.Demo.ELICENSING_SYSTEM);
        reader = SignedApplicationReaders.trusting(pki.trustDir());
        ElicensingConfig config = new ElicensingConfig() {
            @Override
            public Path trustDirectory() {
                return pki.trustDir();
            }
        };
        messages = new SantuarioMessageSignatures();
        messages.trustAnchors = new TrustAnchors();
        messages.trustAnchors.config = config;
        messages.revocation = RevocationChecker.NONE;
    }

    /** One malformation of a signature: where it is made and what it does to the ds:Signature element. */
    record Malformation(String name, Consumer<Element> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Element first(Element scope, String local) {
        return (Element) scope.getElementsByTagNameNS("*", local).item(0);
    }

    private static Malformation text(String name, String local, String value) {
        return new Malformation(name, s -> first(s, local).setTextContent(value));
    }

    private static Malformation attribute(String name, String local, String attribute, String value) {
        return new Malformation(name, s -> first(s, local).setAttribute(attribute, value));
    }

    private static Malformation remove(String name, String local) {
        return new Malformation(name, s -> {
            Element e = first(s, local);
            e.getParentNode().removeChild(e);
        });
    }

    /** Moves an element into another namespace (same local name, prefix kept). */
    private static Malformation renamespace(String name, String local) {
        return new Malformation(name, s -> {
            Element e = first(s, local);
            s.getOwnerDocument().renameNode(e, "urn:not-xmldsig", e.getLocalName());
        });
    }

    /** The malformations every signature must survive with a typed code, with the document and the message codes. */
    static Stream<Arguments> malformations() {
        ErrorCode inv = ErrorCode.SIGNATURE_INVALID;
        ErrorCode wrap = ErrorCode.SIGNATURE_WRAPPING;
        return Stream.of(
                Arguments.of(text("SignatureValue not base64", "SignatureValue", "!!not*base64!!"), inv),
                Arguments.of(text("SignatureValue empty", "SignatureValue", ""), inv),
                Arguments.of(text("SignatureValue base64 of garbage", "SignatureValue", "AAAA"), inv),
                Arguments.of(text("DigestValue not base64", "DigestValue", "%%%"), inv),
                Arguments.of(text("DigestValue empty", "DigestValue", ""), inv),
                Arguments.of(remove("no DigestValue", "DigestValue"), inv),
                Arguments.of(remove("no DigestMethod", "DigestMethod"), inv),
                Arguments.of(remove("no SignatureValue", "SignatureValue"), inv),
                Arguments.of(remove("no SignedInfo", "SignedInfo"), inv),
                Arguments.of(remove("no SignatureMethod", "SignatureMethod"), inv),
                Arguments.of(remove("no CanonicalizationMethod", "CanonicalizationMethod"), inv),
                Arguments.of(attribute("unknown SignatureMethod", "SignatureMethod", "Algorithm", "urn:x"), inv),
                Arguments.of(attribute("empty SignatureMethod", "SignatureMethod", "Algorithm", ""), inv),
                Arguments.of(attribute("unknown DigestMethod", "DigestMethod", "Algorithm", "urn:x"), inv),
                Arguments.of(attribute("empty DigestMethod", "DigestMethod", "Algorithm", ""), inv),
                Arguments.of(attribute("unknown C14N", "CanonicalizationMethod", "Algorithm", "urn:x"), inv),
                Arguments.of(attribute("unknown Transform", "Transform", "Algorithm", "urn:x"), inv),
                Arguments.of(attribute("Reference URI nowhere", "Reference", "URI", "#nowhere"), wrap),
                Arguments.of(attribute("Reference URI external", "Reference", "URI", "http://127.0.0.1:9/x"), wrap),
                Arguments.of(attribute("Reference URI empty", "Reference", "URI", ""), wrap),
                Arguments.of(renamespace("SignedInfo in another namespace", "SignedInfo"), wrap),
                Arguments.of(renamespace("SignatureValue in another namespace", "SignatureValue"), wrap),
                Arguments.of(renamespace("Reference in another namespace", "Reference"), inv),
                Arguments.of(renamespace("DigestValue in another namespace", "DigestValue"), inv),
                Arguments.of(certificate("certificate not base64", "@@@"), inv),
                Arguments.of(certificate("certificate base64 but not DER", "AAAAAAAA"), inv),
                Arguments.of(certificate("certificate empty", ""), inv),
                Arguments.of(
                        new Malformation("two References", s -> {
                            Element reference = first(s, "Reference");
                            reference.getParentNode().appendChild(reference.cloneNode(true));
                        }),
                        wrap),
                Arguments.of(remove("no Transforms", "Transforms"), inv));
    }

    /** Replaces the signer's certificate: ds:X509Certificate in KeyInfo, or the BinarySecurityToken it names. */
    private static Malformation certificate(String name, String value) {
        return new Malformation(name, s -> {
            Element x509 = first(s, "X509Certificate");
            Element target = x509 != null ? x509 : first((Element) s.getParentNode(), "BinarySecurityToken");
            target.setTextContent(value);
        });
    }

    private static ErrorCode codeOf(Runnable call) {
        try {
            call.run();
        } catch (ElicensingException e) {
            return e.code();
        } catch (RuntimeException e) {
            fail("untyped " + e, e);
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformations")
    void theDocumentSignatureGetsTheTypedCodeOfItsStep(Malformation malformation, ErrorCode expected) {
        Document doc = new XmlSigner(demo.company())
                .sign(ApplicationBuilder.securityActivity()
                        .forDemoCompany()
                        .requestId(UUID.randomUUID().toString())
                        .build());
        Element signature =
                (Element) doc.getElementsByTagNameNS(DSIG, "Signature").item(0);
        malformation.change().accept(signature);
        byte[] bytes = XmlSigner.toXml(doc).getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, codeOf(() -> reader.read(bytes, Instant.now())), malformation.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformations")
    void theMessageSignatureIsMessageSignatureInvalid(Malformation malformation, ErrorCode documentCode) {
        Document doc = SecureXml.parse(WsSecuritySigner.sign(
                ENVELOPE.getBytes(StandardCharsets.UTF_8),
                new SigningCredential(system.privateKey(), system.certificate())));
        Element signature =
                (Element) doc.getElementsByTagNameNS(DSIG, "Signature").item(0);
        malformation.change().accept(signature);
        byte[] bytes = SecureXml.toBytes(doc);
        assertEquals(
                ErrorCode.MESSAGE_SIGNATURE_INVALID,
                codeOf(() -> messages.verify(bytes, Instant.now())),
                malformation.name());
    }
}
