package kz.elicensing.domain.error;

/** Stable error codes of contracts.md §2: the wire value is the constant's name; extend, never rename. */
public enum ErrorCode {
    MALFORMED_XML,
    SCHEMA_VIOLATION,
    MESSAGE_TOO_LARGE,
    UNKNOWN_SERVICE,
    SENDER_UNKNOWN,
    SENDER_NOT_ALLOWED,
    MESSAGE_SIGNATURE_INVALID,
    DUPLICATE_MESSAGE_ID,
    SIGNATURE_MISSING,
    SIGNATURE_INVALID,
    SIGNATURE_WRAPPING,
    CERTIFICATE_UNTRUSTED,
    CERTIFICATE_EXPIRED,
    CERTIFICATE_NOT_YET_VALID,
    CERTIFICATE_REVOKED,
    REVOCATION_UNKNOWN,
    KEY_USAGE_NOT_ALLOWED,
    SIGNER_MISMATCH,
    INVALID_IIN,
    INVALID_BIN,
    APPLICANT_NOT_FOUND,
    PAYMENT_NOT_FOUND,
    PAYMENT_AMOUNT_MISMATCH,
    LICENSE_NOT_FOUND,
    OPERATION_NOT_ALLOWED,
    DOCUMENTS_INCOMPLETE,
    UPSTREAM_UNAVAILABLE,
    INTERNAL_ERROR,
    /** The application names a catalog service that does not exist. */
    SERVICE_NOT_IN_CATALOG,
    /** No application with that number (or none visible to the caller). */
    APPLICATION_NOT_FOUND,
    /** The result of the application is not ready yet. */
    RESULT_NOT_READY,
    /** A trusted timestamp on a signature does not verify, is not over that signature, or comes from an untrusted TSA. */
    TIMESTAMP_INVALID,
    /** A deadline would be counted into a year whose working calendar (holidays, moved days off) is not loaded. */
    CALENDAR_NOT_LOADED,
    /** A message with this sender and messageId is still being answered; send it again a little later (retryable). */
    MESSAGE_IN_PROGRESS,
    /** An officer's refusal names a ground that is not among the catalog's grounds of the service. */
    REFUSAL_GROUND_UNKNOWN,
    // walk-in (channel 2) and assignment
    /** A scan is empty, too large, or not a PDF, JPEG or PNG by its first bytes. */
    SCAN_REJECTED,
    /** The officer named does not exist, is not of the application's provider, or lacks the role (head) for the act. */
    OFFICER_NOT_ALLOWED,
    /** The quality questionnaire of this application was answered before (once per application). */
    QUESTIONNAIRE_ALREADY_ANSWERED,
    /** GBD UL records the legal entity in a status the catalog does not call active (liquidated, suspended ...). */
    APPLICANT_NOT_ACTIVE,
    // the catalog's content checked on intake (issue 12)
    /** A per-region service's application names no region (form field "region"). */
    REGION_REQUIRED,
    /** The application names a region the catalog has no provider of this service for. */
    REGION_NOT_SERVED,
    /** The application asks for an activity subtype the catalog does not list for the service. */
    SUBTYPE_NOT_IN_CATALOG,
    // condition 2: the payment bound to the application (Reg. 000 §2.2(6)-(8))
    /** The payment reference already paid for another application: one payment pays for one application. */
    PAYMENT_ALREADY_USED,
    /** The payer the payment gateway names (IIN/BIN) is not the applicant. */
    PAYMENT_PAYER_MISMATCH,
    /** The payment went to another budget code than the catalog's for the service and operation. */
    PAYMENT_BUDGET_CODE_MISMATCH,
    /** The application was paid by a scanned receipt the officer has not confirmed yet: it cannot be approved. */
    PAYMENT_NOT_CONFIRMED,
    /** The service is provided only through the portal (service 8, Reg. 003 §1): an officer may not register it. */
    PORTAL_ONLY_SERVICE,
    // hardening (issue 13)
    /** messageDate (or the WS-Security Timestamp) lies outside the accepted window around the server's time: a replay or a wrong clock. */
    MESSAGE_EXPIRED,
    /** Too many messages (or failed sign-ins) from this sender or address in a short time; send again later (retryable). */
    RATE_LIMITED,
    // administration (issue 14)
    /** An officer's login or full name is malformed (login: 1..100 of A-Z a-z 0-9 . _ -; name: 1..500 characters). */
    OFFICER_FIELDS_INVALID,
    /** An officer with this login exists already. */
    OFFICER_EXISTS,
    /** No officer has this login. */
    OFFICER_UNKNOWN,
    /** The role is not officer, head or admin, or an officer or head is given no provider. */
    OFFICER_ROLE_INVALID,
    /** The provider code names no provider of the catalog. */
    PROVIDER_UNKNOWN,
    /** A new password is shorter than 12 characters. */
    PASSWORD_TOO_SHORT,
    /** An administrator may not disable their own account or take the admin role from it. */
    OFFICER_SELF_CHANGE,
    /** A row of the working calendar is malformed: date, kind, a date outside the year, a kind that does not fit its weekday. */
    CALENDAR_DAY_INVALID,
    /** The same date is listed twice in a year's working calendar. */
    CALENDAR_DAY_DUPLICATE,
    /** The year's working calendar is loaded already: move its days instead of loading it again. */
    CALENDAR_YEAR_LOADED,
    /** The day cannot be moved: neither a carried or moved day off, nor a Saturday or Sunday, or the target is not a free working weekday. */
    CALENDAR_MOVE_NOT_ALLOWED,
    /** The change would alter deadlines already computed for open applications (the date lies within their term). */
    CALENDAR_DEADLINES_AFFECTED,
    // authorized persons catalog (issue 15)
    /** The authorized person's IIN is not 12 digits with its check digit. */
    AUTHORIZED_PERSON_IIN_INVALID,
    /** An authorized person's surname, given name or position (ru or kk) is missing or too long (100; positions 300). */
    AUTHORIZED_PERSON_FIELDS_INVALID,
    /** An authorization's period has no start, or ends before it starts. */
    AUTHORIZED_PERSON_PERIOD_INVALID,
    /** The period shares a day with another authorization of the same person at the same provider. */
    AUTHORIZED_PERSON_PERIOD_OVERLAPS,
    /** No authorization has this id. */
    AUTHORIZED_PERSON_UNKNOWN,
    /** The authorization ended already, before the day it is asked to end on (change its period to extend it). */
    AUTHORIZED_PERSON_ENDED,
    // results signed in the browser by the licensor's authorized person (issue 15)
    /** The result's signer's certificate names another organisation (OU=BIN) than the licensor. */
    RESULT_SIGNER_WRONG_ORGANISATION,
    /** The result's signer (IIN) is not among the licensor's authorized persons on the signing day. */
    RESULT_SIGNER_NOT_AUTHORIZED,
    /** The result's signer's certificate is revoked. */
    RESULT_SIGNER_CERTIFICATE_REVOKED,
    /** The result's signer's certificate has expired (or is not valid yet). */
    RESULT_SIGNER_CERTIFICATE_EXPIRED,
    /** The result's signer's certificate is not a signing (nonRepudiation) certificate. */
    RESULT_SIGNER_KEY_USAGE,
    /** The signed result is not the prepared document: something was changed before signing. */
    RESULT_DOCUMENT_CHANGED,
    /** The result's signature does not verify, does not cover the whole document, or its certificate is not trusted. */
    RESULT_SIGNATURE_INVALID,
    /** No prepared result has this token (never prepared, issued already, replaced or expired): prepare it again. */
    RESULT_PREPARATION_UNKNOWN;

    /** Resource-bundle key of this code's person-facing text. */
    public String messageKey() {
        return "error." + name();
    }
}
