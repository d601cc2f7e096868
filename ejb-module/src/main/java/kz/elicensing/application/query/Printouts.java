package kz.elicensing.application.query;

/** Port to the printable form of a result (Reg. 000 §1.3, Reg. 002 §9): a PDF of the signed document, with a QR code. */
public interface Printouts {

    /** The PDF of a signed license, refusal or order, in the language asked ("ru" or "kk"). */
    byte[] pdf(ResultDocument result, String language);
}
