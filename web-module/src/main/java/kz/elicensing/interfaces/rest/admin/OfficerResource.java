package kz.elicensing.interfaces.rest.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import kz.elicensing.application.admin.OfficerAdministration;
import kz.elicensing.application.admin.OfficerAdministration.OfficerRow;
import kz.elicensing.application.admin.OfficerAdministration.ProviderOption;

/** Officers for scripts ({@code admin.sh officer ...}): list, add, change, disable, enable, new password (docs/api.md). */
@Path("admin/officers")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OfficerResource {
    @EJB
    OfficerAdministration officers;

    @Context
    SecurityContext security;

    /** Every officer and administrator with provider, role and whether they may sign in. */
    @GET
    public List<OfficerRow> list() {
        return officers.officers();
    }

    /** The providers an officer may be given. */
    @GET
    @Path("providers")
    public List<ProviderOption> providers() {
        return officers.providers();
    }

    /** Adds an officer (role officer, head or admin) with an initial password. */
    @POST
    public OfficerRow add(
            @FormParam("username") String username,
            @FormParam("fullName") String fullName,
            @FormParam("provider") String provider,
            @FormParam("role") String role,
            @FormParam("password") String password) {
        return officers.add(actor(), username, fullName, provider, role == null ? "officer" : role, password);
    }

    /** Changes name, provider and role. */
    @POST
    @Path("{username}")
    public OfficerRow change(
            @PathParam("username") String username,
            @FormParam("fullName") String fullName,
            @FormParam("provider") String provider,
            @FormParam("role") String role) {
        return officers.change(actor(), username, fullName, provider, role);
    }

    @POST
    @Path("{username}/disable")
    public OfficerRow disable(@PathParam("username") String username) {
        return officers.setEnabled(actor(), username, false);
    }

    @POST
    @Path("{username}/enable")
    public OfficerRow enable(@PathParam("username") String username) {
        return officers.setEnabled(actor(), username, true);
    }

    /** A new password for the officer (at least 12 characters). */
    @POST
    @Path("{username}/password")
    public Done password(@PathParam("username") String username, @FormParam("password") String password) {
        officers.resetPassword(actor(), username, password);
        return new Done(username, "RESET_PASSWORD");
    }

    /** What was done to whom. */
    public record Done(String username, String action) {}

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
