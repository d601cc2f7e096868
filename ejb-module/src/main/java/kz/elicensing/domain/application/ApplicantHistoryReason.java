package kz.elicensing.domain.application;

import java.util.Optional;
import kz.elicensing.domain.error.ErrorCode;

/**
 * What the applicant (the portal) may read of a step of an application's history besides its status, time and actor's
 * role: a stable reason code with a catalog/ErrorCode text in ru and kk, never the step's internal note (an officer's
 * login in an assignment, a gateway's raw error text, an officer's working remark).
 *
 * @param code       an {@link ErrorCode} name or a catalog refusal-ground code
 * @param messageKey the resource-bundle key of its text
 * @param argument   the text's argument (the ground's code), or null
 */
public record ApplicantHistoryReason(String code, String messageKey, String argument) {

    /** The reason the applicant is told for a step that reached {@code status}; empty for a step told by its status alone. */
    public static Optional<ApplicantHistoryReason> of(ApplicationStatus status, String refusalCode) {
        return switch (status) {
            case CHECK_FAILED -> Optional.of(errorCode(ErrorCode.UPSTREAM_UNAVAILABLE));
            case REFUSED -> Optional.ofNullable(refusalCode).map(ApplicantHistoryReason::refusal);
            default -> Optional.empty();
        };
    }

    private static ApplicantHistoryReason refusal(String code) {
        for (ErrorCode e : ErrorCode.values()) {
            if (e.name().equals(code)) {
                return errorCode(e);
            }
        }
        return new ApplicantHistoryReason(code, "history.reason.ground", code);
    }

    private static ApplicantHistoryReason errorCode(ErrorCode code) {
        return new ApplicantHistoryReason(code.name(), code.messageKey(), null);
    }
}
