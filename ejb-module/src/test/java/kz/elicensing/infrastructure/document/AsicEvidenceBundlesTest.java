package kz.elicensing.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceChain;
import kz.elicensing.domain.evidence.EvidenceEntry;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceRecord;
import kz.elicensing.domain.evidence.InMemoryEvidenceLog;
import kz.elicensing.infrastructure.signature.SigningCredential;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The exported bundle is an ASiC-E container that verifies with Santuario, file by file, and shows any change. */
class AsicEvidenceBundlesTest {
    private static final String NUMBER = "EL-2026-00000007";
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static IssuedIdentity system;

    @BeforeAll
    static void systemKey() throws Exception {
        Path data = Files.createTempDirectory("bundle");
        system = DemoIdentities.open(data, TestPki.open(data)).elicensingSystem();
    }

    private static SigningCredential credential() {
        return new SigningCredential(system.privateKey(), system.certificate());
    }

    private static EvidenceRecord record(int i, Direction direction, EvidenceKind kind, String content) {
        return new EvidenceRecord(
                AT.plusSeconds(i),
                direction,
                kind,
                "ELICENSE_SubmitApplication",
                "m-" + i,
                "PORTAL",
                NUMBER,
                content.getBytes(StandardCharsets.UTF_8));
    }

    /** An application's life: request, report, two gateway exchanges, the answer, a decision; other traffic between. */
    private static List<EvidenceEntry> lifeOfAnApplication() {
        InMemoryEvidenceLog log = new InMemoryEvidenceLog();
        log.append(List.of(
                record(0, Direction.IN, EvidenceKind.SOAP_REQUEST, "<soap:Envelope>Өтініш</soap:Envelope>"),
                record(
                        1,
                        Direction.INTERNAL,
                        EvidenceKind.VALIDATION_REPORT,
                        "<ValidationReport>VALID</ValidationReport>")));
        log.append(
                List.of(record(2, Direction.OUT, EvidenceKind.SOAP_RESPONSE, "<soap:Envelope>receipt</soap:Envelope>")
                        .forApplication("EL-2026-00000008")));
        log.append(List.of(
                record(3, Direction.OUT, EvidenceKind.GATEWAY_REQUEST, "<gbdul/>"),
                record(4, Direction.IN, EvidenceKind.GATEWAY_RESPONSE, "<gbdul-answer/>")));
        log.append(List.of(
                record(5, Direction.OUT, EvidenceKind.SOAP_RESPONSE, "\n <soap:Envelope>receipt</soap:Envelope>"),
                record(6, Direction.INTERNAL, EvidenceKind.DECISION, "<License>Күзет</License>"),
                record(7, Direction.INTERNAL, EvidenceKind.DOCUMENT, "%PDF-1.7 binary")));
        return log.entriesOf(NUMBER);
    }

    @Test
    void theBundleIsAnAsicEContainerThatVerifies() throws Exception {
        List<EvidenceEntry> entries = lifeOfAnApplication();
        byte[] zip = AsicEvidenceBundles.write(NUMBER, entries, credential(), AT);

        AsicBundleCheck.assertMimetypeFirst(zip);
        Map<String, byte[]> files = AsicBundleCheck.files(zip);
        assertEquals(
                List.of(
                        "mimetype",
                        "messages/0001-IN-SOAP_REQUEST.xml",
                        "reports/0002-INTERNAL-VALIDATION_REPORT.xml",
                        "messages/0003-OUT-GATEWAY_REQUEST.xml",
                        "messages/0004-IN-GATEWAY_RESPONSE.xml",
                        "messages/0005-OUT-SOAP_RESPONSE.xml",
                        "decisions/0006-INTERNAL-DECISION.xml",
                        "documents/0007-INTERNAL-DOCUMENT.bin",
                        "evidence.xml",
                        "META-INF/manifest.xml",
                        "META-INF/signatures.xml"),
                List.copyOf(files.keySet()));
        assertArrayEquals(
                entries.get(0).record().content(), files.get("messages/0001-IN-SOAP_REQUEST.xml"), "bytes as received");
        assertArrayEquals(entries.get(5).record().content(), files.get("decisions/0006-INTERNAL-DECISION.xml"));
        assertEquals(system.certificate(), AsicBundleCheck.verify(files));

        String manifest = new String(files.get("META-INF/manifest.xml"), StandardCharsets.UTF_8);
        assertTrue(
                manifest.contains("manifest:full-path=\"/\" manifest:media-type=\"application/vnd.etsi.asic-e+zip\""),
                manifest);
        assertTrue(
                manifest.contains(
                        "manifest:full-path=\"documents/0007-INTERNAL-DOCUMENT.bin\" manifest:media-type=\"application/octet-stream\""),
                manifest);
        assertTrue(manifest.contains("manifest:full-path=\"evidence.xml\" manifest:media-type=\"text/xml\""), manifest);
    }

    @Test
    void theIndexLetsAnyoneRecomputeEachRowHash() throws Exception {
        List<EvidenceEntry> entries = lifeOfAnApplication();
        Map<String, byte[]> files = AsicBundleCheck.files(AsicEvidenceBundles.write(NUMBER, entries, credential(), AT));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document index = f.newDocumentBuilder().parse(new ByteArrayInputStream(files.get("evidence.xml")));
        assertEquals(NUMBER, index.getDocumentElement().getAttribute("applicationNumber"));
        NodeList rows = index.getElementsByTagNameNS("urn:kz:elicensing:evidence:v1", "entry");
        assertEquals(entries.size(), rows.getLength());
        for (int i = 0; i < rows.getLength(); i++) {
            Element e = (Element) rows.item(i);
            EvidenceRecord r = new EvidenceRecord(
                    Instant.parse(e.getAttribute("at")),
                    Direction.valueOf(e.getAttribute("direction")),
                    EvidenceKind.valueOf(e.getAttribute("kind")),
                    attribute(e, "channel"),
                    attribute(e, "messageId"),
                    attribute(e, "senderId"),
                    attribute(e, "applicationNumber"),
                    files.get(e.getAttribute("file")));
            assertEquals(e.getAttribute("contentSha256"), EvidenceChain.sha256Hex(r.content()));
            assertEquals(
                    e.getAttribute("rowHash"),
                    EvidenceChain.rowHash(
                            Long.parseLong(e.getAttribute("seq")),
                            r,
                            e.getAttribute("contentSha256"),
                            e.getAttribute("previousHash")));
            assertEquals(entries.get(i).rowHash(), e.getAttribute("rowHash"));
            assertEquals("true", e.getAttribute("intact"));
        }
    }

    private static String attribute(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    @Test
    void manyEntriesAreSplitOverSignaturesThatSecureValidationAccepts() throws Exception {
        InMemoryEvidenceLog log = new InMemoryEvidenceLog();
        for (int i = 0; i < 70; i++) {
            log.append(List.of(record(i, Direction.IN, EvidenceKind.SOAP_REQUEST, "<status n=\"" + i + "\"/>")));
        }
        Map<String, byte[]> files =
                AsicBundleCheck.files(AsicEvidenceBundles.write(NUMBER, log.entriesOf(NUMBER), credential(), AT));
        assertEquals(74, files.size(), "70 entries, the index, the manifest, the signatures, the mimetype");
        AsicBundleCheck.verify(files);
        assertEquals(List.of(30, 30, 16), AsicBundleCheck.referenceCounts(files));
    }

    @Test
    void aChangedFileDoesNotVerify() throws Exception {
        Map<String, byte[]> files =
                AsicBundleCheck.files(AsicEvidenceBundles.write(NUMBER, lifeOfAnApplication(), credential(), AT));
        Map<String, byte[]> tampered = new LinkedHashMap<>(files);
        byte[] report = files.get("reports/0002-INTERNAL-VALIDATION_REPORT.xml").clone();
        report[report.length - 3] ^= 1;
        tampered.put("reports/0002-INTERNAL-VALIDATION_REPORT.xml", report);
        assertThrows(AssertionError.class, () -> AsicBundleCheck.verify(tampered));

        Map<String, byte[]> extra = new LinkedHashMap<>(files);
        extra.put("messages/9999-IN-SOAP_REQUEST.xml", "<forged/>".getBytes(StandardCharsets.UTF_8));
        assertThrows(AssertionError.class, () -> AsicBundleCheck.verify(extra), "an unsigned file is noticed");
    }

    @Test
    void theLayoutCheckFailsOnADeflatedMimetype() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(AsicEvidenceBundles.MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        assertThrows(AssertionError.class, () -> AsicBundleCheck.assertMimetypeFirst(out.toByteArray()));
    }
}
