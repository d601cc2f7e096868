package kz.elicensing.shep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import kz.elicensing.domain.signature.SystemCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A CR/LF in a messageId or senderId from the wire cannot start a forged line in the server log. */
class LogForgingTest {
    private static final String FORGED_ID = "m-1\r\n2026-12-05 01:00:00,000 INFO  [kz.elicensing] officer1 signed in";
    private final Logger logger = Logger.getLogger(DefaultMessageReceiver.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level previous;

    @BeforeEach
    void listen() {
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        logger.removeHandler(capture);
        logger.setLevel(previous);
    }

    @Test
    void aLineBreakInAResentMessageIdIsEscapedInTheLog() {
        DefaultMessageReceiver receiver = receiver();
        InboundMessage message = new InboundMessage(
                "PORTAL\nFAKE",
                "pass",
                FORGED_ID,
                "ELICENSE_SubmitApplication",
                "ru",
                "<a/>",
                "PORTAL\nFAKE".getBytes(StandardCharsets.UTF_8),
                Instant.now());
        receiver.receive(message);
        receiver.receive(message); // the resend is logged with its messageId and sender
        assertFalse(records.isEmpty(), "the resend was logged");
        for (LogRecord r : records) {
            String line = r.getMessage();
            assertFalse(line.contains("\n") || line.contains("\r"), "one record, one line: " + line);
        }
        assertTrue(records.stream().anyMatch(r -> r.getMessage().contains("m-1\\r\\n2026")), "visible escapes");
    }

    private static DefaultMessageReceiver receiver() {
        DefaultMessageReceiverTest.MemoryLedger ledger = new DefaultMessageReceiverTest.MemoryLedger();
        DefaultMessageReceiver r = new DefaultMessageReceiver();
        r.senders = DefaultMessageReceiverTest.ANY_SENDER;
        r.signatures = new MessageSignatures() {
            @Override
            public SystemCertificate verify(byte[] envelope, Instant at) {
                return new SystemCertificate("CN=x", "x", "000000000000", "00");
            }

            @Override
            public byte[] sign(byte[] envelope) {
                return envelope;
            }
        };
        DefaultMessageReceiverTest.wire(
                r, ledger, new DefaultMessageReceiverTest.CountingService(), Duration.ofSeconds(5), 0);
        return r;
    }
}
