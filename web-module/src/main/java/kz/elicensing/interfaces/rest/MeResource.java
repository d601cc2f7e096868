package kz.elicensing.interfaces.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.stream.Stream;

/** Who the script is signed in as, with which roles: {@code GET /api/officer/me} (a first call for a script). */
@Path("officer/me")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class MeResource {
    /** The signed-in person and their roles. */
    public record Me(String user, List<String> roles) {}

    @GET
    public Me me(@Context SecurityContext security) {
        return new Me(
                security.getUserPrincipal().getName(),
                Stream.of("officer", "head", "admin")
                        .filter(security::isUserInRole)
                        .toList());
    }

    /** The same, by POST: lets a script check that its change requests are accepted (header, session). */
    @POST
    public Me check(@Context SecurityContext security) {
        return me(security);
    }
}
