package kz.elicensing.interfaces.web.cases;

import jakarta.ejb.EJBException;
import kz.elicensing.domain.error.ElicensingException;

/** The refusal inside what a use case threw (directly or wrapped by the EJB container), or null. */
final class Refusals {
    private Refusals() {}

    static ElicensingException of(RuntimeException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof ElicensingException)) {
            cause = cause.getCause();
        }
        return (ElicensingException) cause;
    }

    static boolean isRefusal(RuntimeException e) {
        return e instanceof ElicensingException || (e instanceof EJBException && of(e) != null);
    }
}
