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
import java.util.Locale;
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
 * <p>
 * Like the portal, it fills what the catalog asks of the chosen service unless a test says otherwise: a subtype of the
 * service, one attachment per mandatory document of the service, operation and applicant kind (documentCode set), and
 * for the per-region service 1 the field region ALMATY. {@link #subtypes}, {@link #document}, {@link #noDocuments} and
 * {@link #field field("region", …)} replace these defaults.
 */
public final class ApplicationBuilder {

    /** Payload namespace of E-licensing. */
    public static final String NS = "urn:kz:elicensing:v1";

    private record Obj(String address, String description) {}

    private record Attachment(String fileName, String mediaType, byte[] content, String documentCode) {}

    /** The first subtype of each service in the catalog (V40), the default of an application of that service. */
    private static final Map<String, String> DEFAULT_SUBTYPE = Map.of(
            "SECURITY_ACTIVITY", "SECURITY_GUARD",
            "PRIVATE_BAILIFF", "ENFORCEMENT",
            "PESTICIDE_SALE", "PESTICIDE_SALE",
            "VETERINARY", "VET_TREATMENT",
            "GRAIN_WAREHOUSE", "GRAIN_RECEIPTS",
            "PESTICIDE_FUMIGATION", "AEROSOL",
            "PESTICIDE_PRODUCTION", "FORMULATION",
            "TRAINING_CENTER", "GUARD_TRAINING");

    /**
     * The mandatory documents of the catalog (V40) by "service operation", each "CODE" (every applicant) or
     * "CODE:LEGAL_ENTITY" / "CODE:INDIVIDUAL" (that kind only).
     */
    private static final Map<String, List<String>> MANDATORY_DOCUMENTS = Map.ofEntries(
            Map.entry("SECURITY_ACTIVITY ISSUE", List.of("CHARTER:LEGAL_ENTITY", "HEAD_TRAINING_CERTIFICATE")),
            Map.entry(
                    "PRIVATE_BAILIFF ISSUE",
                    List.of("LAW_DEGREE", "WORK_RECORD", "EXAM_CERTIFICATE", "MEDICAL_CERTIFICATE")),
            Map.entry("PESTICIDE_SALE ISSUE", List.of("WAREHOUSE", "SPECIALIST_DIPLOMA")),
            Map.entry("VETERINARY ISSUE", List.of("VET_DIPLOMA", "PREMISES", "CHARTER:LEGAL_ENTITY")),
            Map.entry("GRAIN_WAREHOUSE ISSUE", List.of("ELEVATOR_TITLE", "LABORATORY_CERTIFICATE", "GUARANTEE_FUND")),
            Map.entry("PESTICIDE_FUMIGATION ISSUE", List.of("SPECIALIST_DIPLOMA", "EQUIPMENT", "WAREHOUSE")),
            Map.entry(
                    "PESTICIDE_PRODUCTION ISSUE",
                    List.of("PRODUCTION_BASE", "SPECIALIST_DIPLOMA", "SANITARY_CONCLUSION")),
            Map.entry("TRAINING_CENTER ISSUE", List.of("CHARTER", "TRAINING_BASE", "TEACHING_STAFF", "CURRICULUM")));

    /** The services whose provider is the region's own: the application names its region (field "region"). */
    private static final List<String> PER_REGION = List.of("SECURITY_ACTIVITY");

    /** A minimal PDF, the default content of a document's attachment. */
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

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
    private final List<String> subtypes = new ArrayList<>();
    private boolean subtypesGiven;
    private boolean documentsGiven;
    private boolean regionGiven;
    private final List<Obj> objects = new ArrayList<>(
            List.of(new Obj("Қазақстан, Алматы қ., Абай даңғылы, 150, 12 кеңсе", "Офис охранной организации")));
    private String paymentReference = "PAY-DEMO-0001";
    private String paymentAmount = PaymentRegistry.DEMO_AMOUNT.toPlainString();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private Attachment paymentReceipt;

    /**
     * Demo defaults: SECURITY_ACTIVITY / ISSUE / ru in region ALMATY, applicant the demo company, subtype SECURITY_GUARD,
     * the mandatory documents attached, PAY-DEMO-0001.
     */
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
        subtypesGiven = true;
        subtypes.clear();
        subtypes.addAll(List.of(codes));
        return this;
    }

    /** Adds a subtype to the service's default one (or to those given). */
    public ApplicationBuilder addSubtype(String code) {
        if (!subtypesGiven) {
            subtypes.clear();
            subtypes.add(DEFAULT_SUBTYPE.getOrDefault(service, "SECURITY_GUARD"));
            subtypesGiven = true;
        }
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
        if ("region".equals(name)) {
            regionGiven = true;
        }
        if (value == null) {
            fields.remove(name);
        } else {
            fields.put(name, value);
        }
        return this;
    }

    /** The region of a per-region service's application (field "region"); null: none. */
    public ApplicationBuilder region(String code) {
        return field("region", code);
    }

    public ApplicationBuilder clearFields() {
        regionGiven = true;
        fields.clear();
        return this;
    }

    /**
     * Attaches a scanned payment receipt (Reg. 000 §2.2(6)) instead of a payment at the payment gateway: the payment's
     * reference is then the receipt's number. Its sha256 (hex) and base64 content are computed here.
     */
    public ApplicationBuilder paymentReceipt(String fileName, String mediaType, byte[] content) {
        this.paymentReceipt = new Attachment(fileName, mediaType, content.clone(), null);
        return this;
    }

    /** Adds an attachment; its sha256 (hex) and base64 content are computed here. */
    public ApplicationBuilder attachment(String fileName, String mediaType, byte[] content) {
        attachments.add(new Attachment(fileName, mediaType, content.clone(), null));
        return this;
    }

    /**
     * Attaches a file as one of the catalog's documents (Attachment@documentCode); the first call replaces the default
     * attachments of the mandatory documents.
     */
    public ApplicationBuilder document(String documentCode, String fileName, String mediaType, byte[] content) {
        documentsGiven = true;
        attachments.add(new Attachment(fileName, mediaType, content.clone(), documentCode));
        return this;
    }

    /** Attaches a small PDF as the catalog's document {@code documentCode}. */
    public ApplicationBuilder document(String documentCode) {
        return document(documentCode, documentCode.toLowerCase(Locale.ROOT) + ".pdf", "application/pdf", PDF);
    }

    /** Attaches no catalog document (the default attachments are left out too). */
    public ApplicationBuilder noDocuments() {
        documentsGiven = true;
        attachments.removeIf(a -> a.documentCode() != null);
        return this;
    }

    /** The mandatory documents the catalog asks of this service, operation and applicant kind. */
    public List<String> mandatoryDocuments() {
        String kind = legalEntity != null ? "LEGAL_ENTITY" : "INDIVIDUAL";
        List<String> codes = new ArrayList<>();
        if ("REISSUE".equals(operation) && DEFAULT_SUBTYPE.containsKey(service) && !"TRAINING_CENTER".equals(service)) {
            codes.add("REISSUE_GROUNDS"); // every license service's re-issue: the document showing its ground
        }
        for (String d : MANDATORY_DOCUMENTS.getOrDefault(service + " " + operation, List.of())) {
            int colon = d.indexOf(':');
            if (colon < 0 || d.substring(colon + 1).equals(kind)) {
                codes.add(colon < 0 ? d : d.substring(0, colon));
            }
        }
        return codes;
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
        List<String> asked =
                subtypesGiven ? subtypes : List.of(DEFAULT_SUBTYPE.getOrDefault(service, "SECURITY_GUARD"));
        for (String s : asked) {
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
        if (paymentReceipt != null) {
            Element e = text(payment, "receipt", Base64.getEncoder().encodeToString(paymentReceipt.content()));
            e.setAttributeNS(null, "fileName", paymentReceipt.fileName());
            e.setAttributeNS(null, "mediaType", paymentReceipt.mediaType());
            e.setAttributeNS(null, "sha256", sha256Hex(paymentReceipt.content()));
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (!regionGiven && PER_REGION.contains(service)) {
            form.put("region", "ALMATY");
        }
        if (!form.isEmpty()) {
            Element fs = child(root, "fields");
            for (Map.Entry<String, String> f : form.entrySet()) {
                Element e = text(fs, "field", f.getValue());
                e.setAttributeNS(null, "name", f.getKey());
            }
        }
        List<Attachment> files = new ArrayList<>(attachments);
        if (!documentsGiven) {
            for (String code : mandatoryDocuments()) {
                files.add(new Attachment(code.toLowerCase(Locale.ROOT) + ".pdf", "application/pdf", PDF, code));
            }
        }
        if (!files.isEmpty()) {
            Element as = child(root, "attachments");
            for (Attachment a : files) {
                Element e = text(as, "attachment", Base64.getEncoder().encodeToString(a.content()));
                e.setAttributeNS(null, "fileName", a.fileName());
                e.setAttributeNS(null, "mediaType", a.mediaType());
                e.setAttributeNS(null, "sha256", sha256Hex(a.content()));
                if (a.documentCode() != null) {
                    e.setAttributeNS(null, "documentCode", a.documentCode());
                }
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
