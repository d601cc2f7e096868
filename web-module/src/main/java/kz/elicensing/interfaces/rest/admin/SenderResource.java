package kz.elicensing.interfaces.rest.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashSet;
import java.util.List;
import kz.elicensing.application.sender.SenderAdministration;
import kz.elicensing.application.sender.SenderAdministration.SenderForm;
import kz.elicensing.application.sender.SenderKind;

/**
 * Sending systems for the administrator's scripts ({@code senders.sh}; role admin, docs/api.md): {@code GET
 * /api/admin/senders} lists them, {@code POST /api/admin/senders} registers or changes one, {@code POST
 * /api/admin/senders/{id}/disable} disables one. Every change is recorded with the admin's login.
 */
@Path("admin/senders")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SenderResource {

    @Inject
    SenderAdministration senders;

    @Context
    SecurityContext security;

    @GET
    public List<SenderJson> list() {
        return senders.senders().stream().map(SenderJson::of).toList();
    }

    @GET
    @Path("{senderId}")
    public Response one(@PathParam("senderId") String senderId) {
        return senders.senders().stream()
                .filter(s -> s.senderId().equals(senderId))
                .findFirst()
                .map(s -> Response.ok(SenderJson.of(s)).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(new Done(false))
                        .build());
    }

    /**
     * Registers (or changes) a sender; {@code service} and {@code provider} repeat; a blank password keeps an existing
     * sender's one. Answers the sender as registered.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public SenderJson register(
            @FormParam("senderId") String senderId,
            @FormParam("password") String password,
            @FormParam("certificateBin") String certificateBin,
            @FormParam("certificateCn") String certificateCn,
            @FormParam("certificateSha256") String certificateSha256,
            @FormParam("kind") String kind,
            @FormParam("service") List<String> services,
            @FormParam("provider") List<String> providers) {
        return SenderJson.of(senders.register(
                security.getUserPrincipal().getName(),
                new SenderForm(
                        senderId,
                        password,
                        certificateBin,
                        certificateCn,
                        certificateSha256,
                        new LinkedHashSet<>(services == null ? List.of() : services),
                        AdminForms.choice(SenderKind.class, kind, SenderKind.SYSTEM),
                        new LinkedHashSet<>(providers == null ? List.of() : providers))));
    }

    /** Disables a sender (kept for its past messages); 404 {@code {"ok":false}} when there is none. */
    @POST
    @Path("{senderId}/disable")
    public Response disable(@PathParam("senderId") String senderId) {
        boolean found = senders.disable(security.getUserPrincipal().getName(), senderId);
        return Response.status(found ? Response.Status.OK : Response.Status.NOT_FOUND)
                .entity(new Done(found))
                .build();
    }
}
