package kz.elicensing.sandbox.gateway.journal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The gateway's in-memory journal of received calls (thread-safe, the newest {@value #CAPACITY} kept): what was
 * asked, by whom, about what, which fault was injected and what the caller got.
 */
public final class CallJournal {

    /** How many entries are kept; older ones are dropped first. */
    public static final int CAPACITY = 10_000;

    private final Clock clock;
    private final LinkedHashMap<Long, JournalEntry> entries = new LinkedHashMap<>();
    private long lastSeq;

    public CallJournal() {
        this(Clock.systemUTC());
    }

    public CallJournal(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records a call as received now; returns its seq, to {@link #complete} it later. */
    public synchronized long record(
            String serviceId, String messageId, String senderId, String businessKey, String fault, String outcome) {
        long seq = ++lastSeq;
        entries.put(
                seq,
                new JournalEntry(seq, Instant.now(clock), serviceId, messageId, senderId, businessKey, fault, outcome));
        if (entries.size() > CAPACITY) {
            Iterator<Long> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return seq;
    }

    /** Sets the outcome of a recorded call (no-op if it was dropped or reset meanwhile). */
    public synchronized void complete(long seq, String outcome) {
        Objects.requireNonNull(outcome, "outcome");
        entries.computeIfPresent(seq, (k, e) -> e.withOutcome(outcome));
    }

    /** One entry by seq, or null. */
    public synchronized JournalEntry get(long seq) {
        return entries.get(seq);
    }

    /** The matching entries, oldest first. */
    public synchronized List<JournalEntry> list(JournalQuery query) {
        List<JournalEntry> out = new ArrayList<>();
        for (JournalEntry e : entries.values()) {
            if (query.matches(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every entry, oldest first. */
    public List<JournalEntry> list() {
        return list(JournalQuery.all());
    }

    /** How many matching entries there are per value of the key (entries without a value are left out), in first-seen order. */
    public synchronized Map<String, Long> countBy(Function<JournalEntry, String> key, JournalQuery query) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JournalEntry e : entries.values()) {
            String k = query.matches(e) ? key.apply(e) : null;
            if (k != null) {
                counts.merge(k, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Calls per messageId among the matching entries. */
    public Map<String, Long> countByMessageId(JournalQuery query) {
        return countBy(JournalEntry::messageId, query);
    }

    /** Calls per business key among the matching entries. */
    public Map<String, Long> countByBusinessKey(JournalQuery query) {
        return countBy(JournalEntry::businessKey, query);
    }

    /** Forgets every entry (seq numbers go on). */
    public synchronized int reset() {
        int n = entries.size();
        entries.clear();
        return n;
    }

    /** Number of entries kept. */
    public synchronized int size() {
        return entries.size();
    }
}
