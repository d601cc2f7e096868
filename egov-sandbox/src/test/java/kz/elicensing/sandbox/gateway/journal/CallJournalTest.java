package kz.elicensing.sandbox.gateway.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CallJournalTest {

    static final Instant T = Instant.parse("2025-03-04T05:06:07.123Z");

    @Test
    void recordsCompletesFiltersAndCounts() {
        CallJournal j = new CallJournal(Clock.fixed(T, ZoneOffset.UTC));
        long a = j.record("GbdulInfoByBin_v2", "m-1", "ELICENSE", "150140000012", "http500", JournalEntry.PENDING);
        long b = j.record("GbdulInfoByBin_v2", "m-1", "ELICENSE", "150140000012", "none", JournalEntry.PENDING);
        long c = j.record("PEP_PaymentCheck", "m-2", "ELICENSE", "PAY-1", "none", JournalEntry.PENDING);
        j.complete(a, "HTTP 500");
        j.complete(b, "SUCCESS");
        assertEquals(
                new JournalEntry(a, T, "GbdulInfoByBin_v2", "m-1", "ELICENSE", "150140000012", "http500", "HTTP 500"),
                j.get(a));
        assertEquals(JournalEntry.PENDING, j.get(c).outcome());

        assertEquals(
                List.of(a, b),
                j.list(JournalQuery.service("GbdulInfoByBin_v2")).stream()
                        .map(JournalEntry::seq)
                        .toList());
        assertEquals(
                List.of(c),
                j.list(JournalQuery.businessKey("PAY-1")).stream()
                        .map(JournalEntry::seq)
                        .toList());
        assertEquals(
                List.of(b),
                j.list(JournalQuery.messageId("m-1").andSender("ELICENSE")).stream()
                        .filter(e -> e.outcome().equals("SUCCESS"))
                        .map(JournalEntry::seq)
                        .toList());
        assertTrue(j.list(JournalQuery.all().andSender("PORTAL")).isEmpty());
        assertEquals(Map.of("m-1", 2L, "m-2", 1L), j.countByMessageId(JournalQuery.all()));
        assertEquals(Map.of("150140000012", 2L), j.countByBusinessKey(JournalQuery.service("GbdulInfoByBin_v2")));

        assertEquals(3, j.reset());
        assertEquals(0, j.size());
        j.complete(a, "late");
        assertNull(j.get(a));
        assertTrue(j.record(null, null, null, null, "none", "HTTP 413") > c, "seq goes on after a reset");
    }

    @Test
    void linesRoundTripWithAnyCharacters() {
        JournalEntry e = new JournalEntry(7, T, "Svc one", "m=1&x", null, "ҚАЗ 1", "none", "HTTP 500");
        String line = e.toLine();
        assertTrue(!line.contains("\n") && line.split(" ").length == 8, line);
        assertEquals(e, JournalEntry.fromLine(line));
        assertThrows(
                IllegalArgumentException.class, () -> JournalEntry.fromLine("seq=x receivedAt=now fault=a outcome=b"));
        assertThrows(IllegalArgumentException.class, () -> JournalEntry.fromLine("hello"));
    }

    @Test
    void keepsTheNewestEntriesOnly() {
        CallJournal j = new CallJournal();
        for (int i = 0; i < CallJournal.CAPACITY + 5; i++) {
            j.record("S", "m-" + i, null, null, "none", "SUCCESS");
        }
        assertEquals(CallJournal.CAPACITY, j.size());
        assertEquals("m-5", j.list().get(0).messageId());
    }

    @Test
    void isThreadSafe() throws Exception {
        CallJournal j = new CallJournal();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int n = 0; n < 500; n++) {
                        long seq = j.record("S", "m-" + thread, null, null, "none", JournalEntry.PENDING);
                        j.complete(seq, "SUCCESS");
                        j.countByMessageId(JournalQuery.all());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(4000, j.size());
        assertEquals(4000, j.list().stream().map(JournalEntry::seq).distinct().count());
        assertTrue(j.list().stream().allMatch(e -> e.outcome().equals("SUCCESS")));
        j.countByMessageId(JournalQuery.all()).values().forEach(n -> assertEquals(500L, n));
    }
}
