package kz.elicensing.sandbox.admin;

import java.time.Duration;
import java.util.Objects;

/**
 * Test switches for the CA's revocation services: OCSP / CRL down (HTTP 503), an OCSP answer delay, and an OCSP
 * responder that misbehaves (answers shifted in time, without nextUpdate, without the nonce, or a replay of the first
 * GOOD answer for the serial); default up and well-behaved.
 */
public final class RevocationFaults {

    private volatile boolean ocspDown;
    private volatile boolean crlDown;
    private volatile Duration ocspDelay = Duration.ZERO;
    private volatile Duration ocspShift = Duration.ZERO;
    private volatile boolean ocspNextUpdate = true;
    private volatile boolean ocspNonce = true;
    private volatile boolean ocspReplay;

    /** thisUpdate, nextUpdate and producedAt moved by this much: negative for a stale answer, positive for a future one. */
    public RevocationFaults ocspShift(Duration shift) {
        this.ocspShift = Objects.requireNonNull(shift, "shift");
        return this;
    }

    /** False: answers carry no nextUpdate. */
    public RevocationFaults ocspNextUpdate(boolean present) {
        this.ocspNextUpdate = present;
        return this;
    }

    /** False: the request's nonce is not echoed. */
    public RevocationFaults ocspNonce(boolean echo) {
        this.ocspNonce = echo;
        return this;
    }

    /** True: a serial that once got a GOOD answer gets that same old answer again (even after a revocation). */
    public RevocationFaults ocspReplay(boolean replay) {
        this.ocspReplay = replay;
        return this;
    }

    /** How the OCSP responder behaves under these switches. */
    public kz.elicensing.sandbox.pki.OcspResponder.Behaviour ocspBehaviour() {
        return new kz.elicensing.sandbox.pki.OcspResponder.Behaviour(ocspShift, ocspNextUpdate, ocspNonce, ocspReplay);
    }

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
        ocspShift = Duration.ZERO;
        ocspNextUpdate = true;
        ocspNonce = true;
        ocspReplay = false;
        return this;
    }

    /**
     * e.g. "ocsp=up crl=down ocspDelay=PT2S"; a misbehaving responder adds its switches, e.g. " ocspShift=-PT2H
     * ocspNextUpdate=off ocspNonce=omit ocspReplay=on" (each only when it is not the default).
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(
                "ocsp=" + (ocspDown ? "down" : "up") + " crl=" + (crlDown ? "down" : "up") + " ocspDelay=" + ocspDelay);
        if (!ocspShift.isZero()) {
            s.append(" ocspShift=").append(ocspShift);
        }
        if (!ocspNextUpdate) {
            s.append(" ocspNextUpdate=off");
        }
        if (!ocspNonce) {
            s.append(" ocspNonce=omit");
        }
        if (ocspReplay) {
            s.append(" ocspReplay=on");
        }
        return s.toString();
    }
}
