package kz.elicensing.sandbox.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The sandbox CA's OCSP responder (RFC 6960): answers GOOD, REVOKED or UNKNOWN per requested CertID, signed by the
 * issuing CA's key itself (the root or an intermediate of {@link TestPki#issueIntermediate}; responder ID by key hash,
 * CA certificate included), nonce echoed; thisUpdate now, nextUpdate now+1h. A {@link Behaviour} makes it misbehave
 * on demand (answers from another time, no nextUpdate, no nonce, a replay of the first GOOD answer).
 */
public final class OcspResponder {

    /** How long an answer is valid (nextUpdate - thisUpdate). */
    public static final Duration VALIDITY = Duration.ofHours(1);
    /** Largest request accepted. */
    public static final int MAX_REQUEST_BYTES = 64 * 1024;

    /**
     * How the responder misbehaves: {@code shift} moves thisUpdate, nextUpdate and producedAt (negative: an old
     * answer, positive: one from the future); {@code nextUpdate} false leaves nextUpdate out; {@code echoNonce} false
     * ignores the request's nonce; {@code replay} answers with the first GOOD answer ever given for the serial.
     */
    public record Behaviour(Duration shift, boolean nextUpdate, boolean echoNonce, boolean replay) {
        /** RFC 6960 as it should be. */
        public static final Behaviour NORMAL = new Behaviour(Duration.ZERO, true, true, false);
    }

    /** One CA this responder answers for, with the key that signs its answers. */
    private record Issuer(X509CertificateHolder holder, PrivateKey key, RespID responderId) {}

    private final java.util.List<Issuer> issuers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.Map<BigInteger, byte[]> firstGood = new java.util.concurrent.ConcurrentHashMap<>();
    private final IssuedSerials issued;
    private final Revocations revocations;
    private final DigestCalculatorProvider digests;

    OcspResponder(X509Certificate caCert, PrivateKey caKey, IssuedSerials issued, Revocations revocations) {
        this.issued = issued;
        this.revocations = revocations;
        try {
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot set up the OCSP responder", e);
        }
        addIssuer(caCert, caKey);
    }

    /** Answers for certificates of another CA too (an intermediate), signed with that CA's key. */
    void addIssuer(X509Certificate caCert, PrivateKey caKey) {
        try {
            X509CertificateHolder holder = new JcaX509CertificateHolder(caCert);
            issuers.add(new Issuer(
                    holder, caKey, new RespID(holder.getSubjectPublicKeyInfo(), digests.get(CertificateID.HASH_SHA1))));
        } catch (GeneralSecurityException | OperatorCreationException | OCSPException e) {
            throw new IllegalStateException("cannot set up the OCSP responder", e);
        }
    }

    /** Answers a DER OCSPRequest with a DER OCSPResponse (MALFORMED_REQUEST if it cannot be parsed). */
    public byte[] respond(byte[] request) {
        return respond(request, Behaviour.NORMAL);
    }

    /** Answers like {@link #respond(byte[])}, misbehaving as {@code behaviour} says. */
    public byte[] respond(byte[] request, Behaviour behaviour) {
        OCSPReq req;
        Req[] items;
        try {
            if (request == null || request.length == 0 || request.length > MAX_REQUEST_BYTES) {
                return error(OCSPRespBuilder.MALFORMED_REQUEST);
            }
            req = new OCSPReq(request);
            items = req.getRequestList();
        } catch (IOException | RuntimeException e) {
            return error(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        if (items.length == 0) {
            return error(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        BigInteger firstSerial = items[0].getCertID().getSerialNumber();
        if (behaviour.replay() && firstGood.containsKey(firstSerial)) {
            return firstGood.get(firstSerial).clone();
        }
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(behaviour.shift());
            Date thisUpdate = Date.from(now);
            Date nextUpdate = behaviour.nextUpdate() ? Date.from(now.plus(VALIDITY)) : null;
            Issuer signer = issuerOf(items[0].getCertID()).orElse(issuers.get(0));
            BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(signer.responderId());
            boolean allGood = true;
            for (Req item : items) {
                CertificateID id = item.getCertID();
                CertificateStatus status = status(id);
                allGood &= status == CertificateStatus.GOOD;
                b.addResponse(id, status, thisUpdate, nextUpdate, null);
            }
            Extension nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null && behaviour.echoNonce()) {
                b.setResponseExtensions(new Extensions(nonce));
            }
            BasicOCSPResp basic = b.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(signer.key()),
                    new X509CertificateHolder[] {signer.holder()},
                    thisUpdate);
            byte[] answer = new OCSPRespBuilder()
                    .build(OCSPRespBuilder.SUCCESSFUL, basic)
                    .getEncoded();
            if (allGood && items.length == 1) {
                firstGood.putIfAbsent(firstSerial, answer);
            }
            return answer;
        } catch (OCSPException | OperatorCreationException | IOException | RuntimeException e) {
            return error(OCSPRespBuilder.INTERNAL_ERROR);
        }
    }

    /** The CA of this responder that issued the CertID's certificate. */
    private Optional<Issuer> issuerOf(CertificateID id) {
        for (Issuer issuer : issuers) {
            try {
                if (id.matchesIssuer(issuer.holder(), digests)) {
                    return Optional.of(issuer);
                }
            } catch (OCSPException e) {
                // a hash algorithm we do not know
            }
        }
        return Optional.empty();
    }

    /** GOOD (null), REVOKED or UNKNOWN for one CertID. */
    CertificateStatus status(CertificateID id) {
        if (issuerOf(id).isEmpty()) {
            return new UnknownStatus();
        }
        BigInteger serial = id.getSerialNumber();
        Optional<Revocation> revoked = revocations.find(serial);
        if (revoked.isPresent()) {
            return new RevokedStatus(
                    Date.from(revoked.get().revokedAt()), revoked.get().reason());
        }
        return issued.contains(serial) ? CertificateStatus.GOOD : new UnknownStatus();
    }

    private static byte[] error(int status) {
        try {
            OCSPResp resp = new OCSPRespBuilder().build(status, null);
            return resp.getEncoded();
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
