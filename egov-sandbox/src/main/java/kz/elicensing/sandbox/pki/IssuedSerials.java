package kz.elicensing.sandbox.pki;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The serials the sandbox CA has issued, so its OCSP responder can tell GOOD from UNKNOWN; persisted in
 * {@code <data>/pki/issued.txt} (one {@code SERIAL_HEX ISSUED_AT SUBJECT_DN} per line, appended).
 */
final class IssuedSerials {

    /** The registry file, relative to the data directory. */
    static final String FILE = "pki/issued.txt";

    private final LineFile file;
    private Set<BigInteger> serials = Set.of();

    IssuedSerials(Path dataDir) {
        this.file = new LineFile(dataDir.resolve(FILE));
    }

    /** Records a certificate this CA issued (no-op if its serial is known). */
    synchronized void record(X509Certificate cert) {
        if (contains(cert.getSerialNumber())) {
            return;
        }
        file.append(Revocation.hex(cert.getSerialNumber()) + " " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " "
                + IssuedIdentity.subjectDn(cert).replaceAll("[\\r\\n]", " "));
        refresh();
    }

    /** True if this CA issued the serial (as far as the registry knows). */
    synchronized boolean contains(BigInteger serial) {
        return refresh().contains(serial);
    }

    private Set<BigInteger> refresh() {
        List<String> lines = file.readIfChanged();
        if (lines != null) {
            Set<BigInteger> set = new HashSet<>();
            for (String line : lines) {
                try {
                    set.add(Revocation.parseSerial(line.split("\\s+", 2)[0]));
                } catch (IllegalArgumentException e) {
                    // not a serial: ignore the line
                }
            }
            serials = set;
        }
        return serials;
    }
}
