package kz.elicensing.sandbox.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** The sandbox's time-stamping authority (RFC 3161, as the national CA's TSP service): stamps a SHA-256 imprint at a given time. */
public final class TimeStampAuthority {
    /** The sandbox TSA's policy OID (a private arc; the real service names its own). */
    public static final String POLICY = "1.2.398.3.3.2.99.1";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IssuedIdentity identity;

    public TimeStampAuthority(IssuedIdentity identity) {
        this.identity = identity;
    }

    /** A TSA certificate (critical EKU id-kp-timeStamping) from {@code pki}'s CA, valid for the given period. */
    public static TimeStampAuthority issue(TestPki pki, Instant notBefore, Instant notAfter, boolean untrusted) {
        return new TimeStampAuthority(pki.issue(IdentitySpec.builder(IdentitySpec.Kind.TIME_STAMPING)
                .commonName("TSA НУЦ РК (SANDBOX)")
                .organisation("E-licensing sandbox")
                .bin("040340008429")
                .usage(IdentitySpec.Usage.SIGNING)
                .keyAlgorithm(IdentitySpec.KeyAlgorithm.RSA_2048)
                .validity(notBefore, notAfter)
                .untrusted(untrusted)
                .build()));
    }

    public IssuedIdentity identity() {
        return identity;
    }

    /** The DER TimeStampToken over {@code data}'s SHA-256 at {@code genTime}, TSA certificate included. */
    public byte[] stamp(byte[] data, Instant genTime) {
        try {
            byte[] imprint = MessageDigest.getInstance("SHA-256").digest(data);
            return stampImprint(imprint, genTime);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The DER TimeStampToken over a SHA-256 imprint at {@code genTime}. */
    public byte[] stampImprint(byte[] sha256Imprint, Instant genTime) {
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        TimeStampRequest request =
                requests.generate(TSPAlgorithms.SHA256, sha256Imprint, BigInteger.valueOf(RANDOM.nextLong()));
        try {
            return answer(request, genTime).getTimeStampToken().getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the time-stamp token", e);
        }
    }

    /** Answers an RFC 3161 request (DER) at {@code genTime}: a granted response with the token, or a rejection. */
    public byte[] respond(byte[] derRequest, Instant genTime) {
        try {
            return answer(new TimeStampRequest(derRequest), genTime).getEncoded();
        } catch (IOException e) {
            throw new IllegalArgumentException("not a time-stamp request", e);
        }
    }

    private TimeStampResponse answer(TimeStampRequest request, Instant genTime) {
        try {
            String alg = "EC".equals(identity.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build(alg, identity.privateKey(), identity.certificate()),
                    new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder()
                            .build()
                            .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier(POLICY));
            tokens.addCertificates(new JcaCertStore(List.of(identity.certificate())));
            TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
            return responses.generate(
                    request, BigInteger.valueOf(RANDOM.nextLong() & Long.MAX_VALUE), Date.from(genTime));
        } catch (OperatorCreationException | CertificateEncodingException | TSPException e) {
            throw new IllegalStateException("cannot time-stamp", e);
        }
    }
}
