package kz.elicensing.sandbox.portal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.registry.PaymentRegistry;
import kz.elicensing.sandbox.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds an unsigned {@code Application} document (elicensing.xsd, urn:kz:elicensing:v1) as a DOM, with demo
 * defaults for SECURITY_ACTIVITY filed by the demo company ТОО «Қорғау-Сервис» and paid by PAY-DEMO-0001.
 */
public final class ApplicationBuilder {

    /** Payload namespace of E-licensing. */
    public static final String NS = "urn:kz:elicensing:v1";

    private record Obj(String address, String description) {}

    private record Attachment(String fileName, String mediaType, byte[] content) {}

    private String id = "app-" + UUID.randomUUID();
    private String requestId = UUID.randomUUID().toString();
    private String service = "SECURITY_ACTIVITY";
    private String operation = "ISSUE";
    private String baseLicenseNumber;
    private String reorganisation;
    private String language = "ru";
    // applicant: exactly one of the two is set
    private String[] legalEntity;
    private String[] individual;
    private final List<String> subtypes = new ArrayList<>(List.of("SECURITY_GUARD"));
    private final List<Obj> objects = new ArrayList<>(
            List.of(new Obj("Қазақстан, Алматы қ., Абай даңғылы, 150, 12 кеңсе", "Офис охранной организации")));
    private String paymentReference = "PAY-DEMO-0001";
    private String paymentAmount = PaymentRegistry.DEMO_AMOUNT.toPlainString();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<Attachment> attachments = new ArrayList<>();

    /** Demo defaults: SECURITY_ACTIVITY / ISSUE / ru, applicant the demo company, subtype SECURITY_GUARD, PAY-DEMO-0001. */
    public ApplicationBuilder() {
        forDemoCompany();
        fields.put("contactPhone", "+7 727 250 00 12");
        fields.put("guardCount", "12");
    }

    /** A builder with the demo defaults. */
    public static ApplicationBuilder securityActivity() {
        return new ApplicationBuilder();
    }

    /** Applicant: the demo company ТОО «Қорғау-Сервис» (BIN 150140000012, head IIN 900515300018). */
    public ApplicationBuilder forDemoCompany() {
        return legalEntity(DemoIdentities.COMPANY_BIN, DemoIdentities.COMPANY_NAME, DemoIdentities.COMPANY_HEAD_IIN);
    }

    /** Applicant: the other demo company ТОО «Өркен Күзет» (BIN 160540000039). */
    public ApplicationBuilder forOtherDemoCompany() {
        return legalEntity(
                DemoIdentities.OTHER_COMPANY_BIN,
                DemoIdentities.OTHER_COMPANY_NAME,
                DemoIdentities.OTHER_COMPANY_HEAD_IIN);
    }

    /** Applicant: the demo individual ҒАБИТОВ ІЛИЯС (IIN 751102300459). */
    public ApplicationBuilder forDemoPerson() {
        return individual(DemoIdentities.PERSON_IIN, DemoIdentities.PERSON_SURNAME, DemoIdentities.PERSON_NAME, null);
    }

    /** The Id attribute the signature references (default "app-" + UUID). */
    public ApplicationBuilder id(String v) {
        this.id = Objects.requireNonNull(v);
        return this;
    }
    /** The portal's request id (default a fresh UUID). */
    public ApplicationBuilder requestId(String v) {
        this.requestId = v;
        return this;
    }

    public ApplicationBuilder service(String v) {
        this.service = v;
        return this;
    }
    /** ISSUE, REISSUE or DUPLICATE. */
    public ApplicationBuilder operation(String v) {
        this.operation = v;
        return this;
    }
    /** Required by REISSUE and DUPLICATE; null omits the element. */
    public ApplicationBuilder baseLicenseNumber(String v) {
        this.baseLicenseNumber = v;
        return this;
    }
    /** A re-issue to the successor of a reorganised holder: MERGER, ACCESSION, TRANSFORMATION, DIVISION, SPIN_OFF. */
    public ApplicationBuilder reorganisation(String v) {
        this.reorganisation = v;
        return this;
    }
    /** ru or kk. */
    public ApplicationBuilder language(String v) {
        this.language = v;
        return this;
    }

    public ApplicationBuilder legalEntity(String bin, String name, String headIin) {
        this.legalEntity = new String[] {bin, name, headIin};
        this.individual = null;
        return this;
    }

    /** middleName may be null. */
    public ApplicationBuilder individual(String iin, String lastName, String firstName, String middleName) {
        this.individual = new String[] {iin, lastName, firstName, middleName};
        this.legalEntity = null;
        return this;
    }

    /** Replaces the subtype list. */
    public ApplicationBuilder subtypes(String... codes) {
        subtypes.clear();
        subtypes.addAll(List.of(codes));
        return this;
    }

    public ApplicationBuilder addSubtype(String code) {
        subtypes.add(code);
        return this;
    }

    /** Removes all activity objects. */
    public ApplicationBuilder clearObjects() {
        objects.clear();
        return this;
    }

    /** Adds an activity object (branch or site); description may be null. */
    public ApplicationBuilder addObject(String address, String description) {
        objects.add(new Obj(address, description));
        return this;
    }

    public ApplicationBuilder payment(String reference, BigDecimal amount) {
        return payment(reference, amount.toPlainString());
    }

    /** The amount as written on the wire (lets tests send malformed amounts). */
    public ApplicationBuilder payment(String reference, String amount) {
        this.paymentReference = reference;
        this.paymentAmount = amount;
        return this;
    }

    /** Sets (or with a null value removes) a form field. */
    public ApplicationBuilder field(String name, String value) {
        if (value == null) {
            fields.remove(name);
        } else {
            fields.put(name, value);
        }
        return this;
    }

    public ApplicationBuilder clearFields() {
        fields.clear();
        return this;
    }

    /** Adds an attachment; its sha256 (hex) and base64 content are computed here. */
    public ApplicationBuilder attachment(String fileName, String mediaType, byte[] content) {
        attachments.add(new Attachment(fileName, mediaType, content.clone()));
        return this;
    }

    /** Adds a UTF-8 text attachment. */
    public ApplicationBuilder attachment(String fileName, String text) {
        return attachment(fileName, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    public String id() {
        return id;
    }

    public String requestId() {
        return requestId;
    }

    /** The applicant's IIN or BIN (the payer of the demo payment). */
    public String applicantId() {
        return legalEntity != null ? legalEntity[0] : individual[0];
    }

    /** Builds the unsigned document; the root's Id is registered as an ID attribute. */
    public Document build() {
        Document doc = SafeXml.newDocument();
        Element root = doc.createElementNS(NS, "Application");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", NS);
        root.setAttributeNS(null, "Id", id);
        root.setIdAttributeNS(null, "Id", true);
        doc.appendChild(root);
        text(root, "requestId", requestId);
        text(root, "service", service);
        text(root, "operation", operation);
        if (baseLicenseNumber != null) {
            text(root, "baseLicenseNumber", baseLicenseNumber);
        }
        if (reorganisation != null) {
            text(root, "reorganisation", reorganisation);
        }
        text(root, "language", language);
        Element applicant = child(root, "applicant");
        if (legalEntity != null) {
            Element le = child(applicant, "legalEntity");
            text(le, "bin", legalEntity[0]);
            text(le, "name", legalEntity[1]);
            text(le, "headIin", legalEntity[2]);
        } else {
            Element in = child(applicant, "individual");
            text(in, "iin", individual[0]);
            text(in, "lastName", individual[1]);
            text(in, "firstName", individual[2]);
            if (individual[3] != null) {
                text(in, "middleName", individual[3]);
            }
        }
        Element activity = child(root, "activity");
        for (String s : subtypes) {
            text(activity, "subtype", s);
        }
        for (Obj o : objects) {
            Element obj = child(activity, "object");
            text(obj, "address", o.address());
            if (o.description() != null) {
                text(obj, "description", o.description());
            }
        }
        Element payment = child(root, "payment");
        text(payment, "reference", paymentReference);
        text(payment, "amount", paymentAmount);
        if (!fields.isEmpty()) {
            Element fs = child(root, "fields");
            for (Map.Entry<String, String> f : fields.entrySet()) {
                Element e = text(fs, "field", f.getValue());
                e.setAttributeNS(null, "name", f.getKey());
            }
        }
        if (!attachments.isEmpty()) {
            Element as = child(root, "attachments");
            for (Attachment a : attachments) {
                Element e = text(as, "attachment", Base64.getEncoder().encodeToString(a.content()));
                e.setAttributeNS(null, "fileName", a.fileName());
                e.setAttributeNS(null, "mediaType", a.mediaType());
                e.setAttributeNS(null, "sha256", sha256Hex(a.content()));
            }
        }
        return doc;
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElementNS(NS, name);
        parent.appendChild(e);
        return e;
    }

    private static Element text(Element parent, String name, String value) {
        Element e = child(parent, name);
        if (value != null) {
            e.setTextContent(value);
        }
        return e;
    }

    private static String sha256Hex(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
