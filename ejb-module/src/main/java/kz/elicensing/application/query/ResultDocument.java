package kz.elicensing.application.query;

/**
 * The signed result of an application (LICENSE, REFUSAL or ORDER), exactly as signed, and its licensor (whose
 * authorized person's name and position the printout gives).
 */
public record ResultDocument(String applicationNumber, String kind, byte[] signedDocument, String providerCode) {

    /** A result whose licensor is not named: the printout names the signer as the certificate does. */
    public ResultDocument(String applicationNumber, String kind, byte[] signedDocument) {
        this(applicationNumber, kind, signedDocument, null);
    }
}
