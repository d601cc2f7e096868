package kz.elicensing.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.signature.XMLSignatureByteInput;
import org.apache.xml.security.signature.XMLSignatureInput;
import org.apache.xml.security.utils.resolver.ResourceResolverContext;
import org.apache.xml.security.utils.resolver.ResourceResolverSpi;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks an ASiC-E evidence bundle the way an outside verifier would: ZIP layout, then Santuario, then every digest. */
public final class AsicBundleCheck {
    private static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

    private AsicBundleCheck() {}

    /** The files of the bundle in ZIP order. */
    public static Map<String, byte[]> files(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** {@code mimetype} is the first file, stored, without extra field: its content starts at byte 38. */
    public static void assertMimetypeFirst(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x04034b50, b.getInt(0), "a local file header first");
        assertEquals(0, b.getShort(8), "stored, not deflated");
        assertEquals(8, b.getShort(26), "name length");
        assertEquals(0, b.getShort(28), "no extra field");
        assertEquals("mimetype", new String(zip, 30, 8, StandardCharsets.US_ASCII));
        String type = "application/vnd.etsi.asic-e+zip";
        assertEquals(type, new String(zip, 38, type.length(), StandardCharsets.US_ASCII));
    }

    /**
     * Verifies every signature of META-INF/signatures.xml with secure validation, checks each reference's digest
     * against the file's SHA-256, and that together they cover every file but mimetype and the signatures; returns
     * the signer's certificate. Throws AssertionError on any failure.
     */
    public static X509Certificate verify(Map<String, byte[]> files) throws Exception {
        org.apache.xml.security.Init.init();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(files.get("META-INF/signatures.xml")));
        assertEquals("XAdESSignatures", doc.getDocumentElement().getLocalName());
        assertEquals(
                "http://uri.etsi.org/02918/v1.2.1#", doc.getDocumentElement().getNamespaceURI());
        NodeList signatures = doc.getElementsByTagNameNS(DSIG_NS, "Signature");
        assertTrue(signatures.getLength() > 0, "no signature");
        Set<String> covered = new HashSet<>();
        X509Certificate signer = null;
        for (int i = 0; i < signatures.getLength(); i++) {
            XMLSignature signature = new XMLSignature((Element) signatures.item(i), "", true);
            signature.addResourceResolver(new Resolver(files));
            X509Certificate cert = signature.getKeyInfo().getX509Certificate();
            assertEquals(
                    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                    signature.getSignedInfo().getSignatureMethodURI());
            assertTrue(signature.checkSignatureValue(cert), "signature " + (i + 1) + " does not verify");
            for (int r = 0; r < signature.getSignedInfo().getLength(); r++) {
                Reference ref = signature.getSignedInfo().item(r);
                byte[] file = files.get(ref.getURI());
                assertTrue(file != null, "reference to a missing file " + ref.getURI());
                assertEquals(
                        "http://www.w3.org/2001/04/xmlenc#sha256",
                        ref.getMessageDigestAlgorithm().getAlgorithmURI());
                assertArrayEquals(
                        MessageDigest.getInstance("SHA-256").digest(file),
                        ref.getDigestValue(),
                        "digest of " + ref.getURI());
                covered.add(ref.getURI());
            }
            if (signer == null) {
                signer = cert;
            }
            assertEquals(signer, cert, "one signer");
        }
        Set<String> expected = new HashSet<>(files.keySet());
        expected.removeAll(List.of("mimetype", "META-INF/signatures.xml"));
        assertEquals(expected, covered, "every file is signed");
        return signer;
    }

    /** The number of references of each signature. */
    public static List<Integer> referenceCounts(Map<String, byte[]> files) throws Exception {
        String xml = new String(files.get("META-INF/signatures.xml"), StandardCharsets.UTF_8);
        return java.util.Arrays.stream(xml.split("</ds:Signature>"))
                .filter(s -> s.contains("<ds:Signature"))
                .map(s -> s.split("<ds:Reference ", -1).length - 1)
                .toList();
    }

    /** Hands Santuario the bytes of a file of the bundle by its name. */
    private static final class Resolver extends ResourceResolverSpi {
        private final Map<String, byte[]> files;

        Resolver(Map<String, byte[]> files) {
            this.files = files;
        }

        @Override
        public boolean engineCanResolveURI(ResourceResolverContext context) {
            return context.uriToResolve != null && files.containsKey(context.uriToResolve);
        }

        @Override
        public XMLSignatureInput engineResolveURI(ResourceResolverContext context) {
            XMLSignatureInput input = new XMLSignatureByteInput(files.get(context.uriToResolve));
            input.setSourceURI(context.uriToResolve);
            return input;
        }
    }

    /** Base64 of the SHA-256 of {@code bytes}, as in a DigestValue. */
    static String digest(byte[] bytes) throws Exception {
        return Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
