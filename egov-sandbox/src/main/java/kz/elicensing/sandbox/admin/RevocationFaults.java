package kz.elicensing.sandbox.admin;

import java.time.Duration;
import java.util.Objects;

/** Test switches for the CA's revocation services: OCSP / CRL down (HTTP 503) and an OCSP answer delay; default up. */
public final class RevocationFaults {

    private volatile boolean ocspDown;
    private volatile boolean crlDown;
    private volatile Duration ocspDelay = Duration.ZERO;

    /** True: the OCSP responder answers HTTP 503. */
    public RevocationFaults ocspDown(boolean down) {
        this.ocspDown = down;
        return this;
    }

    /** True: the CRL answers HTTP 503. */
    public RevocationFaults crlDown(boolean down) {
        this.crlDown = down;
        return this;
    }

    /** Every OCSP answer (also a 503) is sent only after this delay; zero for none. */
    public RevocationFaults ocspDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        this.ocspDelay = delay;
        return this;
    }

    public boolean ocspDown() {
        return ocspDown;
    }

    public boolean crlDown() {
        return crlDown;
    }

    public Duration ocspDelay() {
        return ocspDelay;
    }

    /** Back to defaults: everything up, no delay. */
    public RevocationFaults reset() {
        ocspDown = false;
        crlDown = false;
        ocspDelay = Duration.ZERO;
        return this;
    }

    /** e.g. "ocsp=up crl=down ocspDelay=PT2S". */
    @Override
    public String toString() {
        return "ocsp=" + (ocspDown ? "down" : "up") + " crl=" + (crlDown ? "down" : "up") + " ocspDelay=" + ocspDelay;
    }
}
