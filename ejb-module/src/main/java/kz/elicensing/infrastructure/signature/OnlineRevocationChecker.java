package kz.elicensing.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Revocation by OCSP at the responder the certificate names (or the CA's configured override), falling back to the
 * CRL distribution point; answers cached for {@code elicensing.revocation.cache-seconds}. No answer is never a pass.
 * An OCSP answer counts only when it is fresh (thisUpdate and producedAt not ahead of our clock by more than the skew,
 * thisUpdate not older than the maximum answer age, nextUpdate not passed) and echoes our nonce (unless the CA's policy
 * makes it optional); a cached answer is reused only while it is still fresh.
 */
@ApplicationScoped
public class OnlineRevocationChecker implements RevocationChecker {
    private static final Logger LOG = Logger.getLogger(OnlineRevocationChecker.class.getName());
    private static final String OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";

    /** A cached answer for one certificate: good, or revoked at a time; valid from thisUpdate to nextUpdate (or null). */
    private record Answer(
            String source,
            Instant producedAt,
            Instant revokedAt,
            Instant fetchedAt,
            Instant thisUpdate,
            Instant nextUpdate) {}

    /** A cached CRL with when it was fetched. */
    private record CachedCrl(X509CRL crl, Instant fetchedAt) {}

    private final ConcurrentMap<String, Answer> answers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CachedCrl> crls = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private volatile HttpClient http;

    @Inject
    ElicensingConfig config;

    @Inject
    TrustAnchors trustAnchors;

    @Override
    public RevocationStatus check(X509Certificate certificate, X509Certificate issuer, Instant at) {
        RevocationPolicy policy = trustAnchors.policyFor(issuer);
        if (!policy.check()) {
            return new RevocationStatus(
                    "POLICY:none (" + issuer.getSubjectX500Principal().getName() + ")", null, false);
        }
        String key = issuer.getSerialNumber().toString(16) + "/"
                + certificate.getSerialNumber().toString(16);
        Answer cached = answers.get(key);
        boolean fromCache = cached != null
                && cached.fetchedAt().plus(config.revocationCacheTime()).isAfter(Instant.now())
                && stillFresh(cached, Instant.now());
        Answer answer = fromCache ? cached : ask(certificate, issuer, policy);
        if (!fromCache) {
            answers.put(key, answer);
        }
        if (answer.revokedAt() != null && !answer.revokedAt().isAfter(at)) {
            throw new ElicensingException(
                    ErrorCode.CERTIFICATE_REVOKED,
                    "revoked at " + answer.revokedAt() + " (" + answer.source() + ")",
                    answer.revokedAt().toString());
        }
        return new RevocationStatus(answer.source(), answer.producedAt(), fromCache);
    }

    /** A cached answer is reused only while its nextUpdate has not passed and (for OCSP) it is not too old. */
    private boolean stillFresh(Answer answer, Instant now) {
        Duration skew = config.revocationClockSkew();
        if (answer.nextUpdate() != null && answer.nextUpdate().plus(skew).isBefore(now)) {
            return false;
        }
        return !answer.source().startsWith("OCSP ")
                || !answer.thisUpdate()
                        .plus(config.ocspMaxAnswerAge())
                        .plus(skew)
                        .isBefore(now);
    }

    private Answer ask(X509Certificate certificate, X509Certificate issuer, RevocationPolicy policy) {
        StringBuilder tried = new StringBuilder();
        String ocspUrl = policy.ocspUrl() != null
                ? policy.ocspUrl()
                : ocspUrlOf(certificate).orElse(null);
        if (ocspUrl != null) {
            try {
                Optional<Answer> answer = ocsp(ocspUrl, certificate, issuer, policy);
                if (answer.isPresent()) {
                    return answer.get();
                }
                tried.append("OCSP ").append(ocspUrl).append(": status unknown; ");
            } catch (IOException
                    | OCSPException
                    | GeneralSecurityException
                    | OperatorCreationException
                    | IllegalArgumentException
                    | ClassCastException e) {
                // a malformed answer is no answer: fall back to the CRL
                tried.append("OCSP ")
                        .append(ocspUrl)
                        .append(": ")
                        .append(e.getMessage())
                        .append("; ");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                tried.append("OCSP interrupted; ");
            }
        }
        String crlUrl = policy.crlUrl() != null
                ? policy.crlUrl()
                : crlUrlOf(certificate).orElse(null);
        if (crlUrl != null) {
            try {
                X509CRL crl = crl(crlUrl, issuer);
                X509CRLEntry entry = crl.getRevokedCertificate(certificate.getSerialNumber());
                return new Answer(
                        "CRL " + crlUrl,
                        crl.getThisUpdate().toInstant(),
                        entry == null ? null : entry.getRevocationDate().toInstant(),
                        Instant.now(),
                        crl.getThisUpdate().toInstant(),
                        crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant());
            } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                tried.append("CRL ").append(crlUrl).append(": ").append(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                tried.append("CRL interrupted");
            }
        }
        String detail = tried.length() == 0 ? "the certificate names no OCSP responder and no CRL" : tried.toString();
        LOG.warning(() -> "revocation of " + certificate.getSubjectX500Principal() + " unknown: " + detail);
        throw new ElicensingException(ErrorCode.REVOCATION_UNKNOWN, detail);
    }

    private Optional<Answer> ocsp(
            String url, X509Certificate certificate, X509Certificate issuer, RevocationPolicy policy)
            throws IOException, InterruptedException, OCSPException, GeneralSecurityException,
                    OperatorCreationException {
        CertificateID id = new CertificateID(
                new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(issuer),
                certificate.getSerialNumber());
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        OCSPReq request = new OCSPReqBuilder()
                .addRequest(id)
                .setRequestExtensions(new Extensions(
                        Extension.create(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(nonce))))
                .build();
        HttpResponse<byte[]> response = client().send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(config.revocationTimeout())
                                .header("Content-Type", "application/ocsp-request")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        OCSPResp ocsp = new OCSPResp(response.body());
        if (ocsp.getStatus() != OCSPResp.SUCCESSFUL) {
            throw new IOException("OCSP response status " + ocsp.getStatus());
        }
        BasicOCSPResp basic = (BasicOCSPResp) ocsp.getResponseObject();
        verifyResponder(basic, issuer);
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (echoed == null && policy.nonceRequired()) {
            throw new IOException("the OCSP answer does not echo our nonce (the CA's policy requires it)");
        }
        if (echoed != null
                && !Arrays.equals(
                        nonce,
                        ASN1OctetString.getInstance(echoed.getParsedValue()).getOctets())) {
            throw new IOException("OCSP nonce does not match");
        }
        Instant now = Instant.now();
        Instant produced = basic.getProducedAt().toInstant();
        for (SingleResp single : basic.getResponses()) {
            if (!single.getCertID().equals(id)) {
                continue;
            }
            Instant thisUpdate = single.getThisUpdate().toInstant();
            Instant nextUpdate = single.getNextUpdate() == null
                    ? null
                    : single.getNextUpdate().toInstant();
            checkFreshness(thisUpdate, nextUpdate, produced, now);
            CertificateStatus status = single.getCertStatus();
            if (status == CertificateStatus.GOOD) {
                return Optional.of(new Answer("OCSP " + url, produced, null, now, thisUpdate, nextUpdate));
            }
            if (status instanceof RevokedStatus revoked) {
                return Optional.of(new Answer(
                        "OCSP " + url, produced, revoked.getRevocationTime().toInstant(), now, thisUpdate, nextUpdate));
            }
            return Optional.empty();
        }
        throw new IOException("the OCSP answer does not cover the certificate");
    }

    /**
     * RFC 6960 4.2.2.1 / 3.2: thisUpdate and producedAt not ahead of {@code now} by more than the skew, thisUpdate not
     * older than the maximum answer age, nextUpdate (when given) not passed by more than the skew.
     */
    private void checkFreshness(Instant thisUpdate, Instant nextUpdate, Instant producedAt, Instant now)
            throws IOException {
        Duration skew = config.revocationClockSkew();
        if (thisUpdate.isAfter(now.plus(skew)) || producedAt.isAfter(now.plus(skew))) {
            throw new IOException("OCSP answer from the future (thisUpdate " + thisUpdate + ", producedAt " + producedAt
                    + ", now " + now + ")");
        }
        if (thisUpdate.plus(config.ocspMaxAnswerAge()).plus(skew).isBefore(now)) {
            throw new IOException(
                    "stale OCSP answer (thisUpdate " + thisUpdate + ", older than " + config.ocspMaxAnswerAge() + ")");
        }
        if (nextUpdate != null && nextUpdate.plus(skew).isBefore(now)) {
            throw new IOException("stale OCSP answer (nextUpdate " + nextUpdate + ")");
        }
    }

    /** The answer must be signed by the issuing CA itself or by a responder certificate it issued for OCSP signing. */
    private static void verifyResponder(BasicOCSPResp basic, X509Certificate issuer)
            throws OCSPException, OperatorCreationException, GeneralSecurityException, IOException {
        JcaContentVerifierProviderBuilder verifiers = new JcaContentVerifierProviderBuilder();
        if (basic.isSignatureValid(verifiers.build(issuer.getPublicKey()))) {
            return;
        }
        for (X509CertificateHolder holder : basic.getCerts()) {
            X509Certificate responder = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
            try {
                responder.verify(issuer.getPublicKey());
            } catch (GeneralSecurityException e) {
                continue;
            }
            responder.checkValidity();
            if (responder.getExtendedKeyUsage() != null
                    && responder.getExtendedKeyUsage().contains(OCSP_SIGNING)
                    && basic.isSignatureValid(verifiers.build(responder))) {
                return;
            }
        }
        throw new GeneralSecurityException("the OCSP answer is not signed by the CA or its responder");
    }

    private X509CRL crl(String url, X509Certificate issuer)
            throws IOException, InterruptedException, GeneralSecurityException {
        String key = url + "|" + issuer.getSerialNumber().toString(16); // a CRL is the one CA's, verified with its key
        CachedCrl cached = crls.get(key);
        Instant now = Instant.now();
        if (cached != null
                && cached.fetchedAt().plus(config.revocationCacheTime()).isAfter(now)
                && (cached.crl().getNextUpdate() == null
                        || cached.crl().getNextUpdate().toInstant().isAfter(now))) {
            return cached.crl();
        }
        byte[] body;
        URI uri = URI.create(url);
        if ("file".equals(uri.getScheme())) {
            body = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(uri));
        } else {
            HttpResponse<byte[]> response = client().send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(config.revocationTimeout())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            body = response.body();
        }
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(body));
        crl.verify(issuer.getPublicKey());
        if (crl.getThisUpdate().toInstant().isAfter(now.plus(config.revocationClockSkew()))) {
            throw new IOException(
                    "a CRL from the future (thisUpdate " + crl.getThisUpdate().toInstant() + ")");
        }
        if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(now)) {
            throw new IOException(
                    "the CRL is out of date (nextUpdate " + crl.getNextUpdate().toInstant() + ")");
        }
        crls.put(key, new CachedCrl(crl, now));
        return crl;
    }

    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            c = HttpClient.newBuilder()
                    .connectTimeout(config.revocationTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            http = c;
        }
        return c;
    }

    static Optional<String> ocspUrlOf(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (value == null) {
            return Optional.empty();
        }
        try {
            AuthorityInformationAccess aia =
                    AuthorityInformationAccess.getInstance(JcaX509ExtensionUtils.parseExtensionValue(value));
            for (AccessDescription d : aia.getAccessDescriptions()) {
                if (AccessDescription.id_ad_ocsp.equals(d.getAccessMethod())
                        && d.getAccessLocation().getTagNo() == GeneralName.uniformResourceIdentifier) {
                    return Optional.of(d.getAccessLocation().getName().toString());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<String> crlUrlOf(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (value == null) {
            return Optional.empty();
        }
        try {
            CRLDistPoint points = CRLDistPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(value));
            for (DistributionPoint p : points.getDistributionPoints()) {
                DistributionPointName name = p.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName g :
                            GeneralNames.getInstance(name.getName()).getNames()) {
                        if (g.getTagNo() == GeneralName.uniformResourceIdentifier) {
                            return Optional.of(g.getName().toString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** For tests and admins: forget every cached answer. */
    public void clearCache() {
        answers.clear();
        crls.clear();
    }
}
