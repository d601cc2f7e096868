package kz.elicensing.infrastructure.document;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Who signed a result, as its signature's certificate says (the printout names them): the person's name, their
 * position where the certificate carries one (title, 2.5.4.12), the certificate's serial in hex, its issuer and end,
 * the IIN (SERIALNUMBER=IIN...; null for a seal).
 */
record Signer(String name, String position, String serial, String issuer, LocalDate notAfter, String iin) {
    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final Map<String, String> NAMES =
            Map.of("2.5.4.12", "T", "2.5.4.4", "SURNAME", "2.5.4.42", "GIVENNAME", "2.5.4.5", "SERIALNUMBER");

    /** The signer of the document's first signature, or null when it has none (or no certificate in it). */
    static Signer of(Document signed) {
        NodeList certificates = signed.getElementsByTagNameNS(DSIG, "X509Certificate");
        if (certificates.getLength() == 0) {
            return null;
        }
        try {
            byte[] der = Base64.getMimeDecoder()
                    .decode(certificates.item(0).getTextContent().strip());
            X509Certificate c = (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            Map<String, String> subject = attributes(c.getSubjectX500Principal());
            String name = subject.getOrDefault("CN", "");
            if (subject.containsKey("SURNAME") && subject.containsKey("GIVENNAME")) {
                name = subject.get("SURNAME") + " " + subject.get("GIVENNAME");
            }
            return new Signer(
                    name,
                    subject.getOrDefault("T", ""),
                    HexFormat.of().withUpperCase().formatHex(c.getSerialNumber().toByteArray()),
                    attributes(c.getIssuerX500Principal())
                            .getOrDefault("CN", c.getIssuerX500Principal().getName()),
                    c.getNotAfter().toInstant().atZone(ZoneId.of("Asia/Almaty")).toLocalDate(),
                    subject.getOrDefault("SERIALNUMBER", "").startsWith("IIN")
                            ? subject.get("SERIALNUMBER").substring(3)
                            : null);
        } catch (CertificateException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The same signer named as the licensor's catalog names its authorized person: full name and position. */
    Signer as(String fullName, String catalogPosition) {
        return new Signer(fullName, catalogPosition, serial, issuer, notAfter, iin);
    }

    private static Map<String, String> attributes(X500Principal principal) {
        java.util.HashMap<String, String> out = new java.util.HashMap<>();
        try {
            for (Rdn rdn : new LdapName(principal.getName(X500Principal.RFC2253, NAMES)).getRdns()) {
                out.putIfAbsent(rdn.getType().toUpperCase(java.util.Locale.ROOT), String.valueOf(rdn.getValue()));
            }
        } catch (InvalidNameException e) {
            // a name the LDAP syntax cannot read: nothing named
        }
        return out;
    }
}
