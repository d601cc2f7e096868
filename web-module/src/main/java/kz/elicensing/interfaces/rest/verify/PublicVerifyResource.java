package kz.elicensing.interfaces.rest.verify;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import kz.elicensing.application.verify.PublicLicense;
import kz.elicensing.application.verify.PublicVerification;

/**
 * The public check as JSON, no sign-in: {@code GET /api/public/verify/{number}?h=<sha256>}, also reached as
 * {@code /verify/{number}} with {@code Accept: application/json} (PublicVerifyFilter).
 */
@Path("public/verify")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PublicVerifyResource {

    @EJB
    PublicVerification verification;

    @GET
    @Path("{number}")
    public PublicLicense verify(
            @PathParam("number") String number, @QueryParam("h") String hash, @Context HttpServletRequest request) {
        return verification.verify(number, hash, request.getRemoteAddr());
    }
}
