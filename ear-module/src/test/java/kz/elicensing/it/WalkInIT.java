package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import kz.elicensing.sandbox.registry.IndividualRegistry;
import kz.elicensing.sandbox.registry.LegalEntityRegistry;
import kz.elicensing.sandbox.xml.VerifiedSignature;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Channel 2 end to end (Reg. 000 §2.3, 002 §7, 004 §7): the officer's look-up fills the applicant from GBD FL / GBD UL
 * through the sandbox's ShEP gateway; an unknown applicant gets the regulation's message; registration with paper
 * documents and a scan, over SOAP and over the officer's API (/api/officer/walk-in); the decision (a signed license); the provider boundary;
 * the head's re-assignment; a walk-in re-issue and duplicate naming the base license; service 8 refused (portal only).
 */
@ExtendWith(ArquillianExtension.class)
class WalkInIT {
    static final String LOOKUP = "ELICENSE_LookupApplicant";
    static final String REGISTER = "ELICENSE_RegisterWalkIn";
    static final String NS = "urn:kz:elicensing:v1";
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @BeforeAll
    static void sandbox() {
        ItEnvironment.sandbox();
    }

    static String lookup(String officer, String service, String kind, String id) {
        return lookup(officer, service, "ISSUE", kind, id);
    }

    static String lookup(String officer, String service, String operation, String kind, String id) {
        return "<LookupApplicantRequest xmlns=\"" + NS + "\"><officer>" + officer + "</officer><service>" + service
                + "</service><operation>" + operation + "</operation><applicantKind>" + kind
                + "</applicantKind><applicantId>" + id + "</applicantId></LookupApplicantRequest>";
    }

    /** A legal entity's walk-in of any service and operation (a re-issue or duplicate naming its base license). */
    static String registerOn(
            String officer,
            String service,
            String operation,
            String base,
            String bin,
            String payment,
            List<String> docs) {
        StringBuilder x = new StringBuilder("<RegisterWalkInRequest xmlns=\"" + NS + "\"><officer>" + officer
                + "</officer><requestId>" + UUID.randomUUID() + "</requestId><service>" + service + "</service>"
                + "<operation>" + operation + "</operation>"
                + (base == null ? "" : "<baseLicenseNumber>" + base + "</baseLicenseNumber>")
                + "<language>ru</language><applicantKind>LEGAL_ENTITY</applicantKind><applicantId>" + bin
                + "</applicantId><paymentReference>" + payment + "</paymentReference>");
        docs.forEach(d -> x.append("<presentedDocument>").append(d).append("</presentedDocument>"));
        return x.append("</RegisterWalkInRequest>").toString();
    }

    static long applicationsPaidWith(String payment) throws Exception {
        try (Connection db = ItEnvironment.database();
                PreparedStatement q =
                        db.prepareStatement("SELECT COUNT(*) FROM application WHERE payment_reference = ?")) {
            q.setString(1, payment);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String register(String officer, String bin, String payment, List<String> docs, String scanDoc, byte[] scan) {
        StringBuilder x = new StringBuilder("<RegisterWalkInRequest xmlns=\"" + NS + "\"><officer>" + officer
                + "</officer><requestId>" + UUID.randomUUID() + "</requestId><service>SECURITY_ACTIVITY</service>"
                + "<operation>ISSUE</operation><language>ru</language><applicantKind>LEGAL_ENTITY</applicantKind><applicantId>"
                + bin + "</applicantId><paymentReference>" + payment + "</paymentReference>");
        docs.forEach(d -> x.append("<presentedDocument>").append(d).append("</presentedDocument>"));
        if (scan != null) {
            x.append("<scan><documentCode>")
                    .append(scanDoc)
                    .append("</documentCode><fileName>устав.pdf</fileName><content>")
                    .append(Base64.getEncoder().encodeToString(scan))
                    .append("</content></scan>");
        }
        return x.append("</RegisterWalkInRequest>").toString();
    }

    /** The codes of the mandatory documents the look-up answer lists. */
    static List<String> mandatory(String applicantData) {
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile(
                        "<(?:\\w+:)?code>([^<]*)</(?:\\w+:)?code>\\s*<(?:\\w+:)?nameRu>[^<]*</(?:\\w+:)?nameRu>\\s*"
                                + "<(?:\\w+:)?nameKz>[^<]*</(?:\\w+:)?nameKz>\\s*<(?:\\w+:)?mandatory>true<")
                .matcher(applicantData);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    @Test
    void theLookUpFillsAnIndividualFromGbdFlThroughTheGateway() {
        SendResult r = ItEnvironment.officeOf("agri1")
                .send(LOOKUP, lookup("agri1", "VETERINARY", "INDIVIDUAL", DemoIdentities.PERSON_IIN), "ru");
        assertEquals("GBD_FL", ItEnvironment.element(r.dataXml(), "registry"));
        assertEquals("ҒАБИТОВ ІЛИЯС ӘДІЛҰЛЫ", ItEnvironment.element(r.dataXml(), "nameRu"));
        assertEquals("1975-11-02", ItEnvironment.element(r.dataXml(), "birthDate"));
        // every service has its paper documents in the catalog (V40), those of the applicant's kind only
        assertEquals(List.of("VET_DIPLOMA", "PREMISES"), mandatory(r.dataXml()), "veterinary, an individual");
        assertTrue(
                ItEnvironment.sandbox().adminClient().journal().stream()
                        .anyMatch(e ->
                                "GBDFL_UniversalServiceSync".equals(e.serviceId()) && "SUCCESS".equals(e.outcome())),
                "asked of GBD FL through the sandbox's ShEP gateway");
    }

    @Test
    void anUnknownOrDeceasedPersonGetsTheRegulationsMessageInBothLanguages() {
        for (String iin : List.of(IndividualRegistry.ABSENT_IIN, IndividualRegistry.DECEASED_IIN)) {
            ShepFaultException f = assertThrows(
                    ShepFaultException.class,
                    () -> ItEnvironment.officeOf("agri1")
                            .send(LOOKUP, lookup("agri1", "VETERINARY", "INDIVIDUAL", iin), "ru"));
            assertEquals("APPLICANT_NOT_FOUND", f.errorCode());
            assertEquals(
                    "Невозможно получить данные в связи с отсутствием данных потребителя в ГБД ФЛ.", f.errorMessage());
            assertEquals(
                    "Тұтынушы туралы деректер ЖТ МДБ болмауына байланысты деректерді алу мүмкін емес.", f.errorData());
        }
        ShepFaultException ul = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.officeOf("officer1")
                        .send(
                                LOOKUP,
                                lookup("officer1", "SECURITY_ACTIVITY", "LEGAL_ENTITY", LegalEntityRegistry.ABSENT_BIN),
                                "ru"));
        assertEquals("APPLICANT_NOT_FOUND", ul.errorCode());
        assertTrue(ul.errorMessage().contains("ГБД ЮЛ"), ul.errorMessage());
        assertTrue(ul.errorData().contains("ЗТ МДБ"), ul.errorData());
    }

    @Test
    void aRegistryThatDoesNotAnswerIsUpstreamUnavailable() {
        var admin = ItEnvironment.sandbox().adminClient();
        admin.setFault("GbdulInfoByBin_v2", FaultSpec.http500());
        try {
            ShepFaultException f = assertThrows(
                    ShepFaultException.class,
                    () -> ItEnvironment.officeOf("officer1")
                            .send(
                                    LOOKUP,
                                    lookup("officer1", "SECURITY_ACTIVITY", "LEGAL_ENTITY", DemoIdentities.COMPANY_BIN),
                                    "kk"));
            assertEquals("UPSTREAM_UNAVAILABLE", f.errorCode());
            assertTrue(f.errorMessage().contains("ГБД ФЛ/ГБД ЮЛ через ШЭП временно недоступна"), f.errorMessage());
            assertTrue(f.errorData().contains("уақытша қолжетімсіз"), f.errorData());
        } finally {
            admin.clearFault("GbdulInfoByBin_v2");
        }
    }

    @Test
    void theCallerMustNameAnOfficerOfTheServicesProviderAndHoldTheRight() {
        ShepFaultException other = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.officeOf("agri1")
                        .send(
                                LOOKUP,
                                lookup("agri1", "SECURITY_ACTIVITY", "LEGAL_ENTITY", DemoIdentities.COMPANY_BIN),
                                "ru"));
        assertEquals("OFFICER_NOT_ALLOWED", other.errorCode());
        ShepFaultException nobody = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.officeOf("no-such-officer")
                        .send(
                                LOOKUP,
                                lookup(
                                        "no-such-officer",
                                        "SECURITY_ACTIVITY",
                                        "LEGAL_ENTITY",
                                        DemoIdentities.COMPANY_BIN),
                                "ru"));
        assertEquals("OFFICER_NOT_ALLOWED", nobody.errorCode());
        PortalClient pep = ItEnvironment.pep();
        ShepFaultException noRight = assertThrows(
                ShepFaultException.class,
                () -> pep.send(
                        LOOKUP,
                        lookup("officer1", "SECURITY_ACTIVITY", "LEGAL_ENTITY", DemoIdentities.COMPANY_BIN),
                        "ru"));
        assertEquals("SENDER_NOT_ALLOWED", noRight.errorCode());
    }

    @Test
    void overSoapOnlyAProvidersOwnSystemActsAndOnlyForItsOwnOfficers() throws Exception {
        String payment = ItEnvironment.freshPayment(DemoIdentities.COMPANY_BIN);
        String lookUp = lookup("officer1", "SECURITY_ACTIVITY", "LEGAL_ENTITY", DemoIdentities.COMPANY_BIN);
        String walkIn = register("officer1", DemoIdentities.COMPANY_BIN, payment, List.of("CHARTER"), null, null);
        // the agriculture office's system cannot act as the police department's officer1
        for (String[] call : List.of(new String[] {LOOKUP, lookUp}, new String[] {REGISTER, walkIn})) {
            ShepFaultException f = assertThrows(
                    ShepFaultException.class, () -> ItEnvironment.officeAgri().send(call[0], call[1], "ru"));
            assertEquals("OFFICER_NOT_ALLOWED", f.errorCode(), call[0]);
            // the portal is an integration, not an officer: it holds no walk-in right
            ShepFaultException portal = assertThrows(
                    ShepFaultException.class, () -> ItEnvironment.portal().send(call[0], call[1], "ru"));
            assertEquals("SENDER_NOT_ALLOWED", portal.errorCode(), call[0]);
        }
        // a sender granted the walk-in serviceIds but bound to no provider is refused too
        String id = "WALKIN_UNBOUND_" + System.nanoTime();
        ItEnvironment.ScriptRun registered = ItEnvironment.adminScript(
                "senders.sh",
                "register",
                id,
                "unbound-demo-pass",
                DemoIdentities.PORTAL_BIN,
                DemoIdentities.PORTAL_CN,
                LOOKUP,
                REGISTER);
        assertEquals(0, registered.exit(), registered.output());
        PortalClient unbound = ItEnvironment.client(id, "unbound-demo-pass");
        assertEquals(
                "SENDER_NOT_ALLOWED",
                assertThrows(ShepFaultException.class, () -> unbound.send(REGISTER, walkIn, "ru"))
                        .errorCode());
        assertEquals(0, applicationsPaidWith(payment), "nothing stored for any refusal");
    }

    @Test
    void overSoapAWalkInIsRegisteredWithPaperDocumentsAndAScanThenChecked() throws Exception {
        SendResult data = ItEnvironment.officeOf("officer1")
                .send(
                        LOOKUP,
                        lookup("officer1", "SECURITY_ACTIVITY", "LEGAL_ENTITY", DemoIdentities.COMPANY_BIN),
                        "ru");
        assertEquals("GBD_UL", ItEnvironment.element(data.dataXml(), "registry"));
        assertEquals(
                "Товарищество с ограниченной ответственностью «Қорғау-Сервис»",
                ItEnvironment.element(data.dataXml(), "nameRu"));
        assertEquals(DemoIdentities.COMPANY_HEAD_IIN, ItEnvironment.element(data.dataXml(), "leaderIin"));
        List<String> mandatory = mandatory(data.dataXml());
        assertFalse(mandatory.isEmpty(), "the catalog lists mandatory documents: " + data.dataXml());
        String payment = ItEnvironment.freshPayment(DemoIdentities.COMPANY_BIN);

        ShepFaultException incomplete = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.officeOf("officer1")
                        .send(
                                REGISTER,
                                register("officer1", DemoIdentities.COMPANY_BIN, payment, List.of(), null, null),
                                "ru"));
        assertEquals("DOCUMENTS_INCOMPLETE", incomplete.errorCode());
        assertTrue(incomplete.errorMessage().contains(mandatory.get(0)), incomplete.errorMessage());
        ShepFaultException badScan = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.officeOf("officer1")
                        .send(
                                REGISTER,
                                register(
                                        "officer1",
                                        DemoIdentities.COMPANY_BIN,
                                        payment,
                                        mandatory,
                                        mandatory.get(0),
                                        "<html>not a scan</html>".getBytes(StandardCharsets.UTF_8)),
                                "ru"));
        assertEquals("SCAN_REJECTED", badScan.errorCode());

        SendResult receipt = ItEnvironment.officeOf("officer1")
                .send(
                        REGISTER,
                        register("officer1", DemoIdentities.COMPANY_BIN, payment, mandatory, mandatory.get(0), PDF),
                        "ru");
        String number = ItEnvironment.element(receipt.dataXml(), "applicationNumber");
        assertNotNull(number, receipt.dataXml());
        assertNotNull(ItEnvironment.element(receipt.dataXml(), "deadline"));
        ItEnvironment.awaitStatus(number, "IN_REVIEW", Duration.ofSeconds(60));

        try (Connection db = ItEnvironment.database();
                PreparedStatement q =
                        db.prepareStatement("SELECT a.channel, a.signer_iin, a.paper_documents, a.sender_id,"
                                + " s.content_type, s.sha256, s.size_bytes FROM application a JOIN application_scan s"
                                + " ON s.application_id = a.id WHERE a.app_number = ?")) {
            q.setString(1, number);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "one scan stored");
                assertEquals("OFFICER", rs.getString(1));
                assertNull(rs.getString(2), "no applicant signature on a walk-in application");
                assertEquals(String.join(",", mandatory), rs.getString(3));
                assertEquals("officer1", rs.getString(4));
                assertEquals("application/pdf", rs.getString(5));
                assertEquals(
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)),
                        rs.getString(6));
                assertEquals(PDF.length, rs.getLong(7));
                assertFalse(rs.next());
            }
        }
        // nothing half-stored from the refused attempts: one application under this payment reference
        try (Connection db = ItEnvironment.database();
                PreparedStatement q =
                        db.prepareStatement("SELECT COUNT(*) FROM application WHERE payment_reference = ?")) {
            q.setString(1, payment);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getLong(1));
            }
        }
    }

    /** The codes of the documents a look-up answer of the API lists (mandatory only, or all). */
    static List<String> documentCodes(JsonObject applicant, boolean mandatoryOnly) {
        return applicant.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .filter(d -> !mandatoryOnly || d.getBoolean("mandatory"))
                .map(d -> d.getString("code"))
                .toList();
    }

    @Test
    void onTheOfficerApiAWalkInIsRegisteredAssignedAndDecidedWithinTheProviderOnly() throws Exception {
        ApiClient api1 = ApiClient.signIn("officer1", "officer-demo-pass");
        HttpResponse<String> offered = api1.get("api/officer/walk-in/services");
        assertEquals(200, offered.statusCode(), offered.body());
        List<JsonObject> services = ((JsonArray) ApiClient.json(offered)).getValuesAs(JsonObject.class);
        List<String> codes = services.stream().map(o -> o.getString("code")).toList();
        assertTrue(codes.contains("SECURITY_ACTIVITY"), "the office's service is offered: " + codes);
        assertFalse(codes.contains("VETERINARY"), "another provider's service is not: " + codes);
        JsonObject security = services.get(codes.indexOf("SECURITY_ACTIVITY"));
        List<JsonObject> operations = security.getJsonArray("operations").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("ISSUE", "REISSUE", "DUPLICATE"),
                operations.stream().map(o -> o.getString("operation")).toList(),
                "the catalog's operations: " + security);
        assertFalse(operations.get(0).getBoolean("needsBaseLicense"));
        assertTrue(operations.get(1).getBoolean("needsBaseLicense"), "a re-issue names its base license");
        assertTrue(
                operations.get(0).getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                        .anyMatch(d -> "CHARTER".equals(d.getString("code")) && d.getBoolean("mandatory")),
                "the issue's documents, required ones marked: " + operations.get(0));

        // not in the registry: the regulation's message, in Russian and Kazakh, under its code
        HttpResponse<String> missing = api1.post(
                "api/officer/walk-in/lookup",
                Map.of("service", "SECURITY_ACTIVITY", "kind", "LEGAL_ENTITY", "id", LegalEntityRegistry.ABSENT_BIN));
        assertEquals(422, missing.statusCode(), missing.body());
        JsonObject notFound = ApiClient.object(missing);
        assertEquals("APPLICANT_NOT_FOUND", notFound.getString("code"));
        assertEquals(
                "Тұтынушы туралы деректер ЗТ МДБ болмауына байланысты деректерді алу мүмкін емес.",
                notFound.getString("messageKk"));

        HttpResponse<String> found = api1.post(
                "api/officer/walk-in/lookup",
                Map.of("service", "SECURITY_ACTIVITY", "kind", "LEGAL_ENTITY", "id", DemoIdentities.COMPANY_BIN));
        assertEquals(200, found.statusCode(), found.body());
        JsonObject applicant = ApiClient.object(found);
        assertEquals("GBD_UL", applicant.getString("registry"));
        assertEquals("Товарищество с ограниченной ответственностью «Қорғау-Сервис»", applicant.getString("nameRu"));
        assertEquals("«Қорғау-Сервис» жауапкершілігі шектеулі серіктестігі", applicant.getString("nameKz"));
        assertEquals(DemoIdentities.COMPANY_HEAD_IIN, applicant.getString("leaderIin"));
        List<String> docs = documentCodes(applicant, false);
        List<String> mandatory = documentCodes(applicant, true);
        assertFalse(mandatory.isEmpty(), "the catalog's documents to mark: " + applicant);
        String payment = ItEnvironment.freshPayment(DemoIdentities.COMPANY_BIN);
        String requestId = "WALKIN-" + UUID.randomUUID();
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("service", "SECURITY_ACTIVITY"),
                Map.entry("kind", "LEGAL_ENTITY"),
                Map.entry("id", DemoIdentities.COMPANY_BIN),
                Map.entry("requestId", requestId),
                Map.entry("paymentReference", payment)));
        List<ApiClient.FilePart> scan =
                List.of(new ApiClient.FilePart("scan-" + docs.get(0), "scan.pdf", "application/pdf", PDF));

        // a required document not presented, a scan that is not a scan: refused with the code, nothing stored
        HttpResponse<String> incomplete = api1.postMultipart("api/officer/walk-in", fields, scan);
        assertEquals(422, incomplete.statusCode(), incomplete.body());
        assertEquals("DOCUMENTS_INCOMPLETE", ApiClient.object(incomplete).getString("code"));
        assertTrue(ApiClient.object(incomplete).getString("messageRu").contains(mandatory.get(0)), incomplete.body());
        docs.forEach(d -> fields.add(Map.entry("doc", d)));
        HttpResponse<String> badScan = api1.postMultipart(
                "api/officer/walk-in",
                fields,
                List.of(new ApiClient.FilePart(
                        "scan-" + docs.get(0),
                        "scan.pdf",
                        "application/pdf",
                        "<html>not a scan</html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("SCAN_REJECTED", ApiClient.object(badScan).getString("code"), badScan.body());
        HttpResponse<String> noHeader =
                api1.send(HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + "api/officer/walk-in"))
                        .header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")));
        assertEquals(403, noHeader.statusCode(), "a change without X-Requested-By: " + noHeader.body());
        assertEquals(0, applicationsPaidWith(payment), "nothing stored for any refusal");

        HttpResponse<String> registered = api1.postMultipart("api/officer/walk-in", fields, scan);
        assertEquals(201, registered.statusCode(), registered.body());
        JsonObject receipt = ApiClient.object(registered);
        String number = receipt.getString("number");
        assertTrue(number.matches("EL-\\d{4}-\\d{8}"), number);
        assertNotNull(receipt.getString("deadline", null), registered.body());
        JsonObject received = receipt.getJsonArray("documents").getJsonObject(0);
        assertEquals(docs.get(0), received.getString("code"));
        assertEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)),
                received.getJsonObject("scan").getString("sha256"),
                "the receipt names the scan's hash");
        // sent again (the same requestId): the same application, not a second one
        HttpResponse<String> again = api1.postMultipart("api/officer/walk-in", fields, scan);
        assertEquals(number, ApiClient.object(again).getString("number"), again.body());
        assertEquals(1, applicationsPaidWith(payment));
        ItEnvironment.awaitStatus(number, "IN_REVIEW", Duration.ofSeconds(60));
        // the officer's entry (no applicant signature) is kept in the evidence log, naming the officer
        try (Connection db = ItEnvironment.database();
                // chained or still pending (the chainer runs every second)
                PreparedStatement q = db.prepareStatement("SELECT sender_id FROM evidence_entry"
                        + " WHERE app_number = ? AND kind = 'DOCUMENT' AND channel = 'WALK_IN'"
                        + " UNION ALL SELECT sender_id FROM evidence_pending"
                        + " WHERE app_number = ? AND kind = 'DOCUMENT' AND channel = 'WALK_IN'")) {
            q.setString(1, number);
            q.setString(2, number);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "walk-in entry in the evidence log");
                assertEquals("officer1", rs.getString(1));
            }
        }

        // another provider's officer may not register for this office's service
        ApiClient agriApi = ApiClient.signIn("agri1", "officer-demo-pass");
        HttpResponse<String> foreignLookup = agriApi.post(
                "api/officer/walk-in/lookup",
                Map.of("service", "SECURITY_ACTIVITY", "kind", "LEGAL_ENTITY", "id", DemoIdentities.COMPANY_BIN));
        assertEquals(403, foreignLookup.statusCode(), foreignLookup.body());
        assertEquals("OFFICER_NOT_ALLOWED", ApiClient.object(foreignLookup).getString("code"));

        // agri1 registers an individual's walk-in of its own office (GBD FL): it sees that one, not this office's
        String agriOwn = agriWalkIn(agriApi);
        ItEnvironment.awaitStatus(agriOwn, "IN_REVIEW", Duration.ofSeconds(60));

        // another provider's officer neither sees nor decides it (the case API: the same as a missing number)
        OfficerApi officer1 = OfficerApi.signIn("officer1", "officer-demo-pass");
        OfficerApi agri1 = OfficerApi.signIn("agri1", "officer-demo-pass");
        assertTrue(agri1.openNumbers().contains(agriOwn));
        assertFalse(agri1.openNumbers().contains(number));
        assertEquals(404, agri1.caseFile(number).statusCode());
        HttpResponse<String> foreign = agri1.approve(number);
        assertEquals(404, foreign.statusCode(), foreign.body());
        assertEquals("APPLICATION_NOT_FOUND", OfficerApi.code(foreign));

        // the head gives it to officer2: officer1 no longer sees or decides it
        OfficerApi head1 = OfficerApi.signIn("head1", "head-demo-pass");
        assertTrue(head1.openNumbers().contains(number));
        OfficerApi.done(head1.assign(number, "officer2"));
        HttpResponse<String> wrongOffice = head1.assign(number, "agri1");
        assertEquals("OFFICER_NOT_ALLOWED", OfficerApi.code(wrongOffice), wrongOffice.body());
        assertFalse(officer1.openNumbers().contains(number), "assigned to a colleague");
        HttpResponse<String> notMine = officer1.approve(number);
        assertEquals(404, notMine.statusCode(), notMine.body());
        OfficerApi officer2 = OfficerApi.signIn("officer2", "officer-demo-pass");
        assertTrue(officer2.openNumbers().contains(number));
        // officer1 may not assign (only the head)
        HttpResponse<String> notHead = officer1.assign(number, "officer1");
        assertEquals("OFFICER_NOT_ALLOWED", OfficerApi.code(notHead), notHead.body());

        // officer2 decides: a license signed by the provider's authorized person
        OfficerApi.done(officer2.approve(number));
        ItEnvironment.awaitStatus(number, "ISSUED", Duration.ofSeconds(5));
        SendResult res = ItEnvironment.readerOf(number).getResult(number);
        assertEquals("LICENSE", ItEnvironment.element(res.dataXml(), "kind"));
        String license = SignedApplicationFlowIT.unescape(ItEnvironment.element(res.dataXml(), "signedDocument"));
        VerifiedSignature verified =
                new XmlSignatureVerifier(ItEnvironment.sandbox().pki().caCertificate()).verify(license);
        assertEquals(ItEnvironment.sandbox().demo().providerSigner().certificate(), verified.signer());
        assertTrue(ItEnvironment.element(license, "licenseNumber").matches("KZ\\d{2}LAA\\d{8}"));

        // the history keeps who registered (the officer) and who assigned (the head) for the officers; the portal reads
        // the steps' roles only, never an officer's login (issue 13 item 9)
        String status = ItEnvironment.readerOf(number).getStatus(number).dataXml();
        assertTrue(status.contains("<actorRole>OFFICER</actorRole>"), status);
        assertFalse(status.contains("officer2") || status.contains("head1") || status.contains("assigned:"), status);
    }

    /** agri1's walk-in of an individual (veterinary) through the API, with the fee the catalog asks; its number. */
    private static String agriWalkIn(ApiClient agri) throws Exception {
        JsonObject veterinary = ((JsonArray) ApiClient.json(agri.get("api/officer/walk-in/services")))
                .getValuesAs(JsonObject.class).stream()
                        .filter(o -> "VETERINARY".equals(o.getString("code")))
                        .findFirst()
                        .orElseThrow();
        JsonObject issue = veterinary.getJsonArray("operations").getJsonObject(0);
        assertEquals("ISSUE", issue.getString("operation"));
        HttpResponse<String> found = agri.post(
                "api/officer/walk-in/lookup",
                Map.of("service", "VETERINARY", "kind", "INDIVIDUAL", "id", DemoIdentities.PERSON_IIN));
        assertEquals(200, found.statusCode(), found.body());
        JsonObject person = ApiClient.object(found);
        assertEquals("GBD_FL", person.getString("registry"));
        assertEquals("ҒАБИТОВ ІЛИЯС ӘДІЛҰЛЫ", person.getString("nameKz"));
        assertEquals("1975-11-02", person.getString("birthDate"));
        assertEquals(List.of("VET_DIPLOMA", "PREMISES"), documentCodes(person, true), "an individual's documents");
        String payment = "PAY-IT-" + UUID.randomUUID();
        ItEnvironment.sandbox()
                .payments()
                .pay(
                        payment,
                        DemoIdentities.PERSON_IIN,
                        issue.getJsonNumber("fee").bigDecimalValue());
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("service", "VETERINARY"),
                Map.entry("kind", "INDIVIDUAL"),
                Map.entry("id", DemoIdentities.PERSON_IIN),
                Map.entry("language", "kk"),
                Map.entry("paymentReference", payment)));
        documentCodes(person, true).forEach(d -> fields.add(Map.entry("doc", d)));
        HttpResponse<String> registered = agri.postMultipart("api/officer/walk-in", fields, List.of());
        assertEquals(201, registered.statusCode(), registered.body());
        JsonObject receipt = ApiClient.object(registered);
        assertEquals("ҒАБИТОВ ІЛИЯС ӘДІЛҰЛЫ", receipt.getString("applicantName"));
        return receipt.getString("number");
    }

    @Test
    void theWalkInReissuesAndDuplicatesTheLicenseItsNumberNames() throws Exception {
        FreshCompany company = FreshCompany.registeredAndPaid();
        String base = LicenseRegistryIT.decided(
                LicenseRegistryIT.submit(company, "ISSUE", null, company.paymentReference(), FreshCompany.FEE));
        String reissueApp = walkIn(company, "REISSUE", base, new BigDecimal("1966.00"));
        String second = LicenseRegistryIT.decided(reissueApp);
        assertNotEquals(base, second);
        String replaced = LicenseRegistryIT.verify(base);
        assertEquals("REISSUED", ItEnvironment.element(replaced, "status"));
        assertEquals(second, ItEnvironment.element(replaced, "reissuedAs"));
        String record = LicenseRegistryIT.verify(second);
        assertEquals(base, ItEnvironment.element(record, "reissueOf"));
        assertEquals(company.bin(), ItEnvironment.element(LicenseRegistryIT.licensee(record), "id"));
        assertEquals(
                LicenseRegistryIT.objects(replaced),
                LicenseRegistryIT.objects(record),
                "the walk-in names no objects: the base's carry over");

        String duplicateApp = walkIn(company, "DUPLICATE", second, FreshCompany.FEE);
        assertEquals(second, LicenseRegistryIT.decided(duplicateApp));
        String duplicate = LicenseRegistryIT.signedResult(duplicateApp);
        assertEquals(second, ItEnvironment.element(duplicate, "licenseNumber"));
        assertEquals("true", ItEnvironment.element(duplicate, "duplicate"));

        // the replaced base is not re-issued again, and nothing is stored for the refusal
        String payment = LicenseRegistryIT.pay(company, new BigDecimal("1966.00"));
        ShepFaultException again = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.officeOf("officer1")
                        .send(
                                REGISTER,
                                registerOn(
                                        "officer1",
                                        "SECURITY_ACTIVITY",
                                        "REISSUE",
                                        base,
                                        company.bin(),
                                        payment,
                                        documents(company, "REISSUE")),
                                "ru"));
        assertEquals("OPERATION_NOT_ALLOWED", again.errorCode(), again.errorMessage());
        // the same over the officer's API: a re-issue names its base license, and the replaced one is refused
        ApiClient api = ApiClient.signIn("officer1", "officer-demo-pass");
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("service", "SECURITY_ACTIVITY"),
                Map.entry("operation", "REISSUE"),
                Map.entry("kind", "LEGAL_ENTITY"),
                Map.entry("id", company.bin()),
                Map.entry("paymentReference", payment)));
        documents(company, "REISSUE").forEach(d -> fields.add(Map.entry("doc", d)));
        HttpResponse<String> unnamed = api.postMultipart("api/officer/walk-in", fields, List.of());
        assertEquals("SCHEMA_VIOLATION", ApiClient.object(unnamed).getString("code"), unnamed.body());
        fields.add(Map.entry("baseLicenseNumber", base));
        HttpResponse<String> ofReplaced = api.postMultipart("api/officer/walk-in", fields, List.of());
        assertEquals(403, ofReplaced.statusCode(), ofReplaced.body());
        assertEquals("OPERATION_NOT_ALLOWED", ApiClient.object(ofReplaced).getString("code"), ofReplaced.body());
        assertEquals(0, applicationsPaidWith(payment));
    }

    /** Registers the company's walk-in re-issue or duplicate of {@code base}, paid; returns the application number. */
    private static String walkIn(FreshCompany company, String operation, String base, BigDecimal fee) {
        SendResult receipt = ItEnvironment.officeOf("officer1")
                .send(
                        REGISTER,
                        registerOn(
                                "officer1",
                                "SECURITY_ACTIVITY",
                                operation,
                                base,
                                company.bin(),
                                LicenseRegistryIT.pay(company, fee),
                                documents(company, operation)),
                        "ru");
        String number = ItEnvironment.element(receipt.dataXml(), "applicationNumber");
        assertNotNull(number, receipt.dataXml());
        return number;
    }

    /** The mandatory documents the look-up lists for this operation. */
    private static List<String> documents(FreshCompany company, String operation) {
        return mandatory(ItEnvironment.officeOf("officer1")
                .send(LOOKUP, lookup("officer1", "SECURITY_ACTIVITY", operation, "LEGAL_ENTITY", company.bin()), "ru")
                .dataXml());
    }

    @Test
    void service8IsPortalOnlyTheWalkInRefusesItWithItsOwnCodeAndStoresNothing() throws Exception {
        String payment = ItEnvironment.freshPayment(DemoIdentities.COMPANY_BIN);
        ShepFaultException refused = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.officeOf("mvd1")
                        .send(
                                REGISTER,
                                registerOn(
                                        "mvd1",
                                        "TRAINING_CENTER",
                                        "ISSUE",
                                        null,
                                        DemoIdentities.COMPANY_BIN,
                                        payment,
                                        List.of()),
                                "ru"));
        assertEquals("PORTAL_ONLY_SERVICE", refused.errorCode(), refused.errorMessage());
        assertTrue(refused.errorMessage().contains("только через портал"), refused.errorMessage());
        assertEquals(0, applicationsPaidWith(payment), "nothing stored");
        ShepFaultException lookUp = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.officeOf("mvd1")
                        .send(
                                LOOKUP,
                                lookup("mvd1", "TRAINING_CENTER", "LEGAL_ENTITY", DemoIdentities.COMPANY_BIN),
                                "kk"));
        assertEquals("PORTAL_ONLY_SERVICE", lookUp.errorCode());
        ApiClient mvd1 = ApiClient.signIn("mvd1", "officer-demo-pass");
        HttpResponse<String> offered = mvd1.get("api/officer/walk-in/services");
        assertEquals(200, offered.statusCode(), offered.body());
        assertFalse(
                offered.body().contains("\"TRAINING_CENTER\""),
                "the office is not offered service 8: " + offered.body());
        HttpResponse<String> apiLookUp = mvd1.post(
                "api/officer/walk-in/lookup",
                Map.of("service", "TRAINING_CENTER", "kind", "LEGAL_ENTITY", "id", DemoIdentities.COMPANY_BIN));
        assertEquals("PORTAL_ONLY_SERVICE", ApiClient.object(apiLookUp).getString("code"), apiLookUp.body());
        HttpResponse<String> apiRegister = mvd1.postMultipart(
                "api/officer/walk-in",
                List.of(
                        Map.entry("service", "TRAINING_CENTER"),
                        Map.entry("kind", "LEGAL_ENTITY"),
                        Map.entry("id", DemoIdentities.COMPANY_BIN),
                        Map.entry("paymentReference", payment)),
                List.of());
        assertEquals("PORTAL_ONLY_SERVICE", ApiClient.object(apiRegister).getString("code"), apiRegister.body());
        assertEquals(0, applicationsPaidWith(payment), "nothing stored");
    }
}
