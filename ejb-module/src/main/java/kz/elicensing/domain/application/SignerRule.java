package kz.elicensing.domain.application;

import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.party.IdentificationNumber;
import kz.elicensing.domain.signature.SignerIdentity;

/** Condition 3: the IIN/BIN in the application equals the IIN/BIN in the signer's certificate. */
public final class SignerRule {

    public void check(ApplicationForm form, boolean signedByHead) {
        SignerIdentity signer = form.signer();
        if (form.applicantKind() == ApplicantKind.LEGAL_ENTITY) {
            IdentificationNumber.bin(form.applicantId());
            if (form.headIin() != null) {
                IdentificationNumber.iin(form.headIin());
            }
            if (!form.applicantId().equals(signer.bin())) {
                throw new ElicensingException(
                        ErrorCode.SIGNER_MISMATCH,
                        "application BIN " + form.applicantId() + " but certificate BIN " + signer.bin());
            }
            if (signedByHead && !signer.iin().equals(form.headIin())) {
                throw new ElicensingException(
                        ErrorCode.SIGNER_MISMATCH,
                        "signer IIN " + signer.iin() + " is not the head's IIN " + form.headIin());
            }
        } else {
            IdentificationNumber.iin(form.applicantId());
            if (!form.applicantId().equals(signer.iin())) {
                throw new ElicensingException(
                        ErrorCode.SIGNER_MISMATCH,
                        "application IIN " + form.applicantId() + " but certificate IIN " + signer.iin());
            }
        }
    }
}
