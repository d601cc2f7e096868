package kz.elicensing.infrastructure.signature;

import java.security.cert.X509Certificate;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.signature.SignerIdentity;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Reads the national (NCA) conventions from a certificate: IIN from SERIALNUMBER, BIN from OU, name from CN. */
public final class NcaCertificates {
    private static final int NON_REPUDIATION = 1;

    private NcaCertificates() {}

    /** A person's identity (SERIALNUMBER=IIN required); a certificate without an IIN is SIGNER_MISMATCH. */
    public static SignerIdentity identity(X509Certificate certificate) {
        SignerIdentity identity = personOrSeal(certificate);
        if (identity.iin() == null) {
            throw new ElicensingException(
                    ErrorCode.SIGNER_MISMATCH, "certificate has no IIN in SERIALNUMBER: " + identity.subject());
        }
        return identity;
    }

    /**
     * A person's identity, or an organisation's seal (OU=BIN and no SERIALNUMBER=IIN: {@link SignerIdentity#isSeal()});
     * a certificate naming neither an IIN nor a BIN is SIGNER_MISMATCH.
     */
    public static SignerIdentity personOrSeal(X509Certificate certificate) {
        X500Name subject = subject(certificate);
        String serial = first(subject, BCStyle.SERIALNUMBER);
        String iin = serial != null && serial.startsWith("IIN") ? serial.substring(3) : null;
        String bin = bin(subject);
        if (iin == null && bin == null) {
            throw new ElicensingException(
                    ErrorCode.SIGNER_MISMATCH, "certificate names neither an IIN nor a BIN: " + subject);
        }
        return new SignerIdentity(
                iin,
                bin,
                first(subject, BCStyle.CN),
                subject.toString(),
                certificate.getIssuerX500Principal().getName(),
                certificate.getSerialNumber().toString(16),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
    }

    /** True when the certificate is a signing certificate (key usage nonRepudiation). */
    public static boolean isSigningCertificate(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        return usage != null && usage.length > NON_REPUDIATION && usage[NON_REPUDIATION];
    }

    /** The certificate's subject as BouncyCastle reads it. */
    static X500Name subject(X509Certificate certificate) {
        try {
            return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        } catch (IllegalArgumentException e) {
            throw new ElicensingException(ErrorCode.SIGNATURE_INVALID, "unreadable certificate subject", e);
        }
    }

    /** The organisation's BIN from {@code OU=BIN...}, or null. */
    static String bin(X500Name subject) {
        String ou = first(subject, BCStyle.OU);
        return ou != null && ou.startsWith("BIN") ? ou.substring(3) : null;
    }

    /** The first value of an attribute of the name, or null. */
    static String first(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0
                ? null
                : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
