package kz.elicensing.infrastructure.xml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.elicensing.domain.application.ActivityObject;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.PaymentReceipt;
import kz.elicensing.domain.application.Reorganisation;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.signature.SignerIdentity;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the verified, schema-valid {@code Application} element into the domain's {@link ApplicationForm}, straight from
 * the DOM the signature was checked on (the very element, no second parse or binding).
 */
public final class ApplicationFormMapper {
    private static final String NS = "urn:kz:elicensing:v1";

    private ApplicationFormMapper() {}

    public static ApplicationForm read(Element application, SignerIdentity signer) {
        Element applicant = child(application, "applicant");
        Element entity = child(applicant, "legalEntity");
        Element person = child(applicant, "individual");
        ApplicantKind kind = entity != null ? ApplicantKind.LEGAL_ENTITY : ApplicantKind.INDIVIDUAL;
        String applicantId = entity != null ? text(entity, "bin") : text(person, "iin");
        String name = entity != null
                ? text(entity, "name")
                : String.join(
                        " ", nonBlank(text(person, "lastName"), text(person, "firstName"), text(person, "middleName")));
        List<String> subtypes = new ArrayList<>();
        List<ActivityObject> objects = new ArrayList<>();
        for (Node n = child(application, "activity").getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && "subtype".equals(e.getLocalName())) {
                subtypes.add(e.getTextContent().trim());
            }
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && "object".equals(e.getLocalName())) {
                objects.add(new ActivityObject(text(e, "address"), text(e, "description")));
            }
        }
        String reorganisation = text(application, "reorganisation");
        Element payment = child(application, "payment");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element f : children(child(application, "fields"), "field")) {
            fields.putIfAbsent(f.getAttribute("name"), f.getTextContent().trim());
        }
        List<String> documents = new ArrayList<>();
        for (Element a : children(child(application, "attachments"), "attachment")) {
            String code = a.getAttribute("documentCode").trim();
            if (!code.isEmpty()) {
                documents.add(code);
            }
        }
        Element receipt = child(payment, "receipt");
        return new ApplicationForm(
                text(application, "requestId"),
                text(application, "service"),
                Operation.valueOf(text(application, "operation")),
                text(application, "baseLicenseNumber"),
                text(application, "language"),
                kind,
                applicantId,
                name,
                entity != null ? text(entity, "headIin") : null,
                subtypes,
                text(payment, "reference"),
                new BigDecimal(text(payment, "amount")),
                signer,
                fields,
                documents,
                receipt == null ? null : receipt(receipt),
                objects,
                reorganisation == null ? null : Reorganisation.valueOf(reorganisation));
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    /** The scanned receipt's bytes (schema-valid base64); its declared type and digest are not trusted. */
    private static PaymentReceipt receipt(Element receipt) {
        byte[] content = Base64.getMimeDecoder().decode(receipt.getTextContent().strip());
        return new PaymentReceipt(receipt.getAttribute("fileName"), content);
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? null : e.getTextContent().trim();
    }

    private static List<String> nonBlank(String... parts) {
        List<String> result = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                result.add(p);
            }
        }
        return result;
    }
}
