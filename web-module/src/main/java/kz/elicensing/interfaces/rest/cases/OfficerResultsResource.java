package kz.elicensing.interfaces.rest.cases;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import kz.elicensing.application.decision.IssuedResult;
import kz.elicensing.application.signing.ResultSigning;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * The signature of a prepared result (docs/api.md "Results signed in the browser"): the XML the authorized person
 * signed through NCALayer, as a form field {@code signedXml} or as the body ({@code application/xml}); issues the
 * result (or applies the head's registry act) or answers 422 with the RESULT_* code.
 */
@Path("officer/results")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OfficerResultsResource {

    @EJB
    ResultSigning signing;

    @Context
    SecurityContext security;

    @POST
    @Path("{token}/signature")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public IssuedResult signatureForm(@PathParam("token") String token, @FormParam("signedXml") String signedXml) {
        if (signedXml == null || signedXml.isBlank()) {
            throw new ElicensingException(ErrorCode.RESULT_SIGNATURE_INVALID, "no signedXml");
        }
        return signing.sign(token, signedXml.getBytes(StandardCharsets.UTF_8), me());
    }

    @POST
    @Path("{token}/signature")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public IssuedResult signatureXml(@PathParam("token") String token, byte[] signedXml) {
        if (signedXml == null || signedXml.length == 0) {
            throw new ElicensingException(ErrorCode.RESULT_SIGNATURE_INVALID, "no signed XML");
        }
        return signing.sign(token, signedXml, me());
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }
}
