package kz.elicensing.infrastructure.signature;

import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers certificate paths that PKIX validation accepted, with the time window in which every certificate of the
 * path is valid, so that the same signer's next document skips the path building. Only successes are kept; a new
 * set of trust anchors (reload) starts afresh. Revocation is never cached here (it has its own freshness).
 */
final class ValidatedPaths {
    private static final int MAX_ENTRIES = 10_000;

    private record Key(X509Certificate signer, List<X509Certificate> intermediates) {}

    private record Window(Instant from, Instant to) {
        boolean contains(Instant at) {
            return !at.isBefore(from) && !at.isAfter(to);
        }
    }

    private final ConcurrentHashMap<Key, Window> paths = new ConcurrentHashMap<>();
    private volatile Set<TrustAnchor> anchors;

    /** True when this very path was validated against these very anchors and {@code at} lies inside its window. */
    boolean known(X509Certificate signer, List<X509Certificate> intermediates, Set<TrustAnchor> anchors, Instant at) {
        if (anchors != this.anchors) {
            return false;
        }
        Window window = paths.get(new Key(signer, intermediates));
        return window != null && window.contains(at);
    }

    /** Records a path PKIX accepted: valid from the latest notBefore to the earliest notAfter of its certificates. */
    void remember(
            X509Certificate signer,
            List<X509Certificate> path,
            List<X509Certificate> intermediates,
            Set<TrustAnchor> anchors) {
        if (anchors != this.anchors) {
            paths.clear();
            this.anchors = anchors;
        }
        if (paths.size() >= MAX_ENTRIES) {
            paths.clear();
        }
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        for (X509Certificate c : path) {
            from = max(from, c.getNotBefore().toInstant());
            to = min(to, c.getNotAfter().toInstant());
        }
        paths.put(new Key(signer, List.copyOf(intermediates)), new Window(from, to));
    }

    /** Forgets every validated path (the benchmark's cold pipeline measure). */
    void forget() {
        paths.clear();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
