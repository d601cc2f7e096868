package kz.elicensing.sandbox.pki;

import java.time.Instant;
import java.util.Objects;

/** What a test certificate should say: the holder's kind, IIN/BIN, names, key usage, key algorithm, validity and issuer. */
public final class IdentitySpec {

    /** The holder's kind, as the NCA distinguishes them. */
    public enum Kind {
        INDIVIDUAL,
        LEGAL_ENTITY_HEAD,
        LEGAL_ENTITY_EMPLOYEE,
        SYSTEM,
        TIME_STAMPING
    }

    /**
     * SIGNING: keyUsage nonRepudiation; AUTHENTICATION: digitalSignature + keyEncipherment; SIGNING_RSA:
     * digitalSignature + nonRepudiation (the NCA's RSA signing profile of legal-entity employees and seals).
     */
    public enum Usage {
        SIGNING,
        AUTHENTICATION,
        SIGNING_RSA
    }

    /** The subject key's algorithm. */
    public enum KeyAlgorithm {
        RSA_2048,
        EC_P256
    }

    private final Kind kind;
    private final String iin;
    private final String bin;
    private final String surname;
    private final String name;
    private final String patronymic;
    private final String organisation;
    private final String commonName;
    private final Usage usage;
    private final KeyAlgorithm keyAlgorithm;
    private final Instant notBefore;
    private final Instant notAfter;
    private final boolean untrusted;
    private final boolean revocationInfo;

    private IdentitySpec(Builder b) {
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.iin = b.iin;
        this.bin = b.bin;
        this.surname = b.surname;
        this.name = b.name;
        this.patronymic = b.patronymic;
        this.organisation = b.organisation;
        this.commonName = b.commonName;
        this.usage = Objects.requireNonNull(b.usage, "usage");
        this.keyAlgorithm = Objects.requireNonNull(b.keyAlgorithm, "keyAlgorithm");
        this.notBefore = b.notBefore;
        this.notAfter = b.notAfter;
        this.untrusted = b.untrusted;
        this.revocationInfo = b.revocationInfo;
        if (commonName == null && (surname == null || name == null)) {
            throw new IllegalArgumentException("surname and name (or an explicit commonName) are required");
        }
        if (kind == Kind.INDIVIDUAL && iin == null) {
            throw new IllegalArgumentException("an INDIVIDUAL needs an IIN");
        }
        if (isOrganisation() && bin == null) {
            throw new IllegalArgumentException(kind + " needs a BIN");
        }
        if (notBefore != null && notAfter != null && !notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("notAfter must be after notBefore");
        }
    }

    /**
     * A builder for the given kind; defaults: SIGNING, RSA_2048, validity now-1 day .. now+1 year, trusted,
     * with revocation info (AIA/CRLDP) when the PKI knows its sandbox's URL.
     */
    public static Builder builder(Kind kind) {
        return new Builder(kind);
    }

    /** A builder pre-filled with this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder(kind);
        b.iin = iin;
        b.bin = bin;
        b.surname = surname;
        b.name = name;
        b.patronymic = patronymic;
        b.organisation = organisation;
        b.commonName = commonName;
        b.usage = usage;
        b.keyAlgorithm = keyAlgorithm;
        b.notBefore = notBefore;
        b.notAfter = notAfter;
        b.untrusted = untrusted;
        b.revocationInfo = revocationInfo;
        return b;
    }

    /** True for the kinds whose certificate names an organisation (O and OU=BIN...). */
    public boolean isOrganisation() {
        return kind != Kind.INDIVIDUAL;
    }

    /** CN: the explicit common name, else "SURNAME NAME". */
    public String effectiveCommonName() {
        return commonName != null ? commonName : surname + " " + name;
    }

    public Kind kind() {
        return kind;
    }

    public String iin() {
        return iin;
    }

    public String bin() {
        return bin;
    }

    public String surname() {
        return surname;
    }

    public String name() {
        return name;
    }

    public String patronymic() {
        return patronymic;
    }

    public String organisation() {
        return organisation;
    }

    public String commonName() {
        return commonName;
    }

    public Usage usage() {
        return usage;
    }

    public KeyAlgorithm keyAlgorithm() {
        return keyAlgorithm;
    }
    /** Null means "now minus one day" at issue time. */
    public Instant notBefore() {
        return notBefore;
    }
    /** Null means "now plus one year" at issue time. */
    public Instant notAfter() {
        return notAfter;
    }

    public boolean untrusted() {
        return untrusted;
    }
    /** False: a trusted certificate without AIA (OCSP) and CRL distribution points. */
    public boolean revocationInfo() {
        return revocationInfo;
    }

    /** Fluent builder of {@link IdentitySpec}. */
    public static final class Builder {
        private final Kind kind;
        private String iin;
        private String bin;
        private String surname;
        private String name;
        private String patronymic;
        private String organisation;
        private String commonName;
        private Usage usage = Usage.SIGNING;
        private KeyAlgorithm keyAlgorithm = KeyAlgorithm.RSA_2048;
        private Instant notBefore;
        private Instant notAfter;
        private boolean untrusted;
        private boolean revocationInfo = true;

        private Builder(Kind kind) {
            this.kind = kind;
        }

        public Builder iin(String v) {
            this.iin = v;
            return this;
        }

        public Builder bin(String v) {
            this.bin = v;
            return this;
        }

        public Builder surname(String v) {
            this.surname = v;
            return this;
        }

        public Builder name(String v) {
            this.name = v;
            return this;
        }

        public Builder patronymic(String v) {
            this.patronymic = v;
            return this;
        }

        public Builder organisation(String v) {
            this.organisation = v;
            return this;
        }
        /** Overrides CN (default "SURNAME NAME"), e.g. "E-LICENSING" for a system certificate. */
        public Builder commonName(String v) {
            this.commonName = v;
            return this;
        }

        public Builder usage(Usage v) {
            this.usage = v;
            return this;
        }

        public Builder keyAlgorithm(KeyAlgorithm v) {
            this.keyAlgorithm = v;
            return this;
        }

        public Builder notBefore(Instant v) {
            this.notBefore = v;
            return this;
        }

        public Builder notAfter(Instant v) {
            this.notAfter = v;
            return this;
        }

        public Builder validity(Instant from, Instant to) {
            this.notBefore = from;
            this.notAfter = to;
            return this;
        }
        /** Issued by a separate in-memory "rogue" CA that is not in the trust directory. */
        public Builder untrusted(boolean v) {
            this.untrusted = v;
            return this;
        }
        /** No Authority Information Access (OCSP) and no CRL distribution points, even from the trusted CA. */
        public Builder noRevocationInfo() {
            this.revocationInfo = false;
            return this;
        }

        public IdentitySpec build() {
            return new IdentitySpec(this);
        }
    }
}
