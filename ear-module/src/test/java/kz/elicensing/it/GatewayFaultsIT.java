package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.elicensing.sandbox.admin.AdminClient;
import kz.elicensing.sandbox.gateway.GatewayEndpoint;
import kz.elicensing.sandbox.gateway.fault.FaultKind;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.gateway.journal.JournalEntry;
import kz.elicensing.sandbox.gateway.journal.JournalQuery;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * None lost, none doubled, whatever the gateway does (README, "Sandbox gateway: faults and call journal"). For every
 * fault of the sandbox's ShEP, on the registry (GbdulInfoByBin_v2, asked after registration through the outbox) and
 * the payment gateway (PEP_PaymentCheck, asked during intake, before registration):
 * <ul>
 *   <li>transient ({@code times(2)}): each submission that meets the payment gateway's fault is refused as
 *       UPSTREAM_UNAVAILABLE with nothing stored, and the resend of the same message gets through; the payment was asked
 *       three times under one messageId. The registry check is retried by the outbox under one messageId and the
 *       application reaches IN_REVIEW;</li>
 *   <li>permanent: on the payment gateway, every submission is UPSTREAM_UNAVAILABLE and no application exists; on the
 *       registry, the application moves to CHECK_FAILED, visible to the officer, after exactly
 *       {@code elicensing.outbox.max-attempts} calls, all under one messageId, and no call after that;</li>
 *   <li>{@code duplicate}: the gateway asks the service twice, E-licensing's effect happens once;</li>
 *   <li>{@code wrongCorrelation} and {@code otherSubject} (a signed SUCCESS answer to another message, or about another
 *       BIN or payment reference) count as no answer, exactly like an unreachable gateway: retried, never a fact.</li>
 * </ul>
 * Each application belongs to a company of its own (FreshCompany), so the journal entries of its BIN and its payment
 * reference are exactly its calls; and the status query by its BIN shows it is one application, with one step into
 * its final state. The IT servers run with short gateway timing (arquillian.xml: timeout, max-attempts, back-off base).
 */
@ExtendWith(ArquillianExtension.class)
class GatewayFaultsIT {
    private static final String REGISTRY = GatewayEndpoint.GBDUL_SERVICE;
    private static final String PAYMENTS = GatewayEndpoint.PAYMENT_CHECK_SERVICE;
    private static final String NONE = FaultKind.NONE.wireName();
    private static final int TRANSIENT = 2;
    /** How long an application may take to settle: max-attempts rounds of two calls running into the timeout, and more. */
    private static final Duration SETTLE = Duration.ofSeconds(90);

    private static final Duration IDLE = Duration.ofSeconds(120);

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    /** No fault, and no gateway call of anyone in flight: the faults set next meet this test's calls only. */
    @BeforeEach
    void quietGateway() throws Exception {
        admin().clearFaults();
        ItEnvironment.awaitOutboxIdle(IDLE);
    }

    @AfterEach
    void clearFaults() {
        admin().clearFaults();
    }

    @Test
    void http500IsRetriedUnderOneMessageIdThenGivenUp() throws Exception {
        transientThenPermanent(FaultSpec.http500());
    }

    @Test
    void aSoapFaultIsRetriedUnderOneMessageIdThenGivenUp() throws Exception {
        transientThenPermanent(FaultSpec.soapFault());
    }

    @Test
    void aMalformedAnswerIsRetriedUnderOneMessageIdThenGivenUp() throws Exception {
        transientThenPermanent(FaultSpec.malformed());
    }

    @Test
    void aWronglySignedAnswerIsRetriedUnderOneMessageIdThenGivenUp() throws Exception {
        transientThenPermanent(FaultSpec.wrongSignature());
    }

    @Test
    void aClosedConnectionIsRetriedUnderOneMessageIdThenGivenUp() throws Exception {
        transientThenPermanent(FaultSpec.down());
    }

    @Test
    void noAnswerIsATimeoutRetriedUnderOneMessageIdThenGivenUp() throws Exception {
        transientThenPermanent(FaultSpec.timeout());
    }

    @Test
    void anAnswerLaterThanTheTimeoutIsRetriedUnderOneMessageIdThenGivenUp() throws Exception {
        // the gateway does answer, but after E-licensing stopped waiting: the registry was asked, E-licensing asks
        // again
        transientThenPermanent(FaultSpec.delay(ItEnvironment.gatewayTimeout().plusSeconds(1)));
    }

    @Test
    void anAnswerToAnotherMessageIsRetriedUnderOneMessageIdThenGivenUp() throws Exception {
        // signed by the gateway and SUCCESS, but its correlationId is not the request's messageId
        transientThenPermanent(FaultSpec.wrongCorrelation());
    }

    @Test
    void anAnswerAboutAnotherSubjectIsRetriedUnderOneMessageIdThenGivenUp() throws Exception {
        // signed, SUCCESS and correlated, but about another BIN or payment reference than the one asked
        transientThenPermanent(FaultSpec.otherSubject());
    }

    /**
     * An answer about someone else would let the wrong application through: the registry names another company, found
     * and active, for a company it does not know; the payment gateway names another reference, paid, for a payment it
     * never saw. Neither is taken as a fact: the check is retried under its messageId, and the proper answers refuse.
     */
    @Test
    void anAnswerAboutAnotherCompanyOrPaymentIsNoFact() throws Exception {
        admin().setFault(REGISTRY, FaultSpec.otherSubject().times(TRANSIENT));
        Submitted unknown = submitThrough(FreshCompany.unknownToTheRegistry(), 0);
        assertEquals("REFUSED", awaitSettled(unknown));
        assertEquals("APPLICANT_NOT_FOUND", reasonCode(unknown));
        ItEnvironment.awaitOutboxIdle(IDLE);
        assertRetriedThenAnswered(callsUnderOneMessageId(unknown.registry()), FaultKind.OTHER_SUBJECT.wireName());
        assertOneApplicationWithOneStepInto(unknown, "REFUSED");
        List<String> history =
                all(ItEnvironment.portal().getStatus(unknown.number()).dataXml(), "status");
        assertTrue(!history.contains("IN_REVIEW"), "never moved on by the other company's record: " + history);

        admin().setFault(PAYMENTS, FaultSpec.otherSubject().times(TRANSIENT));
        FreshCompany unpaid = FreshCompany.unpaid();
        String messageId = UUID.randomUUID().toString();
        String signed = unpaid.signedApplication();
        for (int i = 0; i < TRANSIENT; i++) {
            assertUpstreamUnavailable(unpaid, messageId, signed);
        }
        SendResult refusal = send(messageId, signed);
        assertEquals("PAYMENT_NOT_FOUND", refusal.statusCode(), refusal.statusMessage());
        assertEquals(0, applicationsOf(unpaid));
        assertRetriedThenAnswered(paymentCalls(unpaid, messageId), FaultKind.OTHER_SUBJECT.wireName());
    }

    @Test
    void anAnswerWithinTheTimeoutIsJustSlow() throws Exception {
        FaultSpec slow = FaultSpec.delay(ItEnvironment.gatewayTimeout().dividedBy(4));
        admin().setFault(REGISTRY, slow);
        admin().setFault(PAYMENTS, slow);
        Submitted app = submitThrough(FreshCompany.registeredAndPaid(), 0);

        assertEquals("IN_REVIEW", awaitSettled(app));
        ItEnvironment.awaitOutboxIdle(IDLE);
        List<JournalEntry> registry = callsUnderOneMessageId(app.registry());
        assertEquals(1, registry.size(), "one call, not retried: " + lines(registry));
        assertEquals(1, answeredNormally(registry, slow.kind().wireName()), lines(registry));
        List<JournalEntry> payment = paymentCallsUnderOneMessageId(app);
        assertEquals(1, payment.size(), "one call, not repeated: " + lines(payment));
        assertEquals(1, answeredNormally(payment, slow.kind().wireName()), lines(payment));
        assertOneApplicationWithOneStepInto(app, "IN_REVIEW");
    }

    @Test
    void aDuplicatedCallHasOneEffect() throws Exception {
        admin().setFault(REGISTRY, FaultSpec.duplicate());
        admin().setFault(PAYMENTS, FaultSpec.duplicate());
        Submitted app = submitThrough(FreshCompany.registeredAndPaid(), 0);

        assertEquals("IN_REVIEW", awaitSettled(app));
        ItEnvironment.awaitOutboxIdle(IDLE);
        for (List<JournalEntry> calls :
                List.of(callsUnderOneMessageId(app.registry()), paymentCallsUnderOneMessageId(app))) {
            assertEquals(
                    2, calls.size(), "E-licensing called once, the gateway asked the service twice: " + lines(calls));
            assertTrue(
                    calls.stream()
                            .allMatch(e -> "duplicate".equals(e.fault()) && JournalEntry.SUCCESS.equals(e.outcome())),
                    lines(calls));
        }
        assertOneApplicationWithOneStepInto(app, "IN_REVIEW");
    }

    @Test
    void refusalsComeThroughTransientFaults() throws Exception {
        admin().setFault(REGISTRY, FaultSpec.http500().times(TRANSIENT));
        Submitted unknown = submitThrough(FreshCompany.unknownToTheRegistry(), 0);
        assertEquals("REFUSED", awaitSettled(unknown));
        assertEquals("APPLICANT_NOT_FOUND", reasonCode(unknown));
        ItEnvironment.awaitOutboxIdle(IDLE);
        assertRetriedThenAnswered(callsUnderOneMessageId(unknown.registry()), "http500");
        assertOneApplicationWithOneStepInto(unknown, "REFUSED");

        // the payment gateway fails twice, then says it never saw the payment: refused before registration
        admin().setFault(PAYMENTS, FaultSpec.soapFault().times(TRANSIENT));
        FreshCompany unpaid = FreshCompany.unpaid();
        String messageId = UUID.randomUUID().toString();
        String signed = unpaid.signedApplication();
        for (int i = 0; i < TRANSIENT; i++) {
            assertUpstreamUnavailable(unpaid, messageId, signed);
        }
        SendResult refusal = send(messageId, signed);
        assertEquals("PAYMENT_NOT_FOUND", refusal.statusCode(), refusal.statusMessage());
        assertEquals("false", ItEnvironment.element(refusal.dataXml(), "accepted"));
        assertEquals(0, applicationsOf(unpaid));
        assertRetriedThenAnswered(paymentCalls(unpaid, messageId), "soapFault");
    }

    /**
     * First the fault for the next two calls of each service: the submission is refused as UPSTREAM_UNAVAILABLE twice
     * (the payment is asked before registration), the third send of the same message gets through, and the registry
     * check is retried until it passes. Then the fault for good: on the payment gateway no submission gets through and
     * nothing is stored; on the registry the application waits for the officer in CHECK_FAILED, given up after
     * max-attempts calls.
     */
    private void transientThenPermanent(FaultSpec fault) throws Exception {
        String kind = fault.kind().wireName();
        admin().setFault(REGISTRY, fault.times(TRANSIENT));
        admin().setFault(PAYMENTS, fault.times(TRANSIENT));
        Submitted recovered = submitThrough(FreshCompany.registeredAndPaid(), TRANSIENT);
        assertEquals("IN_REVIEW", awaitSettled(recovered), "a transient " + kind + " is retried until it passes");
        ItEnvironment.awaitOutboxIdle(IDLE);
        assertRetriedThenAnswered(callsUnderOneMessageId(recovered.registry()), kind);
        assertRetriedThenAnswered(paymentCallsUnderOneMessageId(recovered), kind);
        assertOneApplicationWithOneStepInto(recovered, "IN_REVIEW");

        admin().setFault(PAYMENTS, fault);
        FreshCompany neverThrough = FreshCompany.registeredAndPaid();
        String messageId = UUID.randomUUID().toString();
        String signed = neverThrough.signedApplication();
        for (int i = 0; i < TRANSIENT; i++) {
            assertUpstreamUnavailable(neverThrough, messageId, signed);
        }
        List<JournalEntry> asked = paymentCalls(neverThrough, messageId);
        assertEquals(TRANSIENT, asked.size(), "one call per send: " + lines(asked));
        assertTrue(asked.stream().allMatch(e -> kind.equals(e.fault())), lines(asked));
        admin().setFault(PAYMENTS, FaultSpec.none());

        admin().setFault(REGISTRY, fault);
        Submitted failed = submitThrough(FreshCompany.registeredAndPaid(), 0);
        assertEquals("CHECK_FAILED", awaitSettled(failed), "a permanent " + kind + " ends with the officer");
        ItEnvironment.awaitOutboxIdle(IDLE);
        List<JournalEntry> calls = callsUnderOneMessageId(failed.registry());
        assertEquals(
                ItEnvironment.outboxMaxAttempts(), calls.size(), "max-attempts tries, then no more: " + lines(calls));
        assertTrue(calls.stream().allMatch(e -> kind.equals(e.fault())), lines(calls));
        assertOneApplicationWithOneStepInto(failed, "CHECK_FAILED");
        OfficerApi officer = OfficerApi.signIn("officer1", "officer-demo-pass");
        assertTrue(
                officer.worklist("status=CHECK_FAILED&limit=200").getJsonArray("rows").stream()
                        .anyMatch(r -> failed.number().equals(r.asJsonObject().getString("number"))),
                "the officer sees " + failed.number() + " with its failed check");
        assertTrue(officer.caseJson(failed.number()).getJsonObject("actions").getBoolean("retry"), "and may retry it");
    }

    /** {@value #TRANSIENT} calls met the fault, then one was answered normally: three calls, one messageId. */
    private static void assertRetriedThenAnswered(List<JournalEntry> calls, String kind) {
        assertEquals(TRANSIENT + 1, calls.size(), lines(calls));
        for (int i = 0; i < TRANSIENT; i++) {
            assertEquals(kind, calls.get(i).fault(), lines(calls));
        }
        assertEquals(1, answeredNormally(calls, NONE), "the last call, and only it, succeeded: " + lines(calls));
        assertEquals(NONE, calls.get(TRANSIENT).fault(), lines(calls));
    }

    /**
     * Sends the company's application under one messageId {@code faults + 1} times: each of the first {@code faults}
     * sends meets the payment gateway's fault and is refused as UPSTREAM_UNAVAILABLE with nothing stored; the last is
     * registered.
     */
    private static Submitted submitThrough(FreshCompany company, int faults) throws SQLException {
        String messageId = UUID.randomUUID().toString();
        String signed = company.signedApplication();
        for (int i = 0; i < faults; i++) {
            assertUpstreamUnavailable(company, messageId, signed);
        }
        SendResult receipt = send(messageId, signed);
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        return new Submitted(company, ItEnvironment.element(receipt.dataXml(), "applicationNumber"), messageId);
    }

    private static void assertUpstreamUnavailable(FreshCompany company, String messageId, String signed)
            throws SQLException {
        ShepFaultException fault = assertThrows(ShepFaultException.class, () -> send(messageId, signed));
        assertEquals("UPSTREAM_UNAVAILABLE", fault.errorCode(), fault.errorMessage());
        assertEquals(0, applicationsOf(company), "nothing stored while the payment cannot be asked");
    }

    private static SendResult send(String messageId, String signed) {
        return ItEnvironment.portal().send(messageId, PortalClient.SUBMIT_APPLICATION, signed, "ru");
    }

    private static long applicationsOf(FreshCompany company) throws SQLException {
        return ItEnvironment.countRows("SELECT COUNT(*) FROM application WHERE applicant_id = '" + company.bin() + "'");
    }

    /** The PEP_PaymentCheck calls about the company's payment reference: all under the one messageId intake derives. */
    private static List<JournalEntry> paymentCallsUnderOneMessageId(Submitted app) {
        return paymentCalls(app.company(), app.messageId());
    }

    private static List<JournalEntry> paymentCalls(FreshCompany company, String submissionMessageId) {
        JournalQuery query = JournalQuery.service(PAYMENTS).andBusinessKey(company.paymentReference());
        List<JournalEntry> calls = admin().journal(query);
        Map<String, Long> counts = admin().countsByMessageId(query);
        String expected = UUID.nameUUIDFromBytes(
                        ("payment-check\n" + PortalClient.PORTAL_SENDER + "\n" + submissionMessageId)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        assertEquals(
                Map.of(expected, (long) calls.size()),
                counts,
                "every send of one message asks under one messageId: " + lines(calls));
        return calls;
    }

    /**
     * Every call of one check carries one messageId, that of the check's one outbox row: a retry is the same message,
     * never a new one, and the check was queued once. Returns the calls, oldest first.
     */
    private static List<JournalEntry> callsUnderOneMessageId(Check check) throws SQLException {
        List<JournalEntry> calls = check.calls();
        Map<String, Long> counts = admin().countsByMessageId(check.query());
        assertEquals(1, counts.size(), check + ": one messageId per check: " + lines(calls));
        String messageId = counts.keySet().iterator().next();
        assertEquals(calls.size(), counts.get(messageId), lines(calls));
        assertEquals(List.of(messageId), check.outboxMessageIds(), check + ": its one outbox row's messageId");
        return calls;
    }

    /** Calls that got the normal answer, carried out with the given fault ("none", "delay", "duplicate"). */
    private static long answeredNormally(List<JournalEntry> calls, String fault) {
        return calls.stream()
                .filter(e -> fault.equals(e.fault()) && JournalEntry.SUCCESS.equals(e.outcome()))
                .count();
    }

    /** One application for the company's BIN, the one of the receipt, in {@code status} reached by one step. */
    private static void assertOneApplicationWithOneStepInto(Submitted app, String status) {
        String list =
                ItEnvironment.portal().getStatusByApplicant(app.company().bin()).dataXml();
        assertEquals(
                List.of(app.number()),
                all(list, "applicationNumber"),
                "one application for " + app.company().bin());
        List<String> statuses =
                all(ItEnvironment.portal().getStatus(app.number()).dataXml(), "status");
        assertEquals(status, statuses.get(0));
        List<String> steps = statuses.subList(1, statuses.size());
        assertEquals(1, steps.stream().filter(status::equals).count(), "one step into " + status + ": " + steps);
        assertEquals(1, steps.stream().filter("REGISTERED"::equals).count(), "registered once: " + steps);
    }

    private static AdminClient admin() {
        return ItEnvironment.sandbox().adminClient();
    }

    /** Polls until the application has left REGISTERED and CHECKING; returns the state it is in then. */
    private static String awaitSettled(Submitted app) throws InterruptedException {
        Instant end = Instant.now().plus(SETTLE);
        String status = null;
        while (Instant.now().isBefore(end)) {
            status = ItEnvironment.element(
                    ItEnvironment.portal().getStatus(app.number()).dataXml(), "status");
            if (!"REGISTERED".equals(status) && !"CHECKING".equals(status)) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(app.number() + " is still " + status + " after " + SETTLE + "; registry calls: "
                + lines(app.registry().calls()));
    }

    private static String reasonCode(Submitted app) {
        String refusal = SignedApplicationFlowIT.unescape(ItEnvironment.element(
                ItEnvironment.portal().getResult(app.number()).dataXml(), "signedDocument"));
        return ItEnvironment.element(refusal, "reasonCode");
    }

    /** The texts of every element with this local name, in document order. */
    private static List<String> all(String xml, String localName) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + localName + "(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?" + localName + ">")
                .matcher(xml);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String lines(List<JournalEntry> calls) {
        return calls.stream().map(JournalEntry::toLine).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /** An application as its receipt numbered it, with the company (BIN, payment reference) and the submission's messageId. */
    private record Submitted(FreshCompany company, String number, String messageId) {
        /** Its registry check: the GbdulInfoByBin_v2 calls about its BIN. */
        Check registry() {
            return new Check(this, "LEGAL_ENTITY_REGISTRY", REGISTRY, company.bin());
        }
    }

    /** One check of an application: its outbox rows (kind) and its calls in the sandbox's journal (service, key). */
    private record Check(Submitted app, String kind, String service, String businessKey) {
        JournalQuery query() {
            return JournalQuery.service(service).andBusinessKey(businessKey);
        }

        List<JournalEntry> calls() {
            return admin().journal(query());
        }

        List<String> outboxMessageIds() throws SQLException {
            List<String> ids = new ArrayList<>();
            try (Connection db = ItEnvironment.database();
                    PreparedStatement q = db.prepareStatement(
                            "SELECT message_id FROM outbox_message WHERE application_number = ? AND kind = ?")) {
                q.setString(1, app.number());
                q.setString(2, kind);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        }

        @Override
        public String toString() {
            return app.number() + " " + kind;
        }
    }
}
