package kz.elicensing.domain.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import kz.elicensing.domain.workflow.DeadlineMark;

/**
 * The changes of an application its applicant is told of through the portal (ShEP {@code PORTAL_Notification}), one
 * notice per change. Which ones, by the regulations:
 * <ul>
 *   <li>{@link #REGISTERED}: the request registered, with its number and deadline (seed 000 §2.2(13) process 9 and
 *       appendix 2 table 1 "уведомление об успешном формировании запроса"; seed 004 §8(7), §8(9): number, status,
 *       term);</li>
 *   <li>{@link #IN_REVIEW}: the registry confirmed the applicant and the provider examines the request (condition 4;
 *       seed 004 §8(9): the status of the request is shown to the applicant);</li>
 *   <li>{@link #REFUSED}: the signed, motivated refusal (seed 000 §2.2(15) process 10; seed 003 §5(2)–(3) "дәлелді бас
 *       тарту жолдайды");</li>
 *   <li>{@link #ISSUED}: the signed result ready (seed 000 §2.2(16) process 11; seed 003 §5(6) the order "жеке
 *       кабинетіне жолдайды");</li>
 *   <li>{@link #OVERDUE}: the term the applicant was told at registration has passed without a result (seed 004 §8(9):
 *       the term of the service is part of what the applicant sees).</li>
 * </ul>
 * Not told: the internal steps (CHECKING, CHECK_FAILED: the applicant did nothing wrong and need do nothing; service
 * 8's office steps; the officers' NEARING warning).
 */
public enum ApplicantNotice {
    REGISTERED,
    IN_REVIEW,
    ISSUED,
    REFUSED,
    OVERDUE;

    /** A notice owed by a change made at {@code at}, waiting to be queued in the change's transaction. */
    public record Due(ApplicantNotice notice, Instant at) {
        public Due {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The notice a move into {@code status} owes the applicant, if any. */
    public static Optional<ApplicantNotice> forStatus(ApplicationStatus status) {
        return switch (status) {
            case REGISTERED -> Optional.of(REGISTERED);
            case IN_REVIEW -> Optional.of(IN_REVIEW);
            case ISSUED -> Optional.of(ISSUED);
            case REFUSED -> Optional.of(REFUSED);
            case CHECKING, CHECK_FAILED -> Optional.empty();
        };
    }

    /** The notice a new deadline mark owes the applicant, if any: only a passed term. */
    public static Optional<ApplicantNotice> forMark(DeadlineMark mark) {
        return mark == DeadlineMark.OVERDUE ? Optional.of(OVERDUE) : Optional.empty();
    }

    /** True when the notice carries the application's signed result (license, order or refusal). */
    public boolean carriesResult() {
        return this == ISSUED || this == REFUSED;
    }

    /** Resource-bundle key of the notice's text for the applicant (ru and kk). */
    public String messageKey() {
        return "notice." + name();
    }
}
