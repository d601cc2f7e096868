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
 * The sandbox CA's OCSP responder (RFC 6960): answers GOOD, REVOKED or UNKNOWN per requested CertID, signed by the CA
 * key itself (responder ID by key hash, CA certificate included), nonce echoed; thisUpdate now, nextUpdate now+1h.
 */
public final class OcspResponder {

    /** How long an answer is valid (nextUpdate - thisUpdate). */
    public static final Duration VALIDITY = Duration.ofHours(1);
    /** Largest request accepted. */
    public static final int MAX_REQUEST_BYTES = 64 * 1024;

    private final X509CertificateHolder caHolder;
    private final PrivateKey caKey;
    private final IssuedSerials issued;
    private final Revocations revocations;
    private final DigestCalculatorProvider digests;
    private final RespID responderId;

    OcspResponder(X509Certificate caCert, PrivateKey caKey, IssuedSerials issued, Revocations revocations) {
        this.caKey = caKey;
        this.issued = issued;
        this.revocations = revocations;
        try {
            this.caHolder = new JcaX509CertificateHolder(caCert);
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
            this.responderId = new RespID(caHolder.getSubjectPublicKeyInfo(), digests.get(CertificateID.HASH_SHA1));
        } catch (GeneralSecurityException | OperatorCreationException | OCSPException e) {
            throw new IllegalStateException("cannot set up the OCSP responder", e);
        }
    }

    /** Answers a DER OCSPRequest with a DER OCSPResponse (MALFORMED_REQUEST if it cannot be parsed). */
    public byte[] respond(byte[] request) {
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
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Date thisUpdate = Date.from(now);
            Date nextUpdate = Date.from(now.plus(VALIDITY));
            BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(responderId);
            for (Req item : items) {
                CertificateID id = item.getCertID();
                b.addResponse(id, status(id), thisUpdate, nextUpdate, null);
            }
            Extension nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null) {
                b.setResponseExtensions(new Extensions(nonce));
            }
            BasicOCSPResp basic = b.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(caKey),
                    new X509CertificateHolder[] {caHolder},
                    thisUpdate);
            return new OCSPRespBuilder()
                    .build(OCSPRespBuilder.SUCCESSFUL, basic)
                    .getEncoded();
        } catch (OCSPException | OperatorCreationException | IOException | RuntimeException e) {
            return error(OCSPRespBuilder.INTERNAL_ERROR);
        }
    }

    /** GOOD (null), REVOKED or UNKNOWN for one CertID. */
    CertificateStatus status(CertificateID id) {
        boolean ours;
        try {
            ours = id.matchesIssuer(caHolder, digests);
        } catch (OCSPException e) {
            ours = false; // a hash algorithm we do not know
        }
        if (!ours) {
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
