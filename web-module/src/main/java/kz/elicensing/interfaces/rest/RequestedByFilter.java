package kz.elicensing.interfaces.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Cross-site request forgery on the API: a change (POST, PUT, PATCH, DELETE) must carry {@code X-Requested-By}, a header
 * a browser's cross-site form cannot send; refused with 403 and {@link ApiError} code {@code CSRF_HEADER_MISSING}.
 */
@Provider
public class RequestedByFilter implements ContainerRequestFilter {
    static final String HEADER = "X-Requested-By";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void filter(ContainerRequestContext request) {
        String by = request.getHeaderString(HEADER);
        if (!SAFE.contains(request.getMethod()) && (by == null || by.isBlank())) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(ApiError.of("CSRF_HEADER_MISSING", "api.csrf"))
                    .build());
        }
    }
}
