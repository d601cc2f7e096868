package kz.elicensing.application.decision;

import java.util.List;

/**
 * The scanned-receipt alternative of Reg. 000 §2.2(6) on the officer's side: which applications of the officer's
 * provider wait for their receipt to be confirmed, the receipt's scan, and the confirmation. A receipt that does not
 * prove the payment is refused through {@link DecisionService#refuse} on the catalog ground PAYMENT_NOT_CONFIRMED.
 */
public interface PaymentReceipts {

    /** Catalog refusal ground of a scanned receipt that does not prove the payment. */
    String REFUSAL_GROUND = "PAYMENT_NOT_CONFIRMED";

    /** The numbers of the open applications the officer may see whose scanned receipt is not confirmed yet. */
    List<String> toConfirm(String officer);

    /** The scanned receipt of an application the officer may see ({@code APPLICATION_NOT_FOUND} when it has none). */
    ReceiptView receipt(String applicationNumber, String officer);

    /** Confirms the scanned receipt: the mark "payment to be confirmed" is cleared and the license may be issued. */
    void confirm(String applicationNumber, String officer);
}
