package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message built by another WS-Security stack: a hand-written envelope whose {@code wsse:Security} header carries
 * {@code soap:mustUnderstand="1"} (as WSS4J, Metro and .NET send it), signed by {@code xmlsec1} (libxmlsec1 on
 * OpenSSL) with the registered PORTAL sender's key. Skipped without xmlsec1, except on CI ({@code CI=true}).
 */
@ExtendWith(ArquillianExtension.class)
class WsSecurityInteropIT {
    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String WSSE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String WSU =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String X509 =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3";
    private static final String BASE64 =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @BeforeEach
    void xmlsec1IsPresent() {
        if (!onPath("xmlsec1")) {
            String message = "xmlsec1 is not on PATH (Debian: apt-get install -y xmlsec1)";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true, so the WS-Security interoperability IT must run, but " + message);
            }
            Assumptions.assumeTrue(false, message);
        }
    }

    @Test
    void aMustUnderstandSecurityHeaderSignedByXmlsec1IsProcessed() throws Exception {
        HttpResponse<String> response = post(signedByXmlsec1(true));
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(response.body().contains("MustUnderstand"), response.body());
        assertTrue(response.body().contains("<code>SUCCESS</code>"), response.body());
        assertTrue(response.body().contains("ApplicationStatusList"), response.body());
    }

    @Test
    void theSameMessageWithoutMustUnderstandIsProcessedToo() throws Exception {
        HttpResponse<String> response = post(signedByXmlsec1(false));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("<code>SUCCESS</code>"), response.body());
    }

    @Test
    void aMustUnderstandHeaderDoesNotHideABrokenSignature() throws Exception {
        String tampered = signedByXmlsec1(true).replace("150140000012", "150140000013");
        HttpResponse<String> response = post(tampered);
        assertEquals(500, response.statusCode(), response.body());
        assertTrue(response.body().contains("<errorCode>MESSAGE_SIGNATURE_INVALID</errorCode>"), response.body());
    }

    /** A status query of the demo company, signed over its Body by xmlsec1 with the PORTAL sender's registered key. */
    private String signedByXmlsec1(boolean mustUnderstand) throws Exception {
        IssuedIdentity portal = ItEnvironment.sandbox().demo().portalSystem();
        boolean ec = "EC".equals(portal.privateKey().getAlgorithm());
        String bodyId = "Body-" + UUID.randomUUID();
        String tokenId = "X509-" + UUID.randomUUID();
        String template = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<soapenv:Envelope xmlns:soapenv=\"" + SOAP
                + "\" xmlns:typ=\"http://bip.bee.kz/SyncChannel/v10/Types\""
                + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<soapenv:Header>"
                + "<wsse:Security xmlns:wsse=\"" + WSSE + "\" xmlns:wsu=\"" + WSU + "\""
                + (mustUnderstand ? " soapenv:mustUnderstand=\"1\"" : "") + ">"
                + "<wsse:BinarySecurityToken EncodingType=\"" + BASE64 + "\" ValueType=\"" + X509 + "\" wsu:Id=\""
                + tokenId + "\">"
                + Base64.getEncoder().encodeToString(portal.certificate().getEncoded())
                + "</wsse:BinarySecurityToken>"
                + "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo>"
                + "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>"
                + "<ds:SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#"
                + (ec ? "ecdsa-sha256" : "rsa-sha256") + "\"/>"
                + "<ds:Reference URI=\"#" + bodyId + "\"><ds:Transforms>"
                + "<ds:Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/></ds:Transforms>"
                + "<ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/>"
                + "<ds:DigestValue></ds:DigestValue></ds:Reference></ds:SignedInfo>"
                + "<ds:SignatureValue></ds:SignatureValue>"
                + "<ds:KeyInfo><wsse:SecurityTokenReference><wsse:Reference URI=\"#" + tokenId + "\" ValueType=\""
                + X509 + "\"/></wsse:SecurityTokenReference></ds:KeyInfo></ds:Signature>"
                + "</wsse:Security></soapenv:Header>"
                + "<soapenv:Body xmlns:wsu=\"" + WSU + "\" wsu:Id=\"" + bodyId + "\">"
                + "<typ:SendMessage><request><requestInfo>"
                + "<messageId>" + UUID.randomUUID() + "</messageId>"
                + "<serviceId>ELICENSE_GetApplicationStatus</serviceId>"
                + "<messageDate>"
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        OffsetDateTime.now(ItEnvironment.ALMATY).truncatedTo(ChronoUnit.SECONDS))
                + "</messageDate>"
                + "<sender><senderId>PORTAL</senderId><password>portal-demo-pass</password></sender>"
                + "</requestInfo><requestData><data xsi:type=\"xs:string\">"
                + "&lt;StatusQuery xmlns=\"urn:kz:elicensing:v1\"&gt;&lt;applicantId&gt;150140000012"
                + "&lt;/applicantId&gt;&lt;/StatusQuery&gt;</data></requestData></request></typ:SendMessage>"
                + "</soapenv:Body></soapenv:Envelope>\n";
        Files.writeString(dir.resolve("template.xml"), template, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("key.pem"),
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(portal.privateKey().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n",
                StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("cert.pem"), TestPki.toPem(portal.certificate()), StandardCharsets.US_ASCII);
        Process p = new ProcessBuilder(
                        "xmlsec1",
                        "--sign",
                        "--privkey-pem",
                        "key.pem,cert.pem",
                        "--id-attr:Id",
                        SOAP + ":Body",
                        "--output",
                        "signed.xml",
                        "template.xml")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("xmlsec1.out").toFile())
                .start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("xmlsec1 did not finish");
        }
        String out = Files.readString(dir.resolve("xmlsec1.out"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "xmlsec1 --sign: " + out);
        String signed = Files.readString(dir.resolve("signed.xml"), StandardCharsets.UTF_8);
        assertTrue(signed.contains("mustUnderstand=\"1\"") == mustUnderstand, signed);
        return signed;
    }

    private HttpResponse<String> post(String envelope) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.SYNC_CHANNEL_URL))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, tool))) {
                return true;
            }
        }
        return false;
    }
}
