package kz.elicensing.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.SignedApplication;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Interoperability with a second XML-DSig implementation, Debian's {@code xmlsec1} (libxmlsec1 on OpenSSL), and with
 * certificates made by {@code openssl} instead of the sandbox CA: an application xmlsec1 signs is accepted by the
 * pipeline once its CA is in the trust directory (the documented admin step), and a license E-licensing signs verifies
 * with xmlsec1. Skipped when xmlsec1 or openssl is missing, except on CI ({@code CI=true}), where that is a failure.
 */
class XmlSec1InteropTest {
    private static final String NS = "urn:kz:elicensing:v1";
    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final long TIMEOUT_SECONDS = 20;
    private static final AtomicInteger RUNS = new AtomicInteger();

    @TempDir
    Path dir;

    /** Per test (not per class), so that a skip shows in the test counts. */
    @BeforeEach
    void toolsArePresent() {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("xmlsec1", "openssl")) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        if (!missing.isEmpty()) {
            String message = "not on PATH: " + missing + " (Debian: apt-get install -y xmlsec1 openssl)";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true, so the xmlsec1 interoperability test must run, but " + message);
            }
            Assumptions.assumeTrue(false, message + "; skipping the xmlsec1 interoperability test");
        }
    }

    @Test
    void anApplicationSignedByXmlsec1WithAnOpensslCertificateIsAccepted() throws Exception {
        // an NCA-style CA and signing certificate made with openssl (UTF-8 names from config files, not from argv)
        write("ca.cnf", """
                [req]
                prompt = no
                utf8 = yes
                string_mask = utf8only
                distinguished_name = dn
                x509_extensions = ext
                [dn]
                C = KZ
                O = Interop test CA
                CN = xmlsec1 interop CA
                [ext]
                basicConstraints = critical,CA:TRUE
                keyUsage = critical,keyCertSign,cRLSign
                subjectKeyIdentifier = hash
                """);
        write("signer.cnf", """
                [req]
                prompt = no
                utf8 = yes
                string_mask = utf8only
                distinguished_name = dn
                [dn]
                C = KZ
                CN = ТЕСТОВ ТЕСТ
                serialNumber = IIN900515300018
                OU = BIN150140000012
                O = ТОО Тест
                [ext]
                basicConstraints = critical,CA:FALSE
                keyUsage = critical,nonRepudiation
                subjectKeyIdentifier = hash
                authorityKeyIdentifier = keyid
                """);
        ok(run(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-days",
                "3650",
                "-config",
                "ca.cnf"));
        ok(run(
                "openssl",
                "req",
                "-new",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "key.pem",
                "-out",
                "signer.csr",
                "-config",
                "signer.cnf"));
        ok(run(
                "openssl",
                "x509",
                "-req",
                "-in",
                "signer.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-set_serial",
                "0x" + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
                "-days",
                "365",
                "-extfile",
                "signer.cnf",
                "-extensions",
                "ext",
                "-out",
                "cert.pem"));

        ApplicationBuilder builder = ApplicationBuilder.securityActivity()
                .forDemoCompany()
                .requestId(UUID.randomUUID().toString())
                .payment("PAY-DEMO-0001", "19660.00");
        Document doc = builder.build();
        addSignatureTemplate(doc, builder.id());
        Files.write(dir.resolve("template.xml"), SecureXml.toBytes(doc));
        ok(run(
                "xmlsec1",
                "--sign",
                "--privkey-pem",
                "key.pem,cert.pem",
                "--id-attr:Id",
                NS + ":Application",
                "--output",
                "signed.xml",
                "template.xml"));
        byte[] signed = Files.readAllBytes(dir.resolve("signed.xml"));

        // the documented admin step: put the CA certificate into the trust directory
        Path trust = Files.createDirectories(dir.resolve("trust"));
        Files.copy(dir.resolve("ca.pem"), trust.resolve("interop-ca.pem"));
        SignedApplication read = SignedApplicationReaders.trusting(trust).read(signed, Instant.now());

        ApplicationForm form = read.form();
        assertEquals("900515300018", form.signer().iin(), read.validationReport());
        assertEquals("150140000012", form.signer().bin());
        assertEquals("ТЕСТОВ ТЕСТ", form.signer().commonName());
        assertEquals(ApplicantKind.LEGAL_ENTITY, form.applicantKind());
        assertEquals("150140000012", form.applicantId());
        assertEquals("900515300018", form.headIin());
        assertTrue(read.validationReport().contains("CERTIFICATE_PATH"), read.validationReport());

        // and without the admin step the same bytes are not trusted
        Path otherTrust = Files.createDirectories(dir.resolve("empty-trust"));
        var refusal = org.junit.jupiter.api.Assertions.assertThrows(
                kz.elicensing.domain.error.ElicensingException.class,
                () -> SignedApplicationReaders.trusting(otherTrust).read(signed, Instant.now()));
        assertEquals(kz.elicensing.domain.error.ErrorCode.CERTIFICATE_UNTRUSTED, refusal.code());
    }

    @Test
    void aLicenseSignedByElicensingVerifiesWithXmlsec1() throws Exception {
        TestPki pki = TestPki.open(dir.resolve("sandbox"));
        IssuedIdentity provider = pki.issue(DemoIdentities.Demo.PROVIDER_SIGNER.spec());
        byte[] signed =
                EnvelopedSigner.sign(license(), new SigningCredential(provider.privateKey(), provider.certificate()));
        Files.write(dir.resolve("license.xml"), signed);
        Files.writeString(dir.resolve("ca.pem"), TestPki.toPem(pki.caCertificate()), StandardCharsets.US_ASCII);

        ok(run("xmlsec1", "--verify", "--trusted-pem", "ca.pem", "--id-attr:Id", NS + ":License", "license.xml"));

        String xml = new String(signed, StandardCharsets.UTF_8);
        assertTrue(xml.contains("Күзет қызметіне лицензия"), "the Kazakh text is in the signed bytes as UTF-8");
        Files.writeString(dir.resolve("tampered.xml"), xml.replace("Күзет", "Кузет"), StandardCharsets.UTF_8);
        Result tampered =
                run("xmlsec1", "--verify", "--trusted-pem", "ca.pem", "--id-attr:Id", NS + ":License", "tampered.xml");
        assertNotEquals(0, tampered.exit, () -> "xmlsec1 verified a tampered license\n" + tampered);

        // xmlsec1 really checks the chain: another CA as the only trusted one does not do
        Files.writeString(
                dir.resolve("other-ca.pem"), TestPki.toPem(pki.rogueCaCertificate()), StandardCharsets.US_ASCII);
        Result otherCa = run(
                "xmlsec1", "--verify", "--trusted-pem", "other-ca.pem", "--id-attr:Id", NS + ":License", "license.xml");
        assertNotEquals(0, otherCa.exit, () -> "xmlsec1 trusted a license signed under another CA\n" + otherCa);
    }

    private static Document license() {
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(NS, "License");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", NS);
        root.setAttribute("Id", "license-" + UUID.randomUUID());
        for (String[] field : new String[][] {
            {"licenseNumber", "KZ18LAA00032760"},
            {"titleRu", "Лицензия на охранную деятельность"},
            {"titleKz", "Күзет қызметіне лицензия"},
            {"status", "ACTIVE"}
        }) {
            Element e = doc.createElementNS(NS, field[0]);
            e.setTextContent(field[1]);
            root.appendChild(e);
        }
        doc.appendChild(root);
        return doc;
    }

    /** An enveloped ds:Signature template for xmlsec1: exc-c14n, rsa-sha256, sha256, empty X509Certificate. */
    private static void addSignatureTemplate(Document doc, String id) {
        Element signature = ds(doc, "Signature");
        signature.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ds", DSIG);
        Element signedInfo = child(signature, "SignedInfo");
        child(signedInfo, "CanonicalizationMethod")
                .setAttribute("Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#");
        child(signedInfo, "SignatureMethod")
                .setAttribute("Algorithm", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
        Element reference = child(signedInfo, "Reference");
        reference.setAttribute("URI", "#" + id);
        Element transforms = child(reference, "Transforms");
        child(transforms, "Transform")
                .setAttribute("Algorithm", "http://www.w3.org/2000/09/xmldsig#enveloped-signature");
        child(transforms, "Transform").setAttribute("Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#");
        child(reference, "DigestMethod").setAttribute("Algorithm", "http://www.w3.org/2001/04/xmlenc#sha256");
        child(reference, "DigestValue");
        child(signature, "SignatureValue");
        child(child(child(signature, "KeyInfo"), "X509Data"), "X509Certificate");
        doc.getDocumentElement().appendChild(signature);
    }

    private static Element ds(Document doc, String name) {
        return doc.createElementNS(DSIG, "ds:" + name);
    }

    private static Element child(Element parent, String name) {
        Element e = ds(parent.getOwnerDocument(), name);
        parent.appendChild(e);
        return e;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private record Result(List<String> command, int exit, String stdout, String stderr) {
        @Override
        public String toString() {
            return String.join(" ", command) + "\nexit " + exit + "\n--- stderr:\n" + stderr + "\n--- stdout:\n"
                    + stdout;
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Runs a command in the temporary directory with a timeout; stdout and stderr go to files (no pipe can fill). */
    private Result run(String... command) throws IOException, InterruptedException {
        int n = RUNS.incrementAndGet();
        Path out = dir.resolve("run-" + n + ".out");
        Path err = dir.resolve("run-" + n + ".err");
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s\n--- stderr:\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(
                Arrays.asList(command),
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void ok(Result result) {
        if (result.exit != 0) {
            System.err.println(result);
            fail(result.toString());
        }
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
