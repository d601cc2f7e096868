package kz.elicensing.application.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * Where a worklist page ended (keyset pagination): the sort, the last row's sort value and its number (the tie-break),
 * as one opaque URL-safe token; the next page is the rows after it, found by the index, however deep.
 */
public record WorklistCursor(String sortBy, String value, String number) {

    public WorklistCursor {
        if (!WorklistFilter.SORTS.contains(sortBy) || value == null || number == null) {
            throw new IllegalArgumentException("not a worklist cursor: " + sortBy + " " + value + " " + number);
        }
    }

    /** The cursor after {@code row} in the order {@code sortBy} (a missing name or assignee sorts as empty text). */
    public static WorklistCursor after(WorklistRow row, String sortBy) {
        String value = switch (sortBy) {
            case "number" -> row.number();
            case "status" -> row.status().name();
            case "service" -> row.serviceCode();
            case "applicant" -> row.applicantName() == null ? "" : row.applicantName();
            case "received" -> row.receivedAt().toString();
            case "assignee" -> row.assignedOfficer() == null ? "" : row.assignedOfficer();
            default -> row.deadline().toString();
        };
        return new WorklistCursor(sortBy, value, row.number());
    }

    /** The token: base64url of the sort, the value and the number, one per line. */
    public String token() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((sortBy + "\n" + value + "\n" + number).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor of a token for the filter's sort; SCHEMA_VIOLATION for a token that is not one, or that was made for
     * another sort (its value would compare with the wrong column).
     */
    public static WorklistCursor of(String token, WorklistFilter filter) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 3 || !parts[0].equals(filter.sortBy())) {
                throw new IllegalArgumentException("a cursor of another sort");
            }
            WorklistCursor cursor = new WorklistCursor(parts[0], parts[1], parts[2]);
            cursor.typedValue();
            return cursor;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "not a worklist cursor: " + token);
        }
    }

    /** The value as the sorted attribute's type: a date, an instant, a status, or text. */
    public Object typedValue() {
        return switch (sortBy) {
            case "deadline" -> LocalDate.parse(value);
            case "received" -> Instant.parse(value);
            case "status" -> ApplicationStatus.valueOf(value);
            default -> value;
        };
    }
}
