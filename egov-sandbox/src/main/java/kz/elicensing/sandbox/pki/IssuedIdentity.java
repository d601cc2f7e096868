package kz.elicensing.sandbox.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A key pair with its certificate and chain (certificate first, then the issuing CA), storable as PKCS#12. */
public final class IssuedIdentity {

    /** The key entry alias in every keystore the sandbox writes. */
    public static final String ALIAS = "signer";

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    public IssuedIdentity(PrivateKey privateKey, List<X509Certificate> chain) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("chain must hold at least the certificate");
        }
        this.chain = List.copyOf(chain);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The subject DN in NCA order and readable attribute names (CN=..., SURNAME=..., SERIALNUMBER=IIN..., ...). */
    public String subjectDn() {
        return subjectDn(certificate());
    }

    /** The subject DN of any certificate in readable form (BouncyCastle style, not RFC 2253 hex for SERIALNUMBER etc.). */
    public static String subjectDn(X509Certificate cert) {
        return org.bouncycastle.asn1.x500.X500Name.getInstance(
                        org.bouncycastle.asn1.x500.style.BCStyle.INSTANCE,
                        cert.getSubjectX500Principal().getEncoded())
                .toString();
    }

    /** The certificate followed by the CA certificate. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** A PKCS#12 keystore with one key entry under {@link #ALIAS}. */
    public KeyStore toKeyStore(char[] password) {
        return toKeyStore(password, ALIAS);
    }

    /** A PKCS#12 keystore with one key entry under {@code alias}. */
    public KeyStore toKeyStore(char[] password, String alias) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(alias, privateKey, password, chain.toArray(new Certificate[0]));
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build PKCS#12 keystore", e);
        }
    }

    /** Writes a PKCS#12 file (JDK keystore, alias "signer"), replacing the file atomically. */
    public void saveP12(Path file, char[] password) {
        saveP12(file, password, ALIAS);
    }

    /** Writes a PKCS#12 file with the key entry under {@code alias}, replacing the file atomically. */
    public void saveP12(Path file, char[] password, String alias) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".tmp-", ".p12");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                toKeyStore(password, alias).store(out, password);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    /** Reads a PKCS#12 file; takes the entry "signer", or the first key entry if there is none by that name. */
    public static IssuedIdentity loadP12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            String alias = ks.isKeyEntry(ALIAS) ? ALIAS : null;
            if (alias == null) {
                for (String a : java.util.Collections.list(ks.aliases())) {
                    if (ks.isKeyEntry(a)) {
                        alias = a;
                        break;
                    }
                }
            }
            if (alias == null) {
                throw new IllegalStateException("no key entry in " + file);
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : ks.getCertificateChain(alias)) {
                chain.add((X509Certificate) c);
            }
            return new IssuedIdentity((PrivateKey) ks.getKey(alias, password), chain);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    @Override
    public String toString() {
        return "IssuedIdentity[" + subjectDn() + "]";
    }
}
