package kz.elicensing.domain.application;

import java.util.EnumSet;
import java.util.Set;

/** The states of an application and which moves between them are allowed. */
public enum ApplicationStatus {
    REGISTERED,
    CHECKING,
    /** A check could not be made after the last retry (the outside system did not answer); an officer retries it or refuses. */
    CHECK_FAILED,
    IN_REVIEW,
    ISSUED,
    REFUSED;

    /** True when no further move is possible. */
    public boolean isFinal() {
        return this == ISSUED || this == REFUSED;
    }

    /** The states this one may move to. */
    public Set<ApplicationStatus> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(CHECKING, REFUSED);
            case CHECKING -> EnumSet.of(IN_REVIEW, CHECK_FAILED, REFUSED);
            case CHECK_FAILED -> EnumSet.of(CHECKING, IN_REVIEW, REFUSED);
            case IN_REVIEW -> EnumSet.of(ISSUED, REFUSED);
            case ISSUED, REFUSED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    /** Resource-bundle key of the state's name for people. */
    public String messageKey() {
        return "status." + name();
    }
}
