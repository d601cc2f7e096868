package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;

/**
 * What the ITs that kill servers of their own ({@link CrashRecoveryIT}, {@link ClusterIT}, both on
 * {@link StandaloneWildFly}) share: their directories, checks run in parallel, elements read from an answer.
 */
final class CrashItSupport {
    private CrashItSupport() {}

    /** A check that may throw anything; the first failure of {@link #inParallel} is rethrown as it was. */
    @FunctionalInterface
    interface CheckedConsumer<T> {
        void accept(T t) throws Exception;
    }

    /**
     * Runs {@code check} for every item on {@code threads} threads, waiting at most {@code each} for each; the first
     * failure (in the items' order) is thrown.
     */
    static <T> void inParallel(List<T> items, int threads, Duration each, CheckedConsumer<T> check) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (T item : items) {
                done.add(pool.submit(() -> {
                    check.accept(item);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get(each.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw (Exception) e.getCause();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The texts of every element with this local name, in document order. */
    static List<String> all(String xml, String localName) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + localName + ">([^<]*)</(?:\\w+:)?" + localName + ">")
                .matcher(xml);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * Deletes what an earlier run left in {@code dir}, a directory of the IT (its name starts with {@code prefix}):
     * its database holds applications of the same BINs, its servers' logs another run's.
     */
    static void emptyDirectory(Path dir, String prefix) throws IOException {
        assertTrue(dir.getFileName().toString().startsWith(prefix), "a directory of this IT: " + dir);
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A data directory of the IT's own, with the keys and trust anchors the sandbox wrote into the ITs' one. */
    static void prepareDataDirectory(Path dataHome) throws IOException {
        Path itHome = Path.of(System.getProperty("elicensing.it.home"));
        Files.createDirectories(dataHome);
        StandaloneWildFly.copyTree(itHome.resolve("keys"), dataHome.resolve("keys"), null);
        StandaloneWildFly.copyTree(itHome.resolve("trust"), dataHome.resolve("trust"), null);
    }

    /**
     * The messages still in work in the idempotency ledger (claimed, never answered), of every node or of
     * {@code node} alone: read right after a kill, those the killed JVM was working on.
     */
    static int messagesInWork(Connection db, String node) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM received_message"
                + " WHERE state = 'IN_PROGRESS'" + (node == null ? "" : " AND claim_node = ?"))) {
            if (node != null) {
                ps.setString(1, node);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * The portal's send in a stream: sent again, the same message, while the answer is UPSTREAM_UNAVAILABLE (a gateway
     * check timed out: a loaded machine), for at most {@code settle}; any other failure (the kill's) is thrown, so
     * the messages left unanswered are those the kill cut off.
     */
    static <T> T againWhileUpstreamUnavailable(Duration settle, Supplier<T> send) {
        Instant end = Instant.now().plus(settle);
        while (true) {
            try {
                return send.get();
            } catch (ShepFaultException f) {
                if (!"UPSTREAM_UNAVAILABLE".equals(f.errorCode())
                        || Instant.now().isAfter(end)) {
                    throw f;
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted between two sends", e);
            }
        }
    }

    /** One application of a stream: its company, the signed application and the messageId it is sent (and resent) with. */
    record Application(int index, FreshCompany company, String signed, String messageId) {}

    /** The portal, as the sandbox's portal system, sending to the SOAP endpoint under {@code baseUrl}. */
    static PortalClient portal(Sandbox sandbox, String baseUrl) {
        return new PortalClient(baseUrl + "SyncChannel")
                .signedBy(sandbox.demo().portalSystem())
                .verifyingAnswers(sandbox.pki().caCertificate());
    }

    /** Sends the application with its messageId; the answer must be SUCCESS. */
    static SendResult submit(PortalClient portal, Application a) {
        SendResult r = portal.send(a.messageId(), PortalClient.SUBMIT_APPLICATION, a.signed(), "ru");
        assertEquals("SUCCESS", r.statusCode());
        return r;
    }
}
