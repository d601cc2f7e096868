package kz.elicensing.interfaces.rest.admin;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** The admin API's answers (senders, the catalog, evidence) are never kept by a browser or proxy cache. */
@Provider
public class AdminNoStore implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("admin/")
                || request.getUriInfo().getPath().startsWith("/admin/")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
