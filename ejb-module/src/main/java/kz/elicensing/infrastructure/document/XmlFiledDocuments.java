package kz.elicensing.infrastructure.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.elicensing.application.query.FiledDocument;
import kz.elicensing.application.query.FiledDocuments;
import kz.elicensing.infrastructure.signature.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a stored application back for the case view with the hardened parser: the portal's {@code Application}
 * (urn:kz:elicensing:v1) or the walk-in record (urn:kz:elicensing:walkin:v1), and the {@code ValidationReport} kept at
 * intake. The signature is not verified again: its report is what was decided at intake.
 */
@ApplicationScoped
public class XmlFiledDocuments implements FiledDocuments {
    private static final Logger LOG = Logger.getLogger(XmlFiledDocuments.class.getName());
    static final String NS = "urn:kz:elicensing:v1";

    @Override
    public FiledDocument read(byte[] stored) {
        Element root = SecureXml.parse(stored).getDocumentElement();
        if (XmlWalkInDocuments.NS.equals(root.getNamespaceURI())) {
            return walkIn(root);
        }
        String ns = NS;
        Element applicant = child(root, ns, "applicant");
        Element entity = applicant == null ? null : child(applicant, ns, "legalEntity");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element f : children(child(root, ns, "fields"), ns, "field")) {
            fields.putIfAbsent(f.getAttribute("name"), f.getTextContent().strip());
        }
        List<String> subtypes = new ArrayList<>();
        List<FiledDocument.FiledObject> objects = new ArrayList<>();
        Element activity = child(root, ns, "activity");
        for (Element s : children(activity, ns, "subtype")) {
            subtypes.add(s.getTextContent().strip());
        }
        for (Element o : children(activity, ns, "object")) {
            objects.add(new FiledDocument.FiledObject(text(o, ns, "address"), text(o, ns, "description")));
        }
        List<FiledDocument.Attachment> attachments = new ArrayList<>();
        for (Element a : children(child(root, ns, "attachments"), ns, "attachment")) {
            attachments.add(attachment(a, false));
        }
        return new FiledDocument(
                false,
                entity == null ? null : text(entity, ns, "headIin"),
                fields,
                subtypes,
                objects,
                attachments,
                List.of(),
                null,
                text(root, ns, "reorganisation"));
    }

    private static FiledDocument walkIn(Element root) {
        String ns = XmlWalkInDocuments.NS;
        List<String> paper = new ArrayList<>();
        for (Element d : children(child(root, ns, "presentedOnPaper"), ns, "document")) {
            paper.add(d.getTextContent().strip());
        }
        return new FiledDocument(
                true, null, Map.of(), List.of(), List.of(), List.of(), paper, text(root, ns, "officer"), null);
    }

    private static FiledDocument.Attachment attachment(Element a, boolean receipt) {
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(a.getTextContent().strip());
        } catch (IllegalArgumentException e) {
            content = new byte[0];
        }
        String code = a.getAttribute("documentCode").strip();
        return new FiledDocument.Attachment(
                a.getAttribute("fileName"),
                a.getAttribute("mediaType"),
                a.getAttribute("sha256"),
                sha256(content),
                code.isEmpty() ? null : code,
                receipt,
                content);
    }

    @Override
    public Optional<FiledDocument.Report> report(String validationReportXml) {
        if (validationReportXml == null || validationReportXml.isBlank()) {
            return Optional.empty();
        }
        try {
            Document doc = SecureXml.parse(validationReportXml.getBytes(StandardCharsets.UTF_8));
            Element r = doc.getDocumentElement();
            String ns = NS;
            List<FiledDocument.Step> steps = new ArrayList<>();
            for (Element s : children(r, ns, "step")) {
                steps.add(new FiledDocument.Step(
                        s.getAttribute("name"),
                        "PASSED".equals(s.getAttribute("result")),
                        s.getTextContent().strip()));
            }
            List<FiledDocument.Certificate> chain = new ArrayList<>();
            for (Element c : children(r, ns, "certificate")) {
                chain.add(new FiledDocument.Certificate(
                        c.getAttribute("subject"),
                        c.getAttribute("issuer"),
                        c.getAttribute("serial"),
                        instant(c.getAttribute("notBefore")),
                        instant(c.getAttribute("notAfter"))));
            }
            return Optional.of(new FiledDocument.Report(
                    "VALID".equals(text(r, ns, "result")),
                    text(r, ns, "errorCode"),
                    text(r, ns, "summaryRu"),
                    text(r, ns, "summaryKz"),
                    instant(text(r, ns, "verifiedAt")),
                    text(r, ns, "signerName"),
                    text(r, ns, "signerIin"),
                    text(r, ns, "signerBin"),
                    chain,
                    text(r, ns, "revocationSource"),
                    instant(text(r, ns, "revocationProducedAt")),
                    instant(text(r, ns, "signingTime")),
                    text(r, ns, "signingTimeSource"),
                    text(r, ns, "timestampAuthority"),
                    steps));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a kept validation report could not be read", e);
            return Optional.empty();
        }
    }

    static Instant instant(String xmlDateTime) {
        if (xmlDateTime == null || xmlDateTime.isBlank()) {
            return null;
        }
        return OffsetDateTime.parse(xmlDateTime.strip()).toInstant();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Element> children(Element parent, String ns, String localName) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static Element child(Element parent, String ns, String localName) {
        List<Element> found = children(parent, ns, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element parent, String ns, String localName) {
        Element e = child(parent, ns, localName);
        return e == null ? null : e.getTextContent().strip();
    }
}
