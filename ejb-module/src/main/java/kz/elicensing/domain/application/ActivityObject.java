package kz.elicensing.domain.application;

import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** A branch or object an application names, where the licensed activity is to be carried on: its address and what it is. */
public record ActivityObject(String address, String description) {
    public ActivityObject {
        if (address == null || address.isBlank()) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "an object needs its address");
        }
        address = address.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
