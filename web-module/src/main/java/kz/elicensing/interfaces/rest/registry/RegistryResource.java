package kz.elicensing.interfaces.rest.registry;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kz.elicensing.application.decision.PreparedResult;
import kz.elicensing.application.registry.LicenseCard;
import kz.elicensing.application.registry.LicenseFilter;
import kz.elicensing.application.registry.LicensePage;
import kz.elicensing.application.registry.LicenseRegistry;
import kz.elicensing.application.registry.LicenseView;
import kz.elicensing.application.registry.OfficerChange;
import kz.elicensing.application.registry.RegistryDesk;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * The license registry for scripts (docs/api.md "License registry"): search, a license's card, and the head's changes
 * (suspend, resume, terminate, objects), each with its basis (OFFICER, COURT, AUTHORITY) and reason as form parameters.
 * Suspend, resume and terminate prepare an act (token and XML) that the authorized person signs; the signature goes to
 * {@code POST /api/officer/results/{token}/signature}, which applies it.
 */
@Path("officer/licenses")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class RegistryResource {

    /** The page's length when the script names none (at most 100). */
    private static final int PAGE = 20;

    @Inject
    RegistryDesk desk;

    @Inject
    LicenseRegistry registry;

    @Context
    SecurityContext security;

    /** {@code GET /api/officer/licenses?number=&holder=&name=&service=&status=&region=&own=&first=&size=}. */
    @GET
    public LicensePage search(
            @QueryParam("number") String number,
            @QueryParam("holder") String holder,
            @QueryParam("name") String name,
            @QueryParam("service") String service,
            @QueryParam("status") String status,
            @QueryParam("region") String region,
            @QueryParam("own") Boolean own,
            @QueryParam("first") Integer first,
            @QueryParam("size") Integer size) {
        return desk.search(
                me(),
                new LicenseFilter(number, holder, name, service, status, region, null),
                Boolean.TRUE.equals(own),
                first == null ? 0 : first,
                size == null ? PAGE : size);
    }

    /** {@code GET /api/officer/licenses/{number}}: the card, with what the caller may change. */
    @GET
    @Path("{number}")
    public LicenseCard card(@PathParam("number") String number) {
        return desk.card(number, me());
    }

    @POST
    @Path("{number}/suspend")
    public PreparedResult suspend(@PathParam("number") String number, @BeanParam Basis basis) {
        return prepare(number, "SUSPEND", basis);
    }

    @POST
    @Path("{number}/resume")
    public PreparedResult resume(@PathParam("number") String number, @BeanParam Basis basis) {
        return prepare(number, "RESUME", basis);
    }

    @POST
    @Path("{number}/terminate")
    public PreparedResult terminate(@PathParam("number") String number, @BeanParam Basis basis) {
        return prepare(number, "TERMINATE", basis);
    }

    /** Adds an object at {@code address}. */
    @POST
    @Path("{number}/objects")
    public LicenseView addObject(
            @PathParam("number") String number, @FormParam("address") String address, @BeanParam Basis basis) {
        return change(number, "ADD_OBJECT", basis, address, null);
    }

    /** Removes the object {@code id}. */
    @POST
    @Path("{number}/objects/{id}/remove")
    public LicenseView removeObject(
            @PathParam("number") String number, @PathParam("id") long id, @BeanParam Basis basis) {
        return change(number, "REMOVE_OBJECT", basis, null, id);
    }

    /** The act prepared for signing: {token, number, kind LICENSE_ACT, licensorBin, documentXml, expiresAt}. */
    private PreparedResult prepare(String number, String action, Basis b) {
        return registry.prepareByOfficer(number, me(), officerChange(action, b, null, null));
    }

    private LicenseView change(String number, String action, Basis b, String address, Long objectId) {
        return registry.changeByOfficer(number, me(), officerChange(action, b, address, objectId));
    }

    private static OfficerChange officerChange(String action, Basis b, String address, Long objectId) {
        return new OfficerChange(
                action,
                b.basis,
                b.reason,
                b.reasonKz,
                b.decisionNumber,
                date(b.decisionDate),
                b.decisionBody,
                address,
                objectId);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "decisionDate is not yyyy-MM-dd: " + value);
        }
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }

    /** The basis of a change: OFFICER (default), COURT or AUTHORITY, the reason, and a decision's number/date/body. */
    public static class Basis {
        /** OFFICER when not given. */
        @FormParam("basis")
        String basis;

        @FormParam("reason")
        String reason;

        /** The reason in Kazakh (optional; carried in a signed act's document). */
        @FormParam("reasonKz")
        String reasonKz;

        @FormParam("decisionNumber")
        String decisionNumber;

        @FormParam("decisionDate")
        String decisionDate;

        @FormParam("decisionBody")
        String decisionBody;
    }
}
