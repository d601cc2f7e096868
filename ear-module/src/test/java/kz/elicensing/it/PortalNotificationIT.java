package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.admin.AdminClient;
import kz.elicensing.sandbox.gateway.GatewayEndpoint;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.gateway.journal.JournalEntry;
import kz.elicensing.sandbox.gateway.journal.JournalQuery;
import kz.elicensing.sandbox.portal.PortalInbox;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12 item 9, the applicant hears back: every change the regulations tell the applicant of (registration, review,
 * the signed result, the signed refusal) reaches the portal through ShEP as one {@code PORTAL_Notification}, queued in
 * the change's transaction. A gateway that fails twice loses none: the notice is sent again under its one messageId
 * until the portal has it, and the portal's journal shows exactly one accepted call per change.
 */
@ExtendWith(ArquillianExtension.class)
class PortalNotificationIT {
    private static final String NOTICES = GatewayEndpoint.PORTAL_NOTIFICATION_SERVICE;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @AfterEach
    void noFaultLeft() {
        admin().clearFault(NOTICES);
    }

    @Test
    void anApprovedApplicationIsToldThreeTimesTheLastWithTheSignedLicenseAndTwoGatewayFaultsLoseNone()
            throws Exception {
        ItEnvironment.awaitOutboxAndNoticesIdle(WAIT);
        // the next two notices (this application's registration) meet HTTP 500; the outbox sends them again
        admin().setFault(NOTICES, FaultSpec.http500().times(2));
        FreshCompany company = FreshCompany.registeredAndPaid();
        String number = submit(company);
        ItEnvironment.awaitStatus(number, "IN_REVIEW", WAIT);

        OfficerApi.done(OfficerApi.signIn("officer1", "officer-demo-pass").approve(number));

        List<PortalInbox.Notice> told = awaitNotices(number, company.bin(), 3);
        assertEquals(List.of("REGISTERED", "IN_REVIEW", "ISSUED"), kinds(told), lines(told));
        assertNull(told.get(0).resultDocument(), "no result with the registration");
        assertNull(told.get(1).resultDocument(), "no result with the review");
        assertEquals(company.bin(), told.get(0).applicantId());
        assertTrue(told.get(0).textRu().contains(number), told.get(0).textRu());
        assertTrue(
                told.get(0).textKk().matches("(?s).*[әғқңөұүһі].*"), told.get(0).textKk());

        PortalInbox.Notice issued = told.get(2);
        assertEquals("LICENSE", issued.resultKind());
        String license = new String(issued.resultDocument(), StandardCharsets.UTF_8);
        Sandbox sandbox = ItEnvironment.sandbox();
        assertEquals(
                sandbox.demo().providerSigner().certificate(),
                new XmlSignatureVerifier(sandbox.pki().caCertificate())
                        .verify(license)
                        .signer(),
                "the license attached is signed by the provider's authorized person");
        String delivered = SignedApplicationFlowIT.unescape(
                ItEnvironment.element(ItEnvironment.portal().getResult(number).dataXml(), "signedDocument"));
        assertArrayEquals(
                delivered.getBytes(StandardCharsets.UTF_8),
                issued.resultDocument(),
                "the same bytes as ELICENSE_GetResult: exactly as signed");

        assertOneAcceptedCallPerNotice(number, told, 2);
        assertOutboxRows(number, told);
    }

    @Test
    void aRefusedApplicationIsToldOfItsRegistrationAndItsSignedRefusal() throws Exception {
        FreshCompany unknown = FreshCompany.unknownToTheRegistry();
        String number = submit(unknown);
        ItEnvironment.awaitStatus(number, "REFUSED", WAIT);

        List<PortalInbox.Notice> told = awaitNotices(number, unknown.bin(), 2);
        assertEquals(List.of("REGISTERED", "REFUSED"), kinds(told), lines(told));
        PortalInbox.Notice refused = told.get(1);
        assertEquals("REFUSAL", refused.resultKind());
        String refusal = new String(refused.resultDocument(), StandardCharsets.UTF_8);
        Sandbox sandbox = ItEnvironment.sandbox();
        new XmlSignatureVerifier(sandbox.pki().caCertificate()).verify(refusal);
        assertEquals("APPLICANT_NOT_FOUND", ItEnvironment.element(refusal, "reasonCode"));

        assertOneAcceptedCallPerNotice(number, told, 0);
        assertOutboxRows(number, told);
    }

    private static String submit(FreshCompany company) {
        return ItEnvironment.element(
                ItEnvironment.portal()
                        .submitApplication(company.signedApplication())
                        .dataXml(),
                "applicationNumber");
    }

    /** Waits until the portal has {@code count} notices of the application, then a moment more: no further one comes. */
    private static List<PortalInbox.Notice> awaitNotices(String number, String applicantId, int count)
            throws InterruptedException {
        Instant end = Instant.now().plus(WAIT);
        while (notices(number, applicantId).size() < count && Instant.now().isBefore(end)) {
            Thread.sleep(200);
        }
        // the outbox drains every second: two more ticks would show a doubled notice
        Thread.sleep(2500);
        // a notice sent again after a fault may arrive after the next one: the portal orders them by occurredAt
        List<PortalInbox.Notice> told = notices(number, applicantId).stream()
                .sorted(java.util.Comparator.comparing(PortalInbox.Notice::occurredAt))
                .toList();
        assertEquals(count, told.size(), "one notice per change: " + lines(told));
        return told;
    }

    /**
     * The portal's notices of this application: its number and its applicant (the IT sandbox also serves the servers
     * ClusterIT and CrashRecoveryIT start, whose application numbers are their own databases').
     */
    private static List<PortalInbox.Notice> notices(String number, String applicantId) {
        return ItEnvironment.sandbox().portalInbox().of(number).stream()
                .filter(n -> applicantId.equals(n.applicantId()))
                .toList();
    }

    /**
     * The gateway's journal for the application's notices: one SUCCESS per notice, under the messageId the portal kept;
     * the {@code faults} failed calls (the first notices dispatched) were sent again under their own messageIds.
     */
    private static void assertOneAcceptedCallPerNotice(String number, List<PortalInbox.Notice> told, int faults)
            throws SQLException {
        JournalQuery query = JournalQuery.service(NOTICES).andBusinessKey(number);
        // this server's calls: the messageIds of its outbox rows for the application (another server's application
        // of the same number would share the business key)
        java.util.Set<String> ours = outboxMessageIds(number);
        List<JournalEntry> calls = admin().journal(query).stream()
                .filter(c -> ours.contains(c.messageId()))
                .toList();
        String journal = calls.stream().map(JournalEntry::toString).collect(Collectors.joining("\n"));
        Map<String, Long> successes = calls.stream()
                .filter(c -> JournalEntry.SUCCESS.equals(c.outcome()))
                .collect(Collectors.groupingBy(JournalEntry::messageId, Collectors.counting()));
        assertEquals(told.size(), successes.size(), "one accepted call per change:\n" + journal);
        for (PortalInbox.Notice n : told) {
            assertEquals(1L, successes.get(n.messageId()), n.notice() + " accepted once:\n" + journal);
            assertEquals(1, n.deliveries(), "kept once");
        }
        assertEquals(told.size() + faults, calls.size(), "no call besides the retries:\n" + journal);
        // each failed call was a notice of this application, sent again under its own messageId until accepted
        List<JournalEntry> failed =
                calls.stream().filter(c -> "HTTP 500".equals(c.outcome())).toList();
        assertEquals(faults, failed.size(), journal);
        Map<String, Long> perMessage = admin().countsByMessageId(query);
        for (JournalEntry f : failed) {
            assertTrue(successes.containsKey(f.messageId()), "a failed notice was accepted later:\n" + journal);
            long failures = failed.stream()
                    .filter(e -> e.messageId().equals(f.messageId()))
                    .count();
            assertEquals(failures + 1, perMessage.get(f.messageId()), journal);
        }
    }

    /** The messageIds of the application's portal notices in this server's outbox. */
    private static java.util.Set<String> outboxMessageIds(String number) throws SQLException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        try (Connection db = ItEnvironment.database();
                PreparedStatement ps = db.prepareStatement("SELECT message_id FROM outbox_message"
                        + " WHERE application_number = ? AND kind = 'PORTAL_NOTIFICATION'")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** One DONE outbox row per notice, the messageIds the portal got, beside the application's one registry check. */
    private static void assertOutboxRows(String number, List<PortalInbox.Notice> told) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection db = ItEnvironment.database();
                PreparedStatement ps = db.prepareStatement("SELECT subject, message_id, state FROM outbox_message"
                        + " WHERE application_number = ? AND kind = 'PORTAL_NOTIFICATION' ORDER BY id")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        assertEquals(
                told.stream()
                        .map(n -> n.notice() + " " + n.messageId() + " DONE")
                        .sorted()
                        .toList(),
                rows.stream().sorted().toList(),
                "one outbox row per change, sent under its own messageId");
        assertEquals(
                1,
                ItEnvironment.countRows("SELECT COUNT(*) FROM outbox_message WHERE application_number = '" + number
                        + "' AND kind = 'LEGAL_ENTITY_REGISTRY'"),
                "the registry check is still one row");
    }

    private static List<String> kinds(List<PortalInbox.Notice> told) {
        return told.stream().map(PortalInbox.Notice::notice).toList();
    }

    private static String lines(List<PortalInbox.Notice> told) {
        return told.stream().map(PortalInbox.Notice::line).collect(Collectors.joining("\n"));
    }

    private static AdminClient admin() {
        return ItEnvironment.sandbox().adminClient();
    }
}
