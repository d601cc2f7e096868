package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, finding 1: the SyncChannel's front door. Unauthenticated traffic costs little and stores little (a bounded
 * record, no body, nothing in the evidence log); a body over the limit is refused before it is read; an address that
 * keeps sending refused traffic is RATE_LIMITED before its body is read; an authenticated sender's refusal is still
 * kept in full. Junk comes from other loopback addresses (127.0.0.x) than the valid traffic (127.0.0.1).
 */
@ExtendWith(ArquillianExtension.class)
class FrontDoorIT {
    private static final int PORT = 8080 + Integer.getInteger("elicensing.it.port.offset", 100);
    private static final int JUNK_POSTS = 50;
    private static final int ONE_MB = 1024 * 1024;
    private static final long STORAGE_BOUND = ONE_MB;
    /** elicensing.max-envelope-bytes of the IT server (the default) and the HTTP listener's cap above it. */
    private static final long ENVELOPE_LIMIT = 9 * ONE_MB;

    private static final long HTTP_CAP = 10 * ONE_MB;

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void fiftyJunkPostsOfOneMegabyteStoreLittleAndValidIntakeGoesOnBesideThem() throws Exception {
        for (int i = 0; i < 3; i++) {
            intake(); // warm-up: JIT, pools, revocation
        }
        ItEnvironment.awaitOutboxAndNoticesIdle(Duration.ofSeconds(60));

        // storage: 50 junk posts of 1 MB, alone
        Storage before = storage();
        long refusedBefore = ItEnvironment.countRows("SELECT COUNT(*) FROM refused_message");
        long junkEvidenceBefore = junkEvidenceRows();
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < JUNK_POSTS; i++) {
            replies.add(post("127.0.0.2", junk(i), null));
        }
        Storage after = storage();
        System.out.printf("FrontDoorIT: before the junk: %s%n", before.how());
        for (Reply r : replies) {
            assertEquals(500, r.status(), r.body());
            assertTrue(r.body().contains("Fault"), r.body());
        }
        assertTrue(
                replies.get(0).body().contains("<errorCode>SENDER_UNKNOWN</errorCode>"),
                replies.get(0).body());
        assertTrue(
                replies.get(2).body().contains("<errorCode>MESSAGE_SIGNATURE_INVALID</errorCode>"),
                replies.get(2).body());
        assertEquals(
                refusedBefore + JUNK_POSTS,
                ItEnvironment.countRows("SELECT COUNT(*) FROM refused_message"),
                "one bounded record per junk post");
        assertEquals(junkEvidenceBefore, junkEvidenceRows(), "no junk in the evidence log");
        assertEquals(
                JUNK_POSTS,
                ItEnvironment.countRows("SELECT COUNT(*) FROM refused_message WHERE remote_address = '127.0.0.2'"
                        + " AND size_bytes >= " + ONE_MB + " AND LENGTH(body_sha256) = 64"),
                "size, hash and address of each");
        long growth = after.bytes() - before.bytes();
        System.out.printf(
                "FrontDoorIT: %d junk posts of 1 MB grew the database by %d bytes (%s; evidence rows %d -> %d)%n",
                JUNK_POSTS, growth, after.how(), before.evidenceRows(), after.evidenceRows());
        assertTrue(growth < STORAGE_BOUND, "the database grew by " + growth + " bytes");

        // time: valid intakes alone, then with junk posted all along (one connection, post after post)
        long[] alone = new long[7];
        for (int i = 0; i < alone.length; i++) {
            alone[i] = intake();
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger junkSent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(1);
        long[] withJunk = new long[7];
        try {
            List<Future<?>> junkers = new ArrayList<>();
            for (int t = 0; t < 1; t++) {
                String from = "127.0.0." + (3 + t);
                junkers.add(pool.submit(() -> {
                    int n = 0;
                    while (!stop.get()) {
                        post(from, junk(n++), null);
                        junkSent.incrementAndGet();
                    }
                    return null;
                }));
            }
            Thread.sleep(500);
            for (int i = 0; i < withJunk.length; i++) {
                withJunk[i] = intake();
            }
            stop.set(true);
            for (Future<?> f : junkers) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        double ratio = (double) median(withJunk) / median(alone);
        System.out.printf(
                "FrontDoorIT: valid intake median %d ms alone, %d ms with %d junk posts of 1 MB alongside: ratio %.2f%n",
                median(alone), median(withJunk), junkSent.get(), ratio);
        // the ratio is measured, not asserted (house rule: speed goals live in benchmarks that print ratios; on a
        // shared 2-core machine it ranged 1.2-2.2): every valid intake beside the junk got its receipt (intake()
        // asserts SUCCESS), and the junk was refused all along
        assertTrue(junkSent.get() > 0, "junk was posted alongside the valid intakes");
    }

    @Test
    void anAddressThatKeepsSendingRefusedTrafficIsRateLimitedBeforeItsBodyIsRead() throws Exception {
        String from = "127.0.0.9";
        Reply last = null;
        for (int i = 0; i < 100 && (last == null || !last.body().contains("RATE_LIMITED")); i++) {
            last = post(from, envelope("NOBODY-" + i, "x", "x"), null);
        }
        for (int i = 0; i < 100 && !last.body().contains("RATE_LIMITED"); i++) {
            last = post(from, envelope("NOBODY", "x", "x"), null);
        }
        assertEquals(500, last.status(), last.body());
        assertTrue(last.body().contains("<errorCode>RATE_LIMITED</errorCode>"), last.body());
        assertTrue(last.body().contains("Signature"), "signed like every answer: " + last.body());
        long records = ItEnvironment.countRows("SELECT COUNT(*) FROM refused_message WHERE remote_address = '" + from
                + "' AND error_code = 'RATE_LIMITED'");
        assertEquals(0, records, "a rate-limited message leaves no record");
        Reply huge = post(from, new byte[0], ENVELOPE_LIMIT + 1);
        assertTrue(huge.body().contains("<errorCode>RATE_LIMITED</errorCode>"), "before anything else: " + huge.body());

        SendResult valid = ItEnvironment.portal().getStatusByApplicant("150140000012");
        assertEquals("SUCCESS", valid.statusCode(), "another address is not limited");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        long refusedBefore =
                ItEnvironment.countRows("SELECT COUNT(*) FROM refused_message WHERE error_code = 'MESSAGE_TOO_LARGE'");
        long start = System.nanoTime();
        Reply reply = post("127.0.0.10", new byte[0], ENVELOPE_LIMIT + 1);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(500, reply.status(), reply.body());
        assertTrue(reply.body().contains("<errorCode>MESSAGE_TOO_LARGE</errorCode>"), reply.body());
        assertTrue(millis < 10_000, "answered at once, without waiting for the body: " + millis + " ms");
        assertEquals(
                refusedBefore + 1,
                ItEnvironment.countRows("SELECT COUNT(*) FROM refused_message WHERE error_code = 'MESSAGE_TOO_LARGE'"),
                "a bounded record");

        Reply huge = post("127.0.0.10", new byte[0], 50L * ONE_MB);
        assertEquals(400, huge.status(), "over the listener's cap (" + HTTP_CAP + "): refused by the listener itself");
    }

    @Test
    void anAuthenticatedSendersRefusalIsStillKeptInFull() throws Exception {
        String signed = ItEnvironment.sign(
                ItEnvironment.companyApplication(),
                ItEnvironment.sandbox().demo().company());
        String messageId = UUID.randomUUID().toString();
        ShepFaultException fault = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.pep().send(messageId, "ELICENSE_SubmitApplication", signed, "ru"));
        assertEquals("SENDER_NOT_ALLOWED", fault.errorCode());
        // in full: the content stored once in evidence_content (V155) under the row's content_sha256, its raw size
        String kept =
                "SELECT COUNT(*) FROM evidence_entry e LEFT JOIN evidence_content c ON c.sha256 = e.content_sha256"
                        + " WHERE e.sender_id = 'PEP' AND e.message_id = '" + messageId
                        + "' AND e.kind IN ('SOAP_REQUEST', 'SOAP_FAULT')"
                        + " AND COALESCE(c.size_bytes, OCTET_LENGTH(e.content)) > 1000";
        long rows = 0;
        for (int i = 0; i < 50 && rows < 2; i++) {
            Thread.sleep(100); // the answer is kept after it went out
            rows = ItEnvironment.countRows(kept);
        }
        assertEquals(2, rows, "the refused request of an authenticated sender and its fault are in the evidence log");
        assertEquals(
                0,
                ItEnvironment.countRows(
                        "SELECT COUNT(*) FROM refused_message WHERE claimed_message_id = '" + messageId + "'"),
                "and no bounded record of it");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** One valid intake (a signed, paid application of the demo company), its duration in ms. */
    private static long intake() {
        String signed = ItEnvironment.sign(
                ItEnvironment.companyApplication(),
                ItEnvironment.sandbox().demo().company());
        long start = System.nanoTime();
        SendResult receipt = ItEnvironment.portal().submitApplication(signed);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        return millis;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Junk of about 1 MB: an unknown sender's message, bytes that are no XML, a known sender's unsigned message. */
    private static byte[] junk(int i) {
        String filler = "A".repeat(ONE_MB);
        return switch (i % 3) {
            case 0 -> envelope("JUNK-" + i, "guess", filler);
            case 1 -> {
                byte[] noise = new byte[ONE_MB + 10];
                Arrays.fill(noise, (byte) ('a' + i % 26));
                yield noise;
            }
            default -> envelope("PORTAL", "portal-demo-pass", filler);
        };
    }

    private static byte[] envelope(String sender, String password, String data) {
        return ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                        + " xmlns:typ=\"http://bip.bee.kz/SyncChannel/v10/Types\""
                        + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                        + "<soapenv:Body><typ:SendMessage><request><requestInfo>"
                        + "<messageId>" + UUID.randomUUID() + "</messageId>"
                        + "<serviceId>ELICENSE_GetApplicationStatus</serviceId>"
                        + "<messageDate>"
                        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                OffsetDateTime.now(ItEnvironment.ALMATY).truncatedTo(ChronoUnit.SECONDS))
                        + "</messageDate>"
                        + "<sender><senderId>" + sender + "</senderId><password>" + password + "</password></sender>"
                        + "</requestInfo><requestData><data xsi:type=\"xs:string\">" + data
                        + "</data></requestData></request>"
                        + "</typ:SendMessage></soapenv:Body></soapenv:Envelope>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An HTTP answer: status and body. */
    record Reply(int status, String body) {}

    /**
     * POSTs {@code body} to the SyncChannel from {@code localAddress} (a loopback address of its own, so that its rate
     * limit is its own) over a plain socket; {@code declaredLength} overrides the Content-Length (the body is then
     * not sent).
     */
    private static Reply post(String localAddress, byte[] body, Long declaredLength) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(localAddress, 0));
            s.connect(new InetSocketAddress("127.0.0.1", PORT), 5_000);
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            long length = declaredLength == null ? body.length : declaredLength;
            out.write(("POST /elicensing/SyncChannel HTTP/1.1\r\nHost: 127.0.0.1:" + PORT + "\r\n"
                            + "Content-Type: text/xml; charset=UTF-8\r\nSOAPAction: \"\"\r\nContent-Length: " + length
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            if (declaredLength == null) {
                out.write(body);
            }
            out.flush();
            InputStream in = s.getInputStream();
            String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(reply.substring(9, 12));
            int end = reply.indexOf("\r\n\r\n");
            return new Reply(status, end < 0 ? "" : reply.substring(end + 4));
        }
    }

    /** Evidence rows of junk senders (there must be none). */
    private static long junkEvidenceRows() throws SQLException {
        String junk =
                " WHERE sender_id LIKE 'JUNK-%' OR (sender_id IS NULL AND kind IN ('SOAP_REQUEST', 'SOAP_FAULT'))";
        // chained or still pending (the chainer runs every second)
        return ItEnvironment.countRows("SELECT COUNT(*) FROM evidence_entry" + junk)
                + ItEnvironment.countRows("SELECT COUNT(*) FROM evidence_pending" + junk);
    }

    /** What the tables that refused traffic could grow take: on PostgreSQL their relation sizes, on H2 their content. */
    record Storage(long bytes, long evidenceRows, String how) {}

    private static Storage storage() throws SQLException, IOException {
        long rows = ItEnvironment.countRows("SELECT COUNT(*) FROM evidence_entry");
        if ("postgres".equals(System.getProperty("elicensing.it.db"))) {
            long size = ItEnvironment.countRows("SELECT pg_total_relation_size('evidence_entry')"
                    + " + pg_total_relation_size('evidence_content')"
                    + " + pg_total_relation_size('refused_message') + pg_total_relation_size('received_message')");
            return new Storage(
                    size,
                    rows,
                    "pg_total_relation_size of evidence_entry, evidence_content, refused_message, received_message");
        }
        long content;
        try (Connection db = ItEnvironment.database();
                PreparedStatement q = db.prepareStatement(
                        "SELECT COALESCE(SUM(OCTET_LENGTH(content)), 0) + COUNT(*) * 400 FROM evidence_entry");
                PreparedStatement kept =
                        db.prepareStatement("SELECT COALESCE(SUM(OCTET_LENGTH(content)), 0) FROM evidence_content");
                ResultSet rs = q.executeQuery();
                ResultSet keptRs = kept.executeQuery()) {
            rs.next();
            keptRs.next();
            content = rs.getLong(1) + keptRs.getLong(1);
        }
        // a refused_message row holds at most ~400 bytes (address 64, hash 64, code 40, two ids of 100, numbers)
        long refused = ItEnvironment.countRows("SELECT COUNT(*) FROM refused_message") * 400;
        long ledger = ItEnvironment.countRows(
                "SELECT COALESCE(SUM(OCTET_LENGTH(answer_payload)), 0) + COUNT(*) * 400 FROM received_message");
        Path file = Path.of(System.getProperty("elicensing.it.home"), "db", "elicensing.mv.db");
        long fileSize = Files.exists(file) ? Files.size(file) : -1;
        return new Storage(
                content + refused + ledger,
                rows,
                "H2: evidence content + rows, refused_message and received_message rows at 400 bytes each; H2 file "
                        + fileSize + " bytes");
    }
}
