package kz.elicensing.sandbox.pki;

import java.util.Locale;

/** One row of {@code authorized-persons.tsv}: a provider's demo employee, the kind of key they hold and its alias. */
public record AuthorizedPerson(
        String providerCode,
        String bin,
        String iin,
        String surname,
        String name,
        String patronymic,
        String positionRu,
        String positionKk,
        Kind kind,
        String keyAlias) {

    /** What the person's key is for the tests: listed and valid, listed with an expired or revoked key, or unlisted. */
    public enum Kind {
        AUTHORIZED,
        EXPIRED_KEY,
        REVOKED_KEY,
        NOT_AUTHORIZED
    }

    /** The keystore file under {@code <data>/keys}: {@code <key_alias>.p12}. */
    public String fileName() {
        return keyAlias + ".p12";
    }

    /** "SURNAME NAME PATRONYMIC". */
    public String fullName() {
        return surname + " " + name + (patronymic == null || patronymic.isEmpty() ? "" : " " + patronymic);
    }

    /** The seal alias of this person's provider: {@code seal-<provider_code lowercased>}. */
    public String sealAlias() {
        return ProviderKeys.sealAlias(providerCode);
    }

    static Kind kind(String s) {
        return Kind.valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
