package kz.elicensing.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kz.elicensing.domain.error.ElicensingException;

/**
 * A refused API call answers with its error code and ru/kk texts ({@link ApiError}): 404 for what the caller may not
 * see or that does not exist, 403 for an act the caller may not do, 409 for a conflict of state, 429 for too many calls, 422 otherwise.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<EJBException> {
    @Override
    public Response toResponse(EJBException thrown) {
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof ElicensingException)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            throw thrown;
        }
        return RefusalMapper.response((ElicensingException) cause);
    }

    /** The response for a refusal. */
    public static Response response(ElicensingException e) {
        int status = switch (e.code().name()) {
            case "APPLICATION_NOT_FOUND", "LICENSE_NOT_FOUND" -> 404;
            case "OPERATION_NOT_ALLOWED", "OFFICER_NOT_ALLOWED" -> 403;
            case "CONCURRENT_CHANGE", "WRONG_STATUS", "APPLICATION_STATUS" -> 409;
            default -> 422;
        };
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ApiError.of(e))
                .build();
    }

    /** Refusals thrown outside an EJB (from a view or a check in the resource itself). */
    @Provider
    public static class Direct implements ExceptionMapper<ElicensingException> {
        @Override
        public Response toResponse(ElicensingException e) {
            return response(e);
        }
    }
}
