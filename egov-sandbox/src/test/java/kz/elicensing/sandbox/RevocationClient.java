package kz.elicensing.sandbox;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Test helper: asks the sandbox's OCSP responder and CRL over real HTTP, as a relying party would. */
public final class RevocationClient {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RevocationClient() {}

    /** A CertID (SHA-1, like the JDK and E-licensing) for a serial under an issuer. */
    public static CertificateID certId(X509Certificate issuer, BigInteger serial) throws Exception {
        return new CertificateID(
                new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(issuer),
                serial);
    }

    /** An OCSP request for one CertID, with a nonce extension (RFC 8954: extnValue = DER OCTET STRING) if not null. */
    public static OCSPReq request(CertificateID id, byte[] nonce) throws Exception {
        OCSPReqBuilder b = new OCSPReqBuilder().addRequest(id);
        if (nonce != null) {
            b.setRequestExtensions(new Extensions(
                    Extension.create(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(nonce))));
        }
        return b.build();
    }

    /** POSTs raw bytes as application/ocsp-request. */
    public static HttpResponse<byte[]> post(String url, byte[] body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET. */
    public static HttpResponse<byte[]> get(String url) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POSTs a form to the admin API and returns the response. */
    public static HttpResponse<String> postForm(String url, String form) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs the request and returns the successful basic response (fails otherwise). */
    public static BasicOCSPResp ask(String ocspUrl, OCSPReq request) throws Exception {
        HttpResponse<byte[]> r = post(ocspUrl, request.getEncoded());
        if (r.statusCode() != 200) {
            throw new AssertionError("HTTP " + r.statusCode());
        }
        OCSPResp resp = new OCSPResp(r.body());
        if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
            throw new AssertionError("OCSP status " + resp.getStatus());
        }
        return (BasicOCSPResp) resp.getResponseObject();
    }

    /** The single response for a serial of the issuer. */
    public static SingleResp askOne(String ocspUrl, X509Certificate issuer, BigInteger serial) throws Exception {
        CertificateID id = certId(issuer, serial);
        BasicOCSPResp basic = ask(ocspUrl, request(id, null));
        for (SingleResp s : basic.getResponses()) {
            if (s.getCertID().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no answer for " + serial.toString(16));
    }

    /** Downloads and parses the CRL (fails on anything but HTTP 200). */
    public static X509CRL crl(String url) throws Exception {
        HttpResponse<byte[]> r = get(url);
        if (r.statusCode() != 200) {
            throw new AssertionError("HTTP " + r.statusCode());
        }
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(r.body()));
    }
}
