package kz.elicensing.infrastructure.document;

import java.util.List;
import kz.elicensing.domain.evidence.EvidenceEntry;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceRecord;
import kz.elicensing.infrastructure.signature.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Names the files of an evidence bundle and writes its two index files: evidence.xml and META-INF/manifest.xml. */
final class EvidenceFiles {
    static final String INDEX = "evidence.xml";
    static final String MANIFEST = "META-INF/manifest.xml";
    static final String INDEX_NS = "urn:kz:elicensing:evidence:v1";
    private static final String MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private EvidenceFiles() {}

    /** {@code messages/0001-IN-SOAP_REQUEST.xml}: folder by kind, position in the bundle, direction, kind. */
    static String fileName(int position, EvidenceEntry entry) {
        EvidenceRecord r = entry.record();
        return folder(r.kind()) + "/" + String.format("%04d", position) + "-" + r.direction() + "-" + r.kind()
                + (isXml(r.content()) ? ".xml" : ".bin");
    }

    private static String folder(EvidenceKind kind) {
        return switch (kind) {
            case VALIDATION_REPORT -> "reports";
            case DECISION -> "decisions";
            case DOCUMENT -> "documents";
            default -> "messages";
        };
    }

    static boolean isXml(byte[] content) {
        int i = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }

    static String mediaType(String name) {
        return name.endsWith(".xml") ? "text/xml" : "application/octet-stream";
    }

    /** The index: every entry with its file, its place in the chain and its hashes, so each row hash can be recomputed. */
    static byte[] index(String applicationNumber, String createdAt, List<String> files, List<EvidenceEntry> entries) {
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(INDEX_NS, "evidence");
        root.setAttributeNS(XMLNS, "xmlns", INDEX_NS);
        root.setAttribute("applicationNumber", applicationNumber);
        root.setAttribute("createdAt", createdAt);
        root.setAttribute("hashEncoding", "kz.elicensing.evidence.v1");
        doc.appendChild(root);
        for (int i = 0; i < entries.size(); i++) {
            EvidenceEntry e = entries.get(i);
            EvidenceRecord r = e.record();
            Element el = doc.createElementNS(INDEX_NS, "entry");
            el.setAttribute("file", files.get(i));
            el.setAttribute("seq", Long.toString(e.seq()));
            el.setAttribute("at", r.at().toString());
            el.setAttribute("direction", r.direction().name());
            el.setAttribute("kind", r.kind().name());
            optional(el, "channel", r.channel());
            optional(el, "messageId", r.messageId());
            optional(el, "senderId", r.senderId());
            optional(el, "applicationNumber", r.applicationNumber());
            el.setAttribute("contentSha256", e.contentSha256());
            el.setAttribute("previousHash", e.previousHash());
            el.setAttribute("rowHash", e.rowHash());
            el.setAttribute("intact", Boolean.toString(e.intact()));
            root.appendChild(el);
        }
        return SecureXml.toBytes(doc);
    }

    private static void optional(Element el, String name, String value) {
        if (value != null) {
            el.setAttribute(name, value);
        }
    }

    /** The ASiC-E manifest (OpenDocument manifest): the container's own media type, then every file's. */
    static byte[] manifest(String containerType, List<String> files) {
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(MANIFEST_NS, "manifest:manifest");
        root.setAttributeNS(XMLNS, "xmlns:manifest", MANIFEST_NS);
        root.setAttributeNS(MANIFEST_NS, "manifest:version", "1.2");
        doc.appendChild(root);
        root.appendChild(fileEntry(doc, "/", containerType));
        for (String file : files) {
            root.appendChild(fileEntry(doc, file, mediaType(file)));
        }
        return SecureXml.toBytes(doc);
    }

    private static Element fileEntry(Document doc, String path, String mediaType) {
        Element e = doc.createElementNS(MANIFEST_NS, "manifest:file-entry");
        e.setAttributeNS(MANIFEST_NS, "manifest:full-path", path);
        e.setAttributeNS(MANIFEST_NS, "manifest:media-type", mediaType);
        return e;
    }
}
