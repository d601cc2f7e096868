package kz.elicensing.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import kz.elicensing.sandbox.xml.SignatureCheckException;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What E-licensing signs verifies with an independent verifier (the sandbox's), and tampering shows. */
class SignedDocumentRoundTripTest {

    @Test
    void aLicenseSignedHereVerifiesElsewhere() throws Exception {
        Path data = Files.createTempDirectory("sign");
        TestPki pki = TestPki.open(data);
        IssuedIdentity signer = DemoIdentities.open(data, pki).providerSigner();
        byte[] signed =
                EnvelopedSigner.sign(license(), new SigningCredential(signer.privateKey(), signer.certificate()));

        String xml = new String(signed, StandardCharsets.UTF_8);
        assertEquals(
                signer.certificate(),
                new XmlSignatureVerifier(pki.caCertificate()).verify(xml).signer());
        assertThrows(
                SignatureCheckException.class,
                () -> new XmlSignatureVerifier(pki.caCertificate()).verify(xml.replace("Күзет", "Кузет")));
    }

    private static Document license() {
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS("urn:kz:elicensing:v1", "License");
        root.setAttribute("Id", "license-1");
        Element title = doc.createElementNS("urn:kz:elicensing:v1", "titleKz");
        title.setTextContent("Күзет қызметіне лицензия");
        root.appendChild(title);
        doc.appendChild(root);
        return doc;
    }
}
