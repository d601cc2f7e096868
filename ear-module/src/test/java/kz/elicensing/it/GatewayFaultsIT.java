package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * None lost, none doubled, whatever the gateway does (README, "Sandbox gateway: faults and call journal"). For every
 * fault of the sandbox's ShEP, on the registry (GbdulInfoByBin_v2) and the payment gateway (PEP_PaymentCheck) at once:
 * <ul>
 *   <li>transient ({@code times(2)}): the application still reaches IN_REVIEW; each check was tried three times under
 *       one and the same messageId, and only its last call was answered normally;</li>
 *   <li>permanent: the application moves to CHECK_FAILED, visible to the officer, after exactly
 *       {@code elicensing.outbox.max-attempts} calls per check, all under one messageId, and no call after that;</li>
 *   <li>{@code duplicate}: the gateway asks the registry twice, E-licensing's effect happens once.</li>
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

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

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
        // the gateway does answer, but after E-licensing stopped waiting: the registry was asked, E-licensing asks again
        transientThenPermanent(FaultSpec.delay(ItEnvironment.gatewayTimeout().plusSeconds(1)));
    }

    @Test
    void anAnswerWithinTheTimeoutIsJustSlow() throws Exception {
        FaultSpec slow = FaultSpec.delay(ItEnvironment.gatewayTimeout().dividedBy(4));
        admin().setFault(REGISTRY, slow);
        admin().setFault(PAYMENTS, slow);
        Submitted app = submit(FreshCompany.registeredAndPaid());

        assertEquals("IN_REVIEW", awaitSettled(app));
        ItEnvironment.awaitOutboxIdle(IDLE);
        for (Check check : app.checks()) {
            List<JournalEntry> calls = callsUnderOneMessageId(check);
            assertEquals(1, calls.size(), "one call, not retried: " + lines(calls));
            assertEquals(1, answeredNormally(calls, slow.kind().wireName()), lines(calls));
        }
        assertOneApplicationWithOneStepInto(app, "IN_REVIEW");
    }

    @Test
    void aDuplicatedCallHasOneEffect() throws Exception {
        admin().setFault(REGISTRY, FaultSpec.duplicate());
        admin().setFault(PAYMENTS, FaultSpec.duplicate());
        Submitted app = submit(FreshCompany.registeredAndPaid());

        assertEquals("IN_REVIEW", awaitSettled(app));
        ItEnvironment.awaitOutboxIdle(IDLE);
        for (Check check : app.checks()) {
            List<JournalEntry> calls = callsUnderOneMessageId(check);
            assertEquals(2, calls.size(), "E-licensing called once, the gateway asked the service twice: " + lines(calls));
            assertTrue(calls.stream().allMatch(e -> "duplicate".equals(e.fault()) && JournalEntry.SUCCESS.equals(e.outcome())),
                    lines(calls));
        }
        assertOneApplicationWithOneStepInto(app, "IN_REVIEW");
    }

    @Test
    void refusalsComeThroughTransientFaults() throws Exception {
        admin().setFault(REGISTRY, FaultSpec.http500().times(TRANSIENT));
        Submitted unknown = submit(FreshCompany.unknownToTheRegistry());
        assertEquals("REFUSED", awaitSettled(unknown));
        assertEquals("APPLICANT_NOT_FOUND", reasonCode(unknown));
        ItEnvironment.awaitOutboxIdle(IDLE);
        assertRetriedThenAnswered(unknown.registry(), "http500");
        assertOneApplicationWithOneStepInto(unknown, "REFUSED");

        admin().setFault(PAYMENTS, FaultSpec.soapFault().times(TRANSIENT));
        Submitted unpaid = submit(FreshCompany.unpaid());
        assertEquals("REFUSED", awaitSettled(unpaid));
        assertEquals("PAYMENT_NOT_FOUND", reasonCode(unpaid));
        ItEnvironment.awaitOutboxIdle(IDLE);
        assertRetriedThenAnswered(unpaid.payment(), "soapFault");
        assertOneApplicationWithOneStepInto(unpaid, "REFUSED");
    }

    /**
     * First the fault for the next two calls of each service: the application gets through. Then the fault for good:
     * the application waits for the officer in CHECK_FAILED, and each check was given up after max-attempts calls.
     */
    private void transientThenPermanent(FaultSpec fault) throws Exception {
        String kind = fault.kind().wireName();
        admin().setFault(REGISTRY, fault.times(TRANSIENT));
        admin().setFault(PAYMENTS, fault.times(TRANSIENT));
        Submitted recovered = submit(FreshCompany.registeredAndPaid());
        assertEquals("IN_REVIEW", awaitSettled(recovered), "a transient " + kind + " is retried until it passes");
        ItEnvironment.awaitOutboxIdle(IDLE);
        assertRetriedThenAnswered(recovered.registry(), kind);
        assertRetriedThenAnswered(recovered.payment(), kind);
        assertOneApplicationWithOneStepInto(recovered, "IN_REVIEW");

        admin().setFault(REGISTRY, fault);
        admin().setFault(PAYMENTS, fault);
        Submitted failed = submit(FreshCompany.registeredAndPaid());
        assertEquals("CHECK_FAILED", awaitSettled(failed), "a permanent " + kind + " ends with the officer");
        ItEnvironment.awaitOutboxIdle(IDLE); // the other check gives up as well
        int maxAttempts = ItEnvironment.outboxMaxAttempts();
        for (Check check : failed.checks()) {
            List<JournalEntry> calls = callsUnderOneMessageId(check);
            assertEquals(maxAttempts, calls.size(), "max-attempts tries, then no more: " + lines(calls));
            assertTrue(calls.stream().allMatch(e -> kind.equals(e.fault())), lines(calls));
        }
        assertOneApplicationWithOneStepInto(failed, "CHECK_FAILED");
        assertTrue(officerPage().contains(failed.number()), "the officer sees " + failed.number() + " with its failed check");
    }

    /** {@value #TRANSIENT} calls met the fault, then one was answered normally: three calls, one messageId. */
    private static void assertRetriedThenAnswered(Check check, String kind) throws SQLException {
        List<JournalEntry> calls = callsUnderOneMessageId(check);
        assertEquals(TRANSIENT + 1, calls.size(), lines(calls));
        for (int i = 0; i < TRANSIENT; i++) {
            assertEquals(kind, calls.get(i).fault(), lines(calls));
        }
        assertEquals(1, answeredNormally(calls, NONE), "the last call, and only it, succeeded: " + lines(calls));
        assertEquals(NONE, calls.get(TRANSIENT).fault(), lines(calls));
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
        return calls.stream().filter(e -> fault.equals(e.fault()) && JournalEntry.SUCCESS.equals(e.outcome())).count();
    }

    /** One application for the company's BIN, the one of the receipt, in {@code status} reached by one step. */
    private static void assertOneApplicationWithOneStepInto(Submitted app, String status) {
        String list = ItEnvironment.portal().getStatusByApplicant(app.company().bin()).dataXml();
        assertEquals(List.of(app.number()), all(list, "applicationNumber"), "one application for " + app.company().bin());
        List<String> statuses = all(ItEnvironment.portal().getStatus(app.number()).dataXml(), "status");
        assertEquals(status, statuses.get(0));
        List<String> steps = statuses.subList(1, statuses.size());
        assertEquals(1, steps.stream().filter(status::equals).count(), "one step into " + status + ": " + steps);
        assertEquals(1, steps.stream().filter("REGISTERED"::equals).count(), "registered once: " + steps);
    }


    private static AdminClient admin() {
        return ItEnvironment.sandbox().adminClient();
    }

    private static Submitted submit(FreshCompany company) {
        SendResult receipt = ItEnvironment.portal().send(UUID.randomUUID().toString(), PortalClient.SUBMIT_APPLICATION,
                company.signedApplication(), "ru");
        assertEquals("SUCCESS", receipt.statusCode());
        return new Submitted(company, ItEnvironment.element(receipt.dataXml(), "applicationNumber"));
    }

    /** Polls until the application has left REGISTERED and CHECKING; returns the state it is in then. */
    private static String awaitSettled(Submitted app) throws InterruptedException {
        Instant end = Instant.now().plus(SETTLE);
        String status = null;
        while (Instant.now().isBefore(end)) {
            status = ItEnvironment.element(ItEnvironment.portal().getStatus(app.number()).dataXml(), "status");
            if (!"REGISTERED".equals(status) && !"CHECKING".equals(status)) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(app.number() + " is still " + status + " after " + SETTLE + "; registry calls: "
                + lines(app.registry().calls()) + "; payment calls: " + lines(app.payment().calls()));
    }

    private static String reasonCode(Submitted app) {
        String refusal = SignedApplicationFlowIT.unescape(ItEnvironment.element(
                ItEnvironment.portal().getResult(app.number()).dataXml(), "signedDocument"));
        return ItEnvironment.element(refusal, "reasonCode");
    }

    private static String officerPage() throws Exception {
        HttpResponse<String> page = new OfficerBrowser().signIn("officer1", "officer-demo-pass");
        assertEquals(200, page.statusCode());
        return page.body();
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

    /** An application as its receipt numbered it, with the company (BIN, payment reference) it belongs to. */
    private record Submitted(FreshCompany company, String number) {
        /** Its registry check: the GbdulInfoByBin_v2 calls about its BIN. */
        Check registry() {
            return new Check(this, "LEGAL_ENTITY_REGISTRY", REGISTRY, company.bin());
        }

        /** Its payment check: the PEP_PaymentCheck calls about its payment reference. */
        Check payment() {
            return new Check(this, "PAYMENT", PAYMENTS, company.paymentReference());
        }

        List<Check> checks() {
            return List.of(registry(), payment());
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
            try (Connection db = ItEnvironment.database(); PreparedStatement q = db.prepareStatement(
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
