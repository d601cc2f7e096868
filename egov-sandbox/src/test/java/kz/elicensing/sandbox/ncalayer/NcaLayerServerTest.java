package kz.elicensing.sandbox.ncalayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.security.cert.X509Certificate;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.xml.SafeXml;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.utils.Constants;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The sandbox's NCALayer over wss: the basics and commonUtils signing forms, the key dialog, errors and cancel. */
class NcaLayerServerTest {

    private static final String DOCUMENT =
            "<license xmlns=\"urn:test:license\"><number>KZ-LIC-0001</number><holder>ТОО «Қорғау-Сервис»</holder>"
                    + "</license>";

    static Sandbox sandbox;
    static NcaLayerClient client;

    @BeforeAll
    static void start(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) {
        org.apache.xml.security.Init.init();
        // a sandbox of its own: in the module's full run another class's sandbox on the shared data directory left the
        // shared one's NCALayer refusing wss connections (the class passed alone)
        sandbox = Sandbox.start(kz.elicensing.sandbox.SandboxConfig.forTests(data));
        client = NcaLayerClient.of(sandbox);
    }

    @org.junit.jupiter.api.AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @AfterEach
    void forgetPicks() {
        sandbox.adminClient().ncalayerReset();
    }

    /** The signer's certificate of a signed text, after Santuario verified the signature on a fresh parse. */
    private static X509Certificate verifiedSigner(String signedXml) throws Exception {
        Document doc = SafeXml.parse(signedXml);
        Element sigEl = (Element) doc.getElementsByTagNameNS(Constants.SignatureSpecNS, "Signature")
                .item(0);
        assertEquals(doc.getDocumentElement(), sigEl.getParentNode(), "ds:Signature is the root's child");
        XMLSignature sig = new XMLSignature(sigEl, "", true);
        assertEquals("", sig.getSignedInfo().item(0).getURI(), "the whole document is signed (URI=\"\")");
        X509Certificate cert = sig.getKeyInfo().getX509Certificate();
        assertTrue(sig.checkSignatureValue(cert), "the signature verifies");
        assertEquals(
                XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256, sig.getSignedInfo().getSignatureMethodURI());
        return cert;
    }

    private static String attribute(X509Certificate cert, org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        X500Name name = X500Name.getInstance(
                BCStyle.INSTANCE, cert.getSubjectX500Principal().getEncoded());
        return IETFUtils.valueToString(name.getRDNs(oid)[0].getFirst().getValue());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void greetsWithTheVersionOverWss() {
        assertTrue(sandbox.ncalayerUrl().startsWith("wss://127.0.0.1:"), sandbox.ncalayerUrl());
        assertEquals("1.4", client.version());
    }

    @Test
    void basicsSignSignsTheWholeDocumentWithThePickedProvidersPerson() throws Exception {
        client.pick("signer-dp_abai");
        String signed = client.basicsSign(DOCUMENT, null, null);

        X509Certificate signer = verifiedSigner(signed);
        assertEquals("BIN010340000606", attribute(signer, BCStyle.OU));
        assertEquals("IIN710117305927", attribute(signer, BCStyle.SERIALNUMBER));
        assertEquals("Департамент полиции области Абай", attribute(signer, BCStyle.O));
        assertEquals("ЖАҚСЫЛЫҚОВ ДӘУРЕН", attribute(signer, BCStyle.CN));
        Document doc = SafeXml.parse(signed);
        assertEquals(
                "KZ-LIC-0001",
                doc.getElementsByTagNameNS("urn:test:license", "number").item(0).getTextContent());
        assertFalse(doc.getDocumentElement().hasAttribute("Id"), "the document is not changed but for the signature");
    }

    @Test
    void thePickHoldsForOneDialogOnlyThenSignerParamsChoose() throws Exception {
        client.pick("signer-mvd_admin_police");
        assertEquals("BIN040340000816", attribute(verifiedSigner(client.basicsSign(DOCUMENT, null, null)), BCStyle.OU));

        X509Certificate byBin = verifiedSigner(client.basicsSign(DOCUMENT, null, "030340000808"));
        assertEquals("BIN030340000808", attribute(byBin, BCStyle.OU));
        assertEquals("IIN670410350995", attribute(byBin, BCStyle.SERIALNUMBER));

        X509Certificate byIin = verifiedSigner(client.basicsSign(DOCUMENT, "700917457963", null));
        assertEquals("BIN020340000797", attribute(byIin, BCStyle.OU));
    }

    @Test
    void withoutPickOrSignerParamsDpAlmatysAuthorizedPersonSigns() throws Exception {
        X509Certificate signer = verifiedSigner(client.basicsSign(DOCUMENT, null, null));
        assertEquals(sandbox.demo().providerSigner().certificate(), signer);
        assertEquals("BIN120340000054", attribute(signer, BCStyle.OU));
    }

    @Test
    void basicsSignsEveryDocumentOfAnArray() throws Exception {
        client.pick("signer-dp_astana");
        String request = Json.createObjectBuilder()
                .add("module", "kz.gov.pki.knca.basics")
                .add("method", "sign")
                .add(
                        "args",
                        Json.createObjectBuilder()
                                .add("format", "xml")
                                .add(
                                        "data",
                                        Json.createArrayBuilder().add(DOCUMENT).add("<a><b>2</b></a>"))
                                .add("signingParams", Json.createObjectBuilder())
                                .add("signerParams", Json.createObjectBuilder())
                                .add("locale", "kk"))
                .build()
                .toString();
        JsonObject answer = json(client.request(request));
        assertTrue(answer.getBoolean("status"));
        var result = answer.getJsonObject("body").getJsonArray("result");
        assertEquals(2, result.size());
        for (int i = 0; i < 2; i++) {
            assertEquals("BIN090340000774", attribute(verifiedSigner(result.getString(i)), BCStyle.OU));
        }
    }

    @Test
    void commonUtilsSignXmlSignsWithThePickedKey() throws Exception {
        client.pick("signer-agri_almaty_region");
        X509Certificate signer = verifiedSigner(client.signXml(DOCUMENT));
        assertEquals("BIN030340000808", attribute(signer, BCStyle.OU));
    }

    @Test
    void commonUtilsSignXmlPutsTheSignatureWhereTheXPathsSay() throws Exception {
        client.pick("signer-dp_abai");
        String xml = "<doc><data Id=\"d1\"><v>1</v></data><sigs/></doc>";
        String request = Json.createObjectBuilder()
                .add("module", "kz.gov.pki.knca.commonUtils")
                .add("method", "signXml")
                .add(
                        "args",
                        Json.createArrayBuilder()
                                .add("PKCS12")
                                .add("SIGNATURE")
                                .add(xml)
                                .add("/doc/data")
                                .add("/doc/sigs"))
                .build()
                .toString();
        JsonObject answer = json(client.request(request));
        assertEquals("200", answer.getString("code"));
        Document doc = SafeXml.parse(answer.getString("responseObject"));
        Element sigEl = (Element) doc.getElementsByTagNameNS(Constants.SignatureSpecNS, "Signature")
                .item(0);
        assertEquals("sigs", sigEl.getParentNode().getLocalName());
        Element data = (Element) doc.getElementsByTagName("data").item(0);
        data.setIdAttribute("Id", true);
        XMLSignature sig = new XMLSignature(sigEl, "", true);
        assertEquals("#d1", sig.getSignedInfo().item(0).getURI());
        assertTrue(sig.checkSignatureValue(sig.getKeyInfo().getX509Certificate()));
    }

    @Test
    void commonUtilsAnswersActiveTokensAndKeyInfo() {
        JsonObject tokens = json(client.request(
                "{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"getActiveTokens\",\"uuid\":\"u-1\"}"));
        assertEquals("200", tokens.getString("code"));
        assertEquals(0, tokens.getJsonArray("responseObject").size());
        assertEquals("u-1", tokens.getString("uuid"));

        client.pick("signer-dp_almaty-revoked");
        JsonObject info = json(client.request(
                "{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"getKeyInfo\",\"args\":[\"PKCS12\"]}"));
        assertEquals("200", info.getString("code"));
        JsonObject key = info.getJsonObject("responseObject");
        assertEquals("signer-dp_almaty-revoked", key.getString("alias"));
        IssuedIdentity revoked =
                sandbox.providerKeys().person("signer-dp_almaty-revoked").orElseThrow();
        assertEquals(revoked.certificate().getSerialNumber().toString(16), key.getString("serialNumber"));
        assertTrue(key.getString("subjectDn").contains("IIN830923455074"), key.getString("subjectDn"));
    }

    @Test
    void unknownModuleAndMethodsAnswerErrors() {
        JsonObject module = json(client.request("{\"module\":\"kz.gov.pki.knca.nothing\",\"method\":\"sign\"}"));
        assertFalse(module.getBoolean("success"));
        assertEquals("MODULE_NOT_FOUND", module.getString("errorCode"));

        JsonObject basics = json(client.request("{\"module\":\"kz.gov.pki.knca.basics\",\"method\":\"nothing\"}"));
        assertFalse(basics.getBoolean("status"));
        assertEquals("INVOCATION_ERROR", basics.getString("code"));

        JsonObject common =
                json(client.request("{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"nothing\",\"args\":[]}"));
        assertEquals("500", common.getString("code"));

        NcaLayerClient.NcaLayerException notXml =
                assertThrows(NcaLayerClient.NcaLayerException.class, () -> client.basicsSign("not xml", null, null));
        assertEquals("SIGNING_FAILURE", notXml.code());

        JsonObject cms = json(client.request("{\"module\":\"kz.gov.pki.knca.basics\",\"method\":\"sign\",\"args\":"
                + "{\"format\":\"cms\",\"data\":\"AAAA\"}}"));
        assertFalse(cms.getBoolean("status"));
        assertEquals("INVALID_SIGNING_PARAMS", cms.getString("code"));
    }

    @Test
    void cancelNextAnswersCancelledByTheUserOnceInBothForms() throws Exception {
        client.cancelNext();
        JsonObject basics = json(client.request("{\"module\":\"kz.gov.pki.knca.basics\",\"method\":\"sign\",\"args\":"
                + "{\"format\":\"xml\",\"data\":\"<a/>\"}}"));
        assertTrue(basics.getBoolean("status"));
        assertFalse(basics.getJsonObject("body").containsKey("result"), basics.toString());

        client.cancelNext();
        assertThrows(NcaLayerClient.CancelledException.class, () -> client.signXml(DOCUMENT));
        JsonObject common = json(client.request("{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"signXml\","
                + "\"args\":[\"PKCS12\",\"SIGNATURE\",\"<a/>\",\"\",\"\"]}"));
        assertEquals("200", common.getString("code"), "the cancel held for one request only");

        client.cancelNext();
        assertThrows(NcaLayerClient.CancelledException.class, () -> client.basicsSign(DOCUMENT, null, null));
        verifiedSigner(client.basicsSign(DOCUMENT, null, null));
    }

    @Test
    void anUnknownAliasIsRefusedByTheAdminApi() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> client.pick("signer-nobody"));
        assertTrue(e.getMessage().contains("400"), e.getMessage());
    }

    @Test
    void servesPlainWsWhenAsked() {
        try (NcaLayerServer plain =
                NcaLayerServer.start("127.0.0.1", 0, new NcaLayerProtocol(sandbox.ncalayerKeyPicker()), null)) {
            assertTrue(plain.url().startsWith("ws://127.0.0.1:"), plain.url());
            NcaLayerClient ws = new NcaLayerClient(plain.url(), null, sandbox.adminUrl());
            assertEquals("1.4", ws.version());
            sandbox.adminClient().ncalayerPick("seal-dp_karaganda");
            X509Certificate seal;
            try {
                seal = verifiedSigner(ws.signXml(DOCUMENT));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertEquals("BIN010340000696", attribute(seal, BCStyle.OU));
        }
    }
}
