package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
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

/** An exported evidence bundle read as an outsider would: ZIP layout, files, and the signatures (Santuario). */
final class EvidenceBundle {
    static final String MEDIA_TYPE = "application/vnd.etsi.asic-e+zip";
    private final byte[] zip;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    EvidenceBundle(byte[] zip) throws IOException {
        this.zip = zip;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
    }

    Map<String, byte[]> files() {
        return files;
    }

    /** The first file whose name matches {@code regex}, as text. */
    String file(String regex) {
        return files.entrySet().stream()
                .filter(e -> e.getKey().matches(regex))
                .findFirst()
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("no file " + regex + " in " + files.keySet()));
    }

    /** {@code mimetype} first, stored, no extra field, so its content starts at byte 38. */
    void assertMimetypeFirst() {
        assertEquals("mimetype", files.keySet().iterator().next());
        assertEquals(0, zip[8] | zip[9] << 8, "stored");
        assertEquals(0, zip[28] | zip[29] << 8, "no extra field");
        assertEquals(MEDIA_TYPE, new String(zip, 38, MEDIA_TYPE.length(), StandardCharsets.US_ASCII));
    }

    /** Verifies every signature (secure validation) and that the references' digests cover every file; returns the signer. */
    X509Certificate verify() throws Exception {
        org.apache.xml.security.Init.init();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        byte[] signaturesFile = files.get("META-INF/signatures.xml");
        assertNotNull(signaturesFile, "META-INF/signatures.xml");
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(signaturesFile));
        NodeList signatures = doc.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature");
        assertTrue(signatures.getLength() > 0);
        Set<String> covered = new HashSet<>();
        X509Certificate signer = null;
        for (int i = 0; i < signatures.getLength(); i++) {
            XMLSignature signature = new XMLSignature((Element) signatures.item(i), "", true);
            signature.addResourceResolver(new ResourceResolverSpi() {
                @Override
                public boolean engineCanResolveURI(ResourceResolverContext context) {
                    return context.uriToResolve != null && files.containsKey(context.uriToResolve);
                }

                @Override
                public XMLSignatureInput engineResolveURI(ResourceResolverContext context) {
                    return new XMLSignatureByteInput(files.get(context.uriToResolve));
                }
            });
            X509Certificate cert = signature.getKeyInfo().getX509Certificate();
            assertTrue(signature.checkSignatureValue(cert), "signature " + (i + 1));
            for (int r = 0; r < signature.getSignedInfo().getLength(); r++) {
                Reference ref = signature.getSignedInfo().item(r);
                assertArrayEquals(
                        MessageDigest.getInstance("SHA-256").digest(files.get(ref.getURI())),
                        ref.getDigestValue(),
                        ref.getURI());
                covered.add(ref.getURI());
            }
            signer = cert;
        }
        Set<String> expected = new HashSet<>(files.keySet());
        expected.removeAll(List.of("mimetype", "META-INF/signatures.xml"));
        assertEquals(expected, covered, "every file is signed");
        return signer;
    }
}
