package kz.elicensing.infrastructure.signature.corpus;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.crypto.spec.SecretKeySpec;
import kz.elicensing.infrastructure.signature.SecureXml;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IdentitySpec.Kind;
import kz.elicensing.sandbox.pki.IdentitySpec.Usage;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import kz.elicensing.sandbox.pki.TimeStampAuthority;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.XadesTimestamper;
import org.apache.xml.security.signature.ObjectContainer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.transforms.params.XPathContainer;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Regenerates the whole hostile-input corpus ({@code src/test/resources/signature-corpus}): a fresh test CA from the
 * sandbox {@link TestPki} (its private key stays in a temporary directory and is deleted), every case file and the
 * README. Cases already marked {@code .todo} keep the mark. Run from the repository root:
 * <pre>
 * mvn -B -q install -DskipTests
 * mvn -B -q -pl ejb-module test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=kz.elicensing.infrastructure.signature.corpus.CorpusGenerator
 * </pre>
 * An optional argument names the corpus directory (default: found from the working directory).
 */
public final class CorpusGenerator {
    static final String NS = ApplicationBuilder.NS;
    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final java.time.Instant NOT_BEFORE = java.time.Instant.parse("2025-01-01T00:00:00Z");
    static final java.time.Instant NOT_AFTER = java.time.Instant.parse("2045-01-01T00:00:00Z");

    static final String RSA_SHA256 = XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256;
    static final String RSA_SHA1 = XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA1;
    static final String ECDSA_SHA256 = XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256;
    static final String HMAC_SHA256 = XMLSignature.ALGO_ID_MAC_HMAC_SHA256;
    static final String EXC_C14N = Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS;
    static final String ENVELOPED = Transforms.TRANSFORM_ENVELOPED_SIGNATURE;
    static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    static final String SHA1 = "http://www.w3.org/2000/09/xmldsig#sha1";
    static final String MD5 = "http://www.w3.org/2001/04/xmldsig-more#md5";
    static final String XPATH = Transforms.TRANSFORM_XPATH;

    private final Path corpus;
    private final Path cases;
    private final Set<String> todo = new HashSet<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private TestPki pki;
    private IssuedIdentity headSigner;

    private CorpusGenerator(Path corpus) {
        this.corpus = corpus;
        this.cases = corpus.resolve("cases");
    }

    public static void main(String[] args) throws Exception {
        Path corpus = args.length > 0 ? Path.of(args[0]) : defaultLocation();
        org.apache.xml.security.Init.init();
        new CorpusGenerator(corpus.toAbsolutePath().normalize()).run();
    }

    private static Path defaultLocation() {
        for (String module : List.of("ejb-module/", "")) {
            if (Files.isDirectory(Path.of(module + "src/test/java/kz/elicensing/infrastructure/signature/corpus"))) {
                return Path.of(module + "src/test/resources/signature-corpus");
            }
        }
        throw new IllegalStateException(
                "run from the repository root or from ejb-module, or pass the corpus directory");
    }

    private void run() throws Exception {
        Files.createDirectories(corpus);
        rememberTodoMarksAndWipe();
        Path temp = Files.createTempDirectory("corpus-pki");
        try {
            pki = TestPki.open(temp);
            Path trust = corpus.resolve("trust");
            Files.createDirectories(trust);
            Files.writeString(
                    trust.resolve("corpus-ca.pem"), TestPki.toPem(pki.caCertificate()), StandardCharsets.US_ASCII);
            generate();
            writeReadme();
        } finally {
            deleteTree(temp);
        }
        System.out.println("wrote " + descriptions.size() + " cases to " + corpus);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The cases

    private void generate() throws Exception {
        IssuedIdentity head = pki.issue(head().build());
        headSigner = head;
        IssuedIdentity headEc =
                pki.issue(head().keyAlgorithm(IdentitySpec.KeyAlgorithm.EC_P256).build());
        IssuedIdentity otherHead = pki.issue(IdentitySpec.builder(Kind.LEGAL_ENTITY_HEAD)
                .bin(DemoIdentities.OTHER_COMPANY_BIN)
                .organisation(DemoIdentities.OTHER_COMPANY_NAME)
                .iin(DemoIdentities.OTHER_COMPANY_HEAD_IIN)
                .surname(DemoIdentities.OTHER_COMPANY_HEAD_SURNAME)
                .name(DemoIdentities.OTHER_COMPANY_HEAD_NAME)
                .validity(NOT_BEFORE, NOT_AFTER)
                .build());
        IssuedIdentity headAuth = pki.issue(head().usage(Usage.AUTHENTICATION).build());
        IssuedIdentity expired = pki.issue(head().validity(NOT_BEFORE, java.time.Instant.parse("2026-01-01T00:00:00Z"))
                .build());
        IssuedIdentity notYetValid =
                pki.issue(head().validity(java.time.Instant.parse("2027-01-01T00:00:00Z"), NOT_AFTER)
                        .build());
        IssuedIdentity unknownCa = pki.issue(head().untrusted(true).build());
        IssuedIdentity headOfOtherCompany = pki.issue(head().bin(DemoIdentities.OTHER_COMPANY_BIN)
                .organisation(DemoIdentities.OTHER_COMPANY_NAME)
                .build());
        IssuedIdentity employee = pki.issue(IdentitySpec.builder(Kind.LEGAL_ENTITY_EMPLOYEE)
                .bin(DemoIdentities.COMPANY_BIN)
                .organisation(DemoIdentities.COMPANY_NAME)
                .iin(DemoIdentities.PERSON_IIN)
                .surname(DemoIdentities.PERSON_SURNAME)
                .name(DemoIdentities.PERSON_NAME)
                .validity(NOT_BEFORE, NOT_AFTER)
                .build());
        IssuedIdentity system = pki.issue(IdentitySpec.builder(Kind.SYSTEM)
                .bin(DemoIdentities.ELICENSING_BIN)
                .organisation(DemoIdentities.ELICENSING_NAME)
                .commonName(DemoIdentities.ELICENSING_CN)
                .validity(NOT_BEFORE, NOT_AFTER)
                .build());
        IssuedIdentity badBinHead = pki.issue(head().bin(BAD_BIN).build());
        IssuedIdentity badIinHead = pki.issue(head().iin(BAD_IIN).build());
        IssuedIdentity selfSigned = selfSigned();
        IssuedIdentity rogueSameName = issuedByRogueCaWithTrustedName();

        // ---- accepted
        byte[] accepted = signed(app("rsa-company-head"), head);
        add(
                "ACCEPTED",
                "rsa-company-head.xml",
                "RSA-SHA256 signature by the head of ТОО «Қорғау-Сервис» (BIN " + DemoIdentities.COMPANY_BIN + ", IIN "
                        + DemoIdentities.COMPANY_HEAD_IIN + "), the reference form",
                accepted);
        add(
                "ACCEPTED",
                "ecdsa-p256-company-head.xml",
                "ECDSA-SHA256 (P-256) signature by the same head",
                signed(app("ecdsa-p256-company-head"), headEc));

        // ---- parser
        String xxeApp = xml(unsigned(app("xxe").requestId("@@ENTITY@@").build()));
        add(
                "MALFORMED_XML",
                "xxe-file-entity.xml",
                "DOCTYPE with an external entity file:///etc/passwd used in requestId",
                doctype(xxeApp, "<!DOCTYPE Application [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>")
                        .replace("@@ENTITY@@", "&xxe;"));
        add(
                "MALFORMED_XML",
                "xxe-network-entity.xml",
                "DOCTYPE with an external entity http://127.0.0.1:9/x (SSRF)",
                doctype(xxeApp, "<!DOCTYPE Application [\n  <!ENTITY xxe SYSTEM \"http://127.0.0.1:9/x\">\n]>")
                        .replace("@@ENTITY@@", "&xxe;"));
        add(
                "MALFORMED_XML",
                "xxe-parameter-entity.xml",
                "external parameter entity http://127.0.0.1:9/x expanded in the DTD",
                doctype(
                                xxeApp,
                                "<!DOCTYPE Application [\n  <!ENTITY % remote SYSTEM \"http://127.0.0.1:9/x\">\n  %remote;\n]>")
                        .replace("@@ENTITY@@", "x"));
        add(
                "MALFORMED_XML",
                "external-dtd.xml",
                "DOCTYPE with an external DTD http://127.0.0.1:9/application.dtd",
                doctype(xxeApp, "<!DOCTYPE Application SYSTEM \"http://127.0.0.1:9/application.dtd\">")
                        .replace("@@ENTITY@@", "x"));
        StringBuilder lol = new StringBuilder("<!DOCTYPE Application [\n  <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            lol.append("  <!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        add(
                "MALFORMED_XML",
                "billion-laughs.xml",
                "nested internal entities, 10^9 × \"lol\" in requestId",
                doctype(xxeApp, lol.append("]>").toString()).replace("@@ENTITY@@", "&lol9;"));
        add(
                "MALFORMED_XML",
                "doctype-on-accepted-application.xml",
                "ACCEPTED/rsa-company-head.xml with only <!DOCTYPE Application> added: any DOCTYPE is refused",
                doctype(new String(accepted, StandardCharsets.UTF_8), "<!DOCTYPE Application>"));
        add(
                "MALFORMED_XML",
                "doctype-declaring-id-attribute.xml",
                "ACCEPTED/rsa-company-head.xml with an internal subset that declares Id as an ID attribute",
                doctype(
                        new String(accepted, StandardCharsets.UTF_8),
                        "<!DOCTYPE Application [\n  <!ATTLIST Application Id ID #REQUIRED>\n]>"));
        add("MALFORMED_XML", "not-xml.xml", "plain text", "this is not XML\n".getBytes(StandardCharsets.UTF_8));
        add("MALFORMED_XML", "empty.xml", "zero bytes", new byte[0]);
        add(
                "MALFORMED_XML",
                "truncated.xml",
                "the first half of ACCEPTED/rsa-company-head.xml",
                Arrays.copyOf(accepted, accepted.length / 2));
        recipe(
                "MALFORMED_XML",
                "deep-nesting-10000.recipe",
                "10,000 nested elements inside requestId (the JDK parser stops at depth 65)",
                "expand: <?xml version=\"1.0\" encoding=\"UTF-8\"?><Application xmlns=\"urn:kz:elicensing:v1\" Id=\"app-deep\">"
                        + "<requestId>{10000*<x>}{10000*</x>}</requestId></Application>");
        recipe(
                "MALFORMED_XML",
                "deep-nesting-10000-in-signature-object.recipe",
                "ACCEPTED/rsa-company-head.xml with 10,000 nested elements in an unsigned ds:Object inside its ds:Signature "
                        + "(where the schema does not look; the parser's depth limit stops it)",
                "template: ../ACCEPTED/rsa-company-head.xml\ninsert-before: </ds:Signature>\n"
                        + "expand: <ds:Object>{10000*<x>}{10000*</x>}</ds:Object>");
        recipe(
                "MESSAGE_TOO_LARGE",
                "huge-attribute-1mb.recipe",
                "ACCEPTED/rsa-company-head.xml with a 1 MiB attribute on the root (within the 4 MiB size limit, over the "
                        + "attribute-length limit)",
                "template: ../ACCEPTED/rsa-company-head.xml\ninsert-before: Id=\"app-rsa-company-head\"\n"
                        + "expand: junk=\"{1048576*A}\" ");
        recipe(
                "MESSAGE_TOO_LARGE",
                "huge-attribute-5mb.recipe",
                "ACCEPTED/rsa-company-head.xml with a 5 MiB attribute on the root (limit 4 MiB)",
                "template: ../ACCEPTED/rsa-company-head.xml\ninsert-before: Id=\"app-rsa-company-head\"\n"
                        + "expand: junk=\"{5242880*A}\" ");

        recipe(
                "MESSAGE_TOO_LARGE",
                "sixty-thousand-elements-in-signature-object.recipe",
                "ACCEPTED/rsa-company-head.xml with 60,000 empty elements in an unsigned ds:Object (element-count limit)",
                "template: ../ACCEPTED/rsa-company-head.xml\ninsert-before: </ds:Signature>\n"
                        + "expand: <ds:Object>{60000*<x/>}</ds:Object>");
        StringBuilder attributes = new StringBuilder("<ds:Object><x");
        for (int i = 0; i < 40; i++) {
            attributes.append(" a").append(i).append("=\"").append(i).append('"');
        }
        String acceptedText = new String(accepted, StandardCharsets.UTF_8);
        add(
                "MALFORMED_XML",
                "forty-attributes-in-signature-object.xml",
                "ACCEPTED/rsa-company-head.xml with an element of 40 attributes in an unsigned ds:Object (the JDK parser "
                        + "stops at 33)",
                acceptedText.replace("</ds:Signature>", attributes.append("/></ds:Object></ds:Signature>")));

        // ---- schema
        add(
                "SCHEMA_VIOLATION",
                "root-is-a-signed-license.xml",
                "a License (not an Application), validly signed by the head",
                signed(license(), head));
        add(
                "SCHEMA_VIOLATION",
                "root-in-another-namespace.xml",
                "an Application in urn:kz:elicensing:v2, validly signed",
                signed(renameRoot(app("other-namespace").build(), "urn:kz:elicensing:v2"), head));
        Document xinclude = app("xinclude").build();
        Element fields = (Element) xinclude.getElementsByTagNameNS(NS, "fields").item(0);
        Element include = xinclude.createElementNS("http://www.w3.org/2001/XInclude", "xi:include");
        include.setAttribute("href", "file:///etc/passwd");
        include.setAttribute("parse", "text");
        fields.appendChild(include);
        add(
                "SCHEMA_VIOLATION",
                "xinclude.xml",
                "xi:include of file:///etc/passwd inside fields (XInclude is off)",
                signed(xinclude, head));
        Document outer = app("outer").payment("PAY-FORGED-0001", "1.00").build();
        outer.getDocumentElement()
                .appendChild(outer.importNode(dom(signed(app("inner"), head)).getDocumentElement(), true));
        add(
                "SCHEMA_VIOLATION",
                "signed-application-inside-unsigned-application.xml",
                "an unsigned Application whose content ends with the genuinely signed Application as a child element",
                unsigned(outer));
        Document idOnPayment = dom(signed(app("id-on-payment"), head));
        ((Element) idOnPayment.getElementsByTagNameNS(NS, "payment").item(0)).setAttribute("Id", "app-id-on-payment");
        add(
                "SCHEMA_VIOLATION",
                "id-collision-on-payment-element.xml",
                "signed application whose payment element also carries Id=\"<the root's Id>\"",
                unsigned(idOnPayment));

        // ---- signature presence and value
        Document stripped = dom(signed(app("stripped"), head));
        stripped.getDocumentElement().removeChild(signatureOf(stripped));
        add(
                "SIGNATURE_MISSING",
                "stripped-signature.xml",
                "a signed application with its ds:Signature removed",
                unsigned(stripped));
        add(
                "SIGNATURE_INVALID",
                "rsa-sha1-signature.xml",
                "genuine RSA-SHA1 signature with a SHA-1 digest (algorithm not allowed)",
                new Sig(head).method(RSA_SHA1).digest(SHA1).sign(app("rsa-sha1").build()));
        add(
                "SIGNATURE_INVALID",
                "sha1-digest-under-rsa-sha256.xml",
                "genuine RSA-SHA256 signature whose Reference uses a SHA-1 DigestMethod (the contract says SHA-256)",
                new Sig(head).digest(SHA1).sign(app("sha1-digest").build()));
        add(
                "SIGNATURE_INVALID",
                "md5-digest-under-rsa-sha256.xml",
                "genuine RSA-SHA256 signature whose Reference uses an MD5 DigestMethod",
                new Sig(head).digest(MD5).sign(app("md5-digest").build()));
        add(
                "SIGNATURE_INVALID",
                "hmac-sha256-keyed-with-signer-certificate.xml",
                "HMAC-SHA256 'signature' keyed with the bytes of the (public) signer certificate, which is in KeyInfo",
                new Sig(new SecretKeySpec(head.certificate().getEncoded(), "HmacSHA256"), List.of(head.certificate()))
                        .method(HMAC_SHA256)
                        .sign(app("hmac").build()));
        add(
                "SIGNATURE_INVALID",
                "tampered-payment-amount.xml",
                "payment amount 19660.00 changed to 1.00 after signing",
                new String(signed(app("tampered"), head), StandardCharsets.UTF_8)
                        .replace("<amount>" + amount() + "</amount>", "<amount>1.00</amount>")
                        .getBytes(StandardCharsets.UTF_8));
        Document keyByte = dom(signed(app("tampered-certificate-key"), head));
        changeCertificateByte(keyByte, head.certificate(), true);
        add(
                "SIGNATURE_INVALID",
                "tampered-certificate-public-key.xml",
                "one byte in the RSA modulus of the KeyInfo certificate changed (the certificate still parses)",
                unsigned(keyByte));
        add(
                "SIGNATURE_INVALID",
                "signature-by-another-key-with-head-certificate.xml",
                "signed with the other company head's key, KeyInfo carries the company head's certificate",
                new Sig(otherHead.privateKey(), List.of(head.certificate()))
                        .sign(app("substituted-certificate").build()));
        add(
                "SIGNATURE_INVALID",
                "keyinfo-keyvalue-without-certificate.xml",
                "genuine signature whose KeyInfo has only an RSAKeyValue, no X.509 certificate",
                new Sig(head).keyValueOnly().sign(app("keyvalue").build()));
        byte[] xpathSigned = new Sig(head)
                .reference(null, ENVELOPED, XPATH, EXC_C14N)
                .sign(app("xpath-transform").build());
        add(
                "SIGNATURE_INVALID",
                "xpath-transform-excluding-payment.xml",
                "genuine signature with an XPath filter transform that leaves payment unsigned; payment changed afterwards",
                new String(xpathSigned, StandardCharsets.UTF_8)
                        .replace("PAY-DEMO-0001", "PAY-FORGED-0001")
                        .replace("<amount>" + amount() + "</amount>", "<amount>1.00</amount>")
                        .getBytes(StandardCharsets.UTF_8));
        Document transplantSource = dom(signed(app("transplanted"), head));
        Document transplantTarget =
                app("transplanted").payment("PAY-FORGED-0001", "1.00").build();
        transplantTarget
                .getDocumentElement()
                .appendChild(transplantTarget.importNode(signatureOf(transplantSource), true));
        add(
                "SIGNATURE_INVALID",
                "signature-transplanted-to-another-application.xml",
                "the signature of one application (same Id) moved onto another application with a different payment",
                unsigned(transplantTarget));
        Document forgedNoId = forgedRootWithOriginalInObject("xsw-no-id", true);
        ((Element) signatureOf(forgedNoId)
                        .getElementsByTagNameNS(NS, "Application")
                        .item(0))
                .removeAttribute("Id");
        add(
                "SIGNATURE_WRAPPING",
                "forged-root-takes-signed-id-original-id-removed.xml",
                "XSW: forged root takes the signed Id, the original (Id removed) sits in ds:Signature/ds:Object",
                unsigned(forgedNoId));

        // ---- wrapping
        add(
                "SIGNATURE_WRAPPING",
                "signed-application-moved-into-object-of-forged-application.xml",
                "XSW: forged root (own Id) carries the original signature; the signed Application (Reference target) "
                        + "moved into ds:Signature/ds:Object",
                unsigned(forgedRootWithOriginalInObject("xsw-moved", false)));
        add(
                "SIGNATURE_WRAPPING",
                "forged-root-takes-signed-id.xml",
                "XSW: forged root takes the signed Id; the original keeps it inside ds:Signature/ds:Object (Id collision)",
                unsigned(forgedRootWithOriginalInObject("xsw-same-id", true)));
        Document duplicated = dom(signed(app("duplicated"), head));
        Element copy = (Element) duplicated.getDocumentElement().cloneNode(true);
        copy.removeChild(signatureOf(copy));
        signatureOf(duplicated).appendChild(dsObject(duplicated, null, copy));
        add(
                "SIGNATURE_WRAPPING",
                "duplicated-application-in-signature-object.xml",
                "signed application with a copy of itself (same Id) in an unsigned ds:Object",
                unsigned(duplicated));
        Document nested = dom(signed(app("nested"), head));
        Element forged = (Element) nested.importNode(
                app("forged").payment("PAY-FORGED-0001", "1.00").build().getDocumentElement(), true);
        signatureOf(nested).appendChild(dsObject(nested, null, forged));
        add(
                "SIGNATURE_WRAPPING",
                "nested-forged-application-in-signature-object.xml",
                "signed application whose ds:Signature carries an unsigned ds:Object with another, forged Application "
                        + "(own Id, other payment)",
                unsigned(nested));
        Document wsuId = dom(signed(app("wsu-id"), head));
        Element timestamp = wsuId.createElementNS(WSU, "wsu:Timestamp");
        timestamp.setAttributeNS(WSU, "wsu:Id", "app-wsu-id");
        signatureOf(wsuId).appendChild(dsObject(wsuId, null, timestamp));
        add(
                "SIGNATURE_WRAPPING",
                "id-collision-wsu-id-in-signature-object.xml",
                "signed application with an element carrying wsu:Id=\"<the root's Id>\" in an unsigned ds:Object",
                unsigned(wsuId));
        Document objectId = dom(signed(app("object-id"), head));
        signatureOf(objectId).appendChild(dsObject(objectId, "app-object-id", objectId.createElementNS(NS, "note")));
        add(
                "SIGNATURE_WRAPPING",
                "id-collision-object-with-root-id.xml",
                "signed application with an unsigned ds:Object whose Id equals the root's Id",
                unsigned(objectId));
        Document signedPart = app("over-object").build();
        Element payment =
                (Element) signedPart.getElementsByTagNameNS(NS, "payment").item(0);
        add(
                "SIGNATURE_WRAPPING",
                "signature-over-object-element.xml",
                "genuine signature whose only Reference is #obj-1, a ds:Object holding a payment element, not the Application",
                new Sig(head)
                        .object("obj-1", payment)
                        .reference("#obj-1", EXC_C14N)
                        .sign(app("over-object").build()));
        add(
                "SIGNATURE_WRAPPING",
                "two-references.xml",
                "genuine signature with References to the root and to a ds:Object",
                new Sig(head)
                        .object("obj-1", payment)
                        .reference(null, ENVELOPED, EXC_C14N)
                        .reference("#obj-1", EXC_C14N)
                        .sign(app("two-references").build()));
        add(
                "SIGNATURE_WRAPPING",
                "reference-uri-empty.xml",
                "genuine signature with Reference URI=\"\" (the whole document)",
                new Sig(head)
                        .reference("", ENVELOPED, EXC_C14N)
                        .sign(app("uri-empty").build()));
        add(
                "SIGNATURE_WRAPPING",
                "reference-xpointer-id.xml",
                "genuine signature with Reference URI=\"#xpointer(id('<root Id>'))\"",
                new Sig(head)
                        .reference("#xpointer(id('app-xpointer'))", ENVELOPED, EXC_C14N)
                        .sign(app("xpointer").build()));
        Document twice = dom(signed(app("second-signature"), head));
        add(
                "SIGNATURE_WRAPPING",
                "second-signature.xml",
                "a second enveloped signature (other company head) over the signed root",
                new Sig(otherHead).sign(twice));

        // ---- certificates
        add(
                "CERTIFICATE_UNTRUSTED",
                "self-signed-certificate.xml",
                "self-signed NCA-style certificate (IIN/BIN of the company head, nonRepudiation)",
                signed(app("self-signed"), selfSigned));
        add(
                "CERTIFICATE_UNTRUSTED",
                "unknown-ca.xml",
                "certificate issued by a CA that is not in the trust directory",
                signed(app("unknown-ca"), unknownCa));
        add(
                "CERTIFICATE_UNTRUSTED",
                "unknown-ca-with-ca-certificate-in-keyinfo.xml",
                "certificate of an unknown CA, with that CA's certificate also in KeyInfo",
                new Sig(unknownCa.privateKey(), unknownCa.chain())
                        .sign(app("unknown-ca-chain").build()));
        add(
                "CERTIFICATE_UNTRUSTED",
                "rogue-ca-with-the-trusted-ca-name.xml",
                "certificate issued by a rogue CA whose subject equals the trusted CA's, rogue CA certificate in KeyInfo",
                new Sig(rogueSameName.privateKey(), rogueSameName.chain())
                        .sign(app("rogue-same-name").build()));
        Document sigByte = dom(signed(app("tampered-certificate-signature"), head));
        changeCertificateByte(sigByte, head.certificate(), false);
        add(
                "CERTIFICATE_UNTRUSTED",
                "tampered-certificate-signature-byte.xml",
                "one byte of the CA's signature in the KeyInfo certificate changed (document signature still verifies)",
                unsigned(sigByte));
        add(
                "CERTIFICATE_EXPIRED",
                "expired.xml",
                "certificate valid 2025-01-01..2026-01-01",
                signed(app("expired"), expired));
        // ---- trusted timestamps (XAdES SignatureTimeStamp, RFC 3161 token of the corpus TSA)
        TimeStampAuthority tsa = TimeStampAuthority.issue(pki, NOT_BEFORE, NOT_AFTER, false);
        TimeStampAuthority rogueTsa = TimeStampAuthority.issue(pki, NOT_BEFORE, NOT_AFTER, true);
        java.time.Instant beforeExpiry = java.time.Instant.parse("2025-06-01T09:00:00Z");
        add(
                "ACCEPTED",
                "expired-but-timestamped-while-valid.xml",
                "certificate valid 2025-01-01..2026-01-01 with a"
                        + " trusted timestamp of 2025-06-01 by the corpus TSA: the checks use the timestamp, not the receipt time",
                unsigned(XadesTimestamper.stamp(
                        dom(signed(app("timestamped-while-valid"), expired)), tsa, beforeExpiry)));
        add(
                "CERTIFICATE_EXPIRED",
                "timestamped-after-expiry.xml",
                "certificate valid 2025-01-01..2026-01-01," + " trusted timestamp of 2026-06-01 (after the expiry)",
                unsigned(XadesTimestamper.stamp(
                        dom(signed(app("timestamped-after-expiry"), expired)),
                        tsa,
                        java.time.Instant.parse("2026-06-01T09:00:00Z"))));
        add(
                "TIMESTAMP_INVALID",
                "timestamp-from-untrusted-tsa.xml",
                "timestamp token of a TSA issued by a rogue CA",
                unsigned(XadesTimestamper.stamp(dom(signed(app("rogue-tsa"), expired)), rogueTsa, beforeExpiry)));
        add(
                "TIMESTAMP_INVALID",
                "timestamp-after-receipt.xml",
                "timestamp genTime 2027-01-01, after the receipt time",
                unsigned(XadesTimestamper.stamp(
                        dom(signed(app("future-tsa"), head)), tsa, java.time.Instant.parse("2027-01-01T00:00:00Z"))));
        Document otherValue = XadesTimestamper.stamp(dom(signed(app("imprint-a"), head)), tsa, beforeExpiry);
        Document moved = dom(signed(app("imprint-b"), head));
        Element movedSignature = signatureOf(moved);
        movedSignature.setAttributeNS(null, "Id", signatureOf(otherValue).getAttribute("Id"));
        movedSignature.appendChild(moved.importNode(lastChild(signatureOf(otherValue)), true));
        add(
                "TIMESTAMP_INVALID",
                "timestamp-of-another-signature.xml",
                "a valid timestamp token taken from another document's signature (imprint over another SignatureValue)",
                unsigned(moved));
        Document stampedPlus =
                XadesTimestamper.stamp(dom(signed(app("timestamp-plus-application"), head)), tsa, beforeExpiry);
        Element qp = (Element) lastChild(signatureOf(stampedPlus)).getFirstChild();
        qp.appendChild(stampedPlus.importNode(
                app("forged-in-timestamp")
                        .payment("PAY-FORGED-0002", "1.00")
                        .build()
                        .getDocumentElement(),
                true));
        add(
                "SIGNATURE_WRAPPING",
                "timestamp-container-with-application.xml",
                "a forged Application hidden beside the timestamp inside xades:QualifyingProperties (unsigned content)",
                unsigned(stampedPlus));

        add(
                "CERTIFICATE_NOT_YET_VALID",
                "not-yet-valid.xml",
                "certificate valid 2027-01-01..2045-01-01",
                signed(app("not-yet-valid"), notYetValid));
        add(
                "KEY_USAGE_NOT_ALLOWED",
                "authentication-key.xml",
                "the company head's authentication certificate (digitalSignature, keyEncipherment; no nonRepudiation)",
                signed(app("authentication-key"), headAuth));

        // ---- signer against applicant (SIGNER_MISMATCH / INVALID_*: reader, then IntakeRules)
        add(
                "SIGNER_MISMATCH",
                "company-a-application-signed-by-company-b-head.xml",
                "application of ТОО «Қорғау-Сервис» signed by the head of ТОО «Өркен Күзет» (other IIN and BIN)",
                signed(app("signed-by-other-company"), otherHead));
        add(
                "SIGNER_MISMATCH",
                "head-certificate-of-a-different-company.xml",
                "signed by the right person (IIN " + DemoIdentities.COMPANY_HEAD_IIN
                        + ") with a certificate for another company (BIN " + DemoIdentities.OTHER_COMPANY_BIN + ")",
                signed(app("other-company-certificate"), headOfOtherCompany));
        add(
                "SIGNER_MISMATCH",
                "employee-where-head-required.xml",
                "signed by an employee of the company (same BIN, not the head's IIN); the service wants the head",
                signed(app("employee"), employee));
        add(
                "SIGNER_MISMATCH",
                "certificate-without-iin.xml",
                "signed with a system certificate that has no IIN in SERIALNUMBER (refused by the reader)",
                signed(app("no-iin"), system));
        add(
                "INVALID_BIN",
                "bin-wrong-check-digit.xml",
                "applicant BIN " + BAD_BIN + " (check digit wrong), certificate with the same BIN",
                signed(
                        app("bad-bin")
                                .legalEntity(BAD_BIN, DemoIdentities.COMPANY_NAME, DemoIdentities.COMPANY_HEAD_IIN),
                        badBinHead));
        add(
                "INVALID_IIN",
                "head-iin-wrong-check-digit.xml",
                "head IIN " + BAD_IIN + " (check digit wrong) in the application and in the certificate",
                signed(
                        app("bad-iin").legalEntity(DemoIdentities.COMPANY_BIN, DemoIdentities.COMPANY_NAME, BAD_IIN),
                        badIinHead));
    }

    static final String BAD_BIN = "150140000013";
    static final String BAD_IIN = "900515300019";

    private static IdentitySpec.Builder head() {
        return IdentitySpec.builder(Kind.LEGAL_ENTITY_HEAD)
                .bin(DemoIdentities.COMPANY_BIN)
                .organisation(DemoIdentities.COMPANY_NAME)
                .iin(DemoIdentities.COMPANY_HEAD_IIN)
                .surname(DemoIdentities.COMPANY_HEAD_SURNAME)
                .name(DemoIdentities.COMPANY_HEAD_NAME)
                .patronymic(DemoIdentities.COMPANY_HEAD_PATRONYMIC)
                .usage(Usage.SIGNING)
                .validity(NOT_BEFORE, NOT_AFTER);
    }

    private static ApplicationBuilder app(String name) {
        return ApplicationBuilder.securityActivity()
                .forDemoCompany()
                .id("app-" + name)
                .requestId("corpus-" + name);
    }

    private static String amount() {
        return kz.elicensing.sandbox.registry.PaymentRegistry.DEMO_AMOUNT.toPlainString();
    }

    private static byte[] signed(ApplicationBuilder app, IssuedIdentity signer) {
        return new Sig(signer).sign(app.build());
    }

    private static byte[] signed(Document doc, IssuedIdentity signer) {
        return new Sig(signer).sign(doc);
    }

    private Document forgedRootWithOriginalInObject(String name, boolean sameId) {
        Document original = dom(signed(app(name), headSigner));
        Element originalRoot = original.getDocumentElement();
        Element signature = signatureOf(original);
        originalRoot.removeChild(signature);
        Document forged = app(name)
                .id(sameId ? "app-" + name : "app-" + name + "-forged")
                .payment("PAY-FORGED-0001", "1.00")
                .build();
        Element moved = (Element) forged.importNode(signature, true);
        forged.getDocumentElement().appendChild(moved);
        moved.appendChild(dsObject(forged, null, forged.importNode(originalRoot, true)));
        return forged;
    }

    private static Document license() {
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(NS, "License");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", NS);
        root.setAttribute("Id", "license-1");
        Element title = doc.createElementNS(NS, "titleKz");
        title.setTextContent("Күзет қызметіне лицензия");
        root.appendChild(title);
        doc.appendChild(root);
        return doc;
    }

    private static Document renameRoot(Document doc, String namespace) {
        Document result = SecureXml.newDocument();
        Element old = doc.getDocumentElement();
        Element root = result.createElementNS(namespace, "Application");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", namespace);
        root.setAttribute("Id", old.getAttribute("Id"));
        result.appendChild(root);
        for (Node n = old.getFirstChild(); n != null; n = n.getNextSibling()) {
            root.appendChild(renameTree(result, n, namespace));
        }
        return result;
    }

    private static Node renameTree(Document doc, Node n, String namespace) {
        if (n.getNodeType() != Node.ELEMENT_NODE) {
            return doc.importNode(n, false);
        }
        Element e = doc.createElementNS(namespace, n.getLocalName());
        var attrs = n.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            if (!"xmlns".equals(a.getNodeName())) {
                e.setAttributeNS(a.getNamespaceURI(), a.getNodeName(), a.getNodeValue());
            }
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            e.appendChild(renameTree(doc, c, namespace));
        }
        return e;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Certificates made without the sandbox CA

    private static IssuedIdentity selfSigned() throws Exception {
        KeyPair kp = rsa();
        X500Name subject = ncaSubject();
        return new IssuedIdentity(
                kp.getPrivate(), List.of(certificate(subject, subject, kp.getPublic(), kp.getPrivate(), false)));
    }

    private IssuedIdentity issuedByRogueCaWithTrustedName() throws Exception {
        X500Name caName = X500Name.getInstance(
                pki.caCertificate().getSubjectX500Principal().getEncoded());
        KeyPair caKeys = rsa();
        X509Certificate ca = certificate(caName, caName, caKeys.getPublic(), caKeys.getPrivate(), true);
        KeyPair kp = rsa();
        X509Certificate leaf = certificate(caName, ncaSubject(), kp.getPublic(), caKeys.getPrivate(), false);
        return new IssuedIdentity(kp.getPrivate(), List.of(leaf, ca));
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static X500Name ncaSubject() {
        X500NameBuilder n = new X500NameBuilder(BCStyle.INSTANCE);
        n.addRDN(
                BCStyle.CN,
                new DERUTF8String(DemoIdentities.COMPANY_HEAD_SURNAME + " " + DemoIdentities.COMPANY_HEAD_NAME));
        n.addRDN(BCStyle.SURNAME, new DERUTF8String(DemoIdentities.COMPANY_HEAD_SURNAME));
        n.addRDN(BCStyle.SERIALNUMBER, new DERPrintableString("IIN" + DemoIdentities.COMPANY_HEAD_IIN));
        n.addRDN(BCStyle.C, new DERPrintableString("KZ"));
        n.addRDN(BCStyle.O, new DERUTF8String(DemoIdentities.COMPANY_NAME));
        n.addRDN(BCStyle.OU, new DERUTF8String("BIN" + DemoIdentities.COMPANY_BIN));
        return n.build();
    }

    private static X509Certificate certificate(
            X500Name issuer, X500Name subject, PublicKey key, PrivateKey signer, boolean ca) throws Exception {
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                issuer,
                new BigInteger(64, new java.security.SecureRandom()).add(BigInteger.ONE),
                Date.from(NOT_BEFORE),
                Date.from(NOT_AFTER),
                subject,
                key);
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(
                Extension.keyUsage,
                true,
                new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer)));
    }

    /** Changes one byte of the DER certificate in KeyInfo: in the middle of the public key, or the last signature byte. */
    private static void changeCertificateByte(Document doc, X509Certificate cert, boolean inPublicKey)
            throws Exception {
        Element element =
                (Element) doc.getElementsByTagNameNS(DSIG, "X509Certificate").item(0);
        byte[] der = Base64.getMimeDecoder().decode(element.getTextContent());
        if (!Arrays.equals(der, cert.getEncoded())) {
            throw new IllegalStateException("unexpected certificate in KeyInfo");
        }
        int index;
        if (inPublicKey) {
            byte[] spki = cert.getPublicKey().getEncoded();
            int at = indexOf(der, spki);
            index = at + spki.length / 2;
        } else {
            index = der.length - 1;
        }
        der[index] ^= 0x01;
        element.setTextContent(Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // XML helpers

    static Document dom(byte[] xml) {
        return SecureXml.parse(xml);
    }

    static byte[] unsigned(Document doc) {
        return SecureXml.toBytes(doc);
    }

    static String xml(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static Node lastChild(Element e) {
        Node n = e.getLastChild();
        while (n != null && n.getNodeType() != Node.ELEMENT_NODE) {
            n = n.getPreviousSibling();
        }
        return n;
    }

    static Element signatureOf(Node node) {
        Document doc = node instanceof Document d ? d : node.getOwnerDocument();
        var list = node instanceof Document d
                ? d.getElementsByTagNameNS(DSIG, "Signature")
                : ((Element) node).getElementsByTagNameNS(DSIG, "Signature");
        if (list.getLength() == 0) {
            throw new IllegalStateException(
                    "no signature in " + doc.getDocumentElement().getAttribute("Id"));
        }
        return (Element) list.item(0);
    }

    static Element dsObject(Document doc, String id, Node content) {
        Element object = doc.createElementNS(DSIG, "ds:Object");
        if (id != null) {
            object.setAttribute("Id", id);
        }
        object.appendChild(content.getOwnerDocument() == doc ? content : doc.importNode(content, true));
        return object;
    }

    /** Puts a DOCTYPE right after the XML declaration. */
    static String doctype(String xml, String doctype) {
        int end = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, end) + "\n" + doctype + "\n" + xml.substring(end);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Signing with Santuario, including what E-licensing never does itself

    /** An enveloped-style signature with every knob the corpus needs. */
    static final class Sig {
        private final Key key;
        private final List<X509Certificate> certificates;
        private String method;
        private String digest = SHA256;
        private boolean keyValueOnly;
        private final List<String[]> references = new ArrayList<>();
        private String objectId;
        private Node objectContent;

        Sig(IssuedIdentity identity) {
            this(identity.privateKey(), List.of(identity.certificate()));
        }

        Sig(Key key, List<X509Certificate> certificates) {
            this.key = key;
            this.certificates = certificates;
            this.method = "EC".equals(key.getAlgorithm()) ? ECDSA_SHA256 : RSA_SHA256;
        }

        Sig method(String uri) {
            this.method = uri;
            return this;
        }

        Sig digest(String uri) {
            this.digest = uri;
            return this;
        }

        Sig keyValueOnly() {
            this.keyValueOnly = true;
            return this;
        }

        /** A Reference; uri null means "#" + the root's Id. Transforms by URI; XPATH excludes the payment element. */
        Sig reference(String uri, String... transforms) {
            String[] r = new String[transforms.length + 1];
            r[0] = uri;
            System.arraycopy(transforms, 0, r, 1, transforms.length);
            references.add(r);
            return this;
        }

        Sig object(String id, Node content) {
            this.objectId = id;
            this.objectContent = content;
            return this;
        }

        /** Signs a copy of {@code unsigned} as a receiver would parse it; returns the serialized bytes. */
        byte[] sign(Document unsigned) {
            try {
                Document doc = SecureXml.parse(SecureXml.toBytes(unsigned));
                Element root = doc.getDocumentElement();
                String id = root.getAttribute("Id");
                root.setIdAttributeNS(null, "Id", true);
                XMLSignature signature = new XMLSignature(doc, "", method, EXC_C14N);
                root.appendChild(signature.getElement());
                if (objectContent != null) {
                    ObjectContainer object = new ObjectContainer(doc);
                    object.setId(objectId);
                    object.appendChild(doc.importNode(objectContent, true));
                    signature.appendObject(object);
                }
                List<String[]> refs =
                        references.isEmpty() ? List.<String[]>of(new String[] {null, ENVELOPED, EXC_C14N}) : references;
                for (String[] r : refs) {
                    Transforms transforms = new Transforms(doc);
                    for (int i = 1; i < r.length; i++) {
                        if (XPATH.equals(r[i])) {
                            XPathContainer xpath = new XPathContainer(doc);
                            xpath.setXPathNamespaceContext("el", NS);
                            xpath.setXPath("not(ancestor-or-self::el:payment)");
                            transforms.addTransform(XPATH, xpath.getElementPlusReturns());
                        } else {
                            transforms.addTransform(r[i]);
                        }
                    }
                    // Santuario refuses to even create an MD5 reference: sign with SHA-256 and re-sign below
                    signature.addDocument(
                            r[0] == null ? "#" + id : r[0], transforms, MD5.equals(digest) ? SHA256 : digest);
                }
                if (keyValueOnly) {
                    signature.addKeyInfo(certificates.get(0).getPublicKey());
                } else {
                    for (X509Certificate c : certificates) {
                        signature.addKeyInfo(c);
                    }
                }
                signature.sign(key);
                if (MD5.equals(digest)) {
                    var methods = signature.getElement().getElementsByTagNameNS(DSIG, "DigestMethod");
                    for (int i = 0; i < methods.getLength(); i++) {
                        ((Element) methods.item(i)).setAttribute("Algorithm", MD5);
                    }
                    XMLSignature parsed = new XMLSignature(signature.getElement(), "", false);
                    for (int i = 0; i < parsed.getSignedInfo().getLength(); i++) {
                        parsed.getSignedInfo().item(i); // materializes the parsed Reference before re-signing
                    }
                    parsed.sign(key);
                }
                return SecureXml.toBytes(doc);
            } catch (Exception e) {
                throw new IllegalStateException("signing failed: " + e.getMessage(), e);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Files

    private void add(String folder, String fileName, String description, String content) throws IOException {
        add(folder, fileName, description, content.getBytes(StandardCharsets.UTF_8));
    }

    private void add(String folder, String fileName, String description, byte[] content) throws IOException {
        String key = folder + "/" + fileName;
        if (descriptions.put(key, description) != null) {
            throw new IllegalStateException("duplicate case " + key);
        }
        Path dir = cases.resolve(folder);
        Files.createDirectories(dir);
        Files.write(dir.resolve(todo.contains(key) ? fileName + SignatureCorpus.TODO : fileName), content);
    }

    private void recipe(String folder, String fileName, String description, String recipe) throws IOException {
        add(
                folder,
                fileName,
                description,
                "# " + description + "\n# Expanded at test time by SignatureCorpus.Recipe.\n" + recipe + "\n");
    }

    private void rememberTodoMarksAndWipe() throws IOException {
        if (Files.isDirectory(cases)) {
            try (Stream<Path> files = Files.walk(cases)) {
                for (Path f : files.sorted((a, b) -> b.getNameCount() - a.getNameCount())
                        .toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(SignatureCorpus.TODO)) {
                        todo.add(f.getParent().getFileName() + "/"
                                + name.substring(0, name.length() - SignatureCorpus.TODO.length()));
                    }
                }
            }
            deleteTree(cases);
        }
        deleteTree(corpus.resolve("trust"));
        if (!todo.isEmpty()) {
            System.out.println("keeping the .todo mark of " + todo);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f :
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(f);
            }
        }
    }

    private void writeReadme() throws Exception {
        X509Certificate ca = pki.caCertificate();
        StringBuilder sb = new StringBuilder();
        sb.append("# Signature corpus: hostile and valid signed applications\n\n")
                .append(
                        "Generated by `kz.elicensing.infrastructure.signature.corpus.CorpusGenerator` (test sources); this README\n")
                .append(
                        "is generated too, edit the generator instead. Walked by `SignatureCorpusTest` (the reader) and\n")
                .append(
                        "`kz.elicensing.application.intake.SignatureCorpusIntakeTest` (the reader, then `IntakeRules`).\n\n")
                .append("## Layout\n\n")
                .append(
                        "- `trust/corpus-ca.pem`: the corpus's own test CA (sandbox `TestPki`), the only trust anchor of the tests.\n")
                .append("  Its private key is not kept: it lived in a temporary directory of the generator.\n")
                .append(
                        "- `cases/<EXPECTED>/<case>.xml`: the exact bytes submitted. `EXPECTED` is an `ErrorCode` name or `ACCEPTED`.\n")
                .append(
                        "- `cases/<EXPECTED>/<case>.recipe`: a large document described in a few lines and expanded at test time\n")
                .append(
                        "  (`SignatureCorpus.Recipe`: optional `template:` case file, optional `insert-before:` text, `expand:` text\n")
                .append("  where `{N*text}` is `text` repeated N times), so the repository stays small.\n")
                .append(
                        "- A `.todo` suffix (`<case>.xml.todo`) marks a case the pipeline does not answer as expected yet; the\n")
                .append(
                        "  walkers report it as skipped. Fix the pipeline, then drop the suffix. The generator keeps existing marks.\n\n")
                .append("Adding a case = adding a file (and, to survive regeneration, a line in the generator).\n\n")
                .append("Message-level cases (two Bodies, two Security headers, a token other than the KeyInfo's, an\n")
                .append(
                        "unsigned Body, expired and revoked sending certificates) are not files: their certificates must\n")
                .append(
                        "come from the CA the receiver trusts and the revoked one needs a live OCSP responder, so the\n")
                .append(
                        "sandbox's `HostileMessages` builds them; `MessageCorpusTest` and `SignatureHardeningIT` run them.\n\n")
                .append("## Time\n\n")
                .append("Every case is verified at the fixed instant **")
                .append(SignatureCorpus.VERIFICATION_INSTANT)
                .append("** (`SignatureCorpus.VERIFICATION_INSTANT`), not at\n")
                .append(
                        "the wall clock, so the corpus stays valid for years. Signer certificates are valid 2025-01-01..2045-01-01\n")
                .append(
                        "except the deliberate `expired` (2025-01-01..2026-01-01) and `not-yet-valid` (2027-01-01..2045-01-01).\n")
                .append("The CA certificate (the sandbox `TestPki` decides its validity) is valid ")
                .append(ca.getNotBefore().toInstant())
                .append("..")
                .append(ca.getNotAfter().toInstant())
                .append(";\n")
                .append("a trust anchor's own dates are not checked by PKIX, only the chain below it.\n\n")
                .append("CA: `")
                .append(IssuedIdentity.subjectDn(ca))
                .append("`, SHA-256 fingerprint `")
                .append(HexFormat.ofDelimiter(":")
                        .withUpperCase()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(ca.getEncoded())))
                .append("`.\n\n")
                .append("## Regenerating\n\n")
                .append(
                        "From the repository root (replaces `trust/`, `cases/` and this README with a new CA and new signatures):\n\n")
                .append("```\nmvn -B -q install -DskipTests\n")
                .append("mvn -B -q -pl ejb-module test-compile exec:java -Dexec.classpathScope=test \\\n")
                .append("    -Dexec.mainClass=kz.elicensing.infrastructure.signature.corpus.CorpusGenerator\n```\n\n")
                .append("Then run `mvn -B test -pl ejb-module` and commit the changed files.\n\n")
                .append("## Cases\n\n")
                .append("| Expected | Case | What it is |\n|---|---|---|\n");
        for (Map.Entry<String, String> e : descriptions.entrySet()) {
            int slash = e.getKey().indexOf('/');
            String file = e.getKey().substring(slash + 1) + (todo.contains(e.getKey()) ? SignatureCorpus.TODO : "");
            sb.append("| ")
                    .append(e.getKey(), 0, slash)
                    .append(" | `")
                    .append(file)
                    .append("` | ")
                    .append(e.getValue().replace("|", "\\|"))
                    .append(" |\n");
        }
        List<String> marked =
                descriptions.keySet().stream().filter(todo::contains).toList();
        if (!marked.isEmpty()) {
            sb.append(
                    "\n## Open (.todo)\n\nThe pipeline does not give these the expected answer yet (it accepts them); the walkers skip them:\n\n");
            for (String key : marked) {
                sb.append("- `")
                        .append(key)
                        .append(SignatureCorpus.TODO)
                        .append("`: ")
                        .append(descriptions.get(key))
                        .append('\n');
            }
        }
        sb.append(
                        "\nSIGNER_MISMATCH, INVALID_BIN and INVALID_IIN come from `IntakeRules` after the reader accepted the\n")
                .append("signature (except `certificate-without-iin`, which the reader refuses itself).\n");
        Files.writeString(corpus.resolve("README.md"), sb.toString(), StandardCharsets.UTF_8);
    }
}
