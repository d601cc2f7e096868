package kz.elicensing.sandbox.pki;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox CA's revocations, persisted in {@code <data>/pki/revoked.txt} (one {@code SERIAL_HEX REVOKED_AT REASON}
 * per line, appended; a later line for the same serial wins) and re-read whenever the file changes.
 */
public final class Revocations {

    /** The revocation file, relative to the data directory. */
    public static final String FILE = "pki/revoked.txt";

    private static final System.Logger LOG = System.getLogger(Revocations.class.getName());

    private final LineFile file;
    private Map<BigInteger, Revocation> bySerial = Map.of();

    private Revocations(Path file) {
        this.file = new LineFile(file);
    }

    /** The revocations of a data directory (works without the CA key, e.g. for the offline CLI). */
    public static Revocations open(Path dataDir) {
        Revocations r = new Revocations(dataDir.resolve(FILE));
        r.snapshot();
        return r;
    }

    /** Revokes (or re-revokes with a new time/reason) a serial; the time is kept in whole seconds. */
    public synchronized Revocation revoke(BigInteger serial, int reason, Instant revokedAt) {
        Revocation r = new Revocation(serial, revokedAt, reason);
        file.append(r.toLine());
        snapshot();
        return r;
    }

    /** The revocation of a serial, if it is revoked. */
    public Optional<Revocation> find(BigInteger serial) {
        return Optional.ofNullable(snapshot().get(serial));
    }

    /** All revocations, oldest first. */
    public List<Revocation> all() {
        List<Revocation> list = new ArrayList<>(snapshot().values());
        list.sort(Comparator.comparing(Revocation::revokedAt).thenComparing(Revocation::serial));
        return list;
    }

    /** The current state by serial (an immutable map, a new instance only when the file changed). */
    synchronized Map<BigInteger, Revocation> snapshot() {
        List<String> lines = file.readIfChanged();
        if (lines != null) {
            Map<BigInteger, Revocation> map = new LinkedHashMap<>();
            for (String line : lines) {
                try {
                    Revocation r = Revocation.parse(line);
                    map.put(r.serial(), r);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "ignoring bad line in " + file.path() + ": " + line);
                }
            }
            bySerial = Map.copyOf(map);
        }
        return bySerial;
    }

    /** {@code <data>/pki/revoked.txt}. */
    public Path file() {
        return file.path();
    }
}
