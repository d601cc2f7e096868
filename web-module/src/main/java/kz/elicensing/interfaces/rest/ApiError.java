package kz.elicensing.interfaces.rest;

import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.Messages;

/** The API's refusal as JSON: a stable code, the person's texts in Russian and Kazakh. */
public record ApiError(String code, String messageRu, String messageKk) {

    /** A refusal of the application (its code's texts from the message bundles). */
    public static ApiError of(ElicensingException e) {
        return new ApiError(
                e.code().name(),
                Messages.ru(e.messageKey(), e.arguments()),
                Messages.kk(e.messageKey(), e.arguments()));
    }

    /** A refusal of the API itself, texts from the message bundles' key {@code key}. */
    public static ApiError of(String code, String key) {
        return new ApiError(code, Messages.ru(key), Messages.kk(key));
    }
}
