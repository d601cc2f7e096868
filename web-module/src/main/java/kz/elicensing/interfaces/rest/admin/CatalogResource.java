package kz.elicensing.interfaces.rest.admin;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.math.BigDecimal;
import java.util.List;
import kz.elicensing.application.catalog.CatalogAdministration;
import kz.elicensing.application.catalog.OperationRow;
import kz.elicensing.application.catalog.ServiceCatalog;

/**
 * The service catalog for the administrator's script ({@code catalog.sh}; role admin, docs/api.md): every service's
 * operations, one service's whole catalog, and the changes (operations' offer, term and fee; required documents;
 * activity subtypes; refusal grounds). Every change is checked by the use case and recorded with the admin's login.
 */
@Path("admin/catalog")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CatalogResource {

    @Inject
    CatalogAdministration catalog;

    @Context
    SecurityContext security;

    /** One operation of a service in the overview. */
    @JsonbPropertyOrder({"service", "operation", "enabled", "term", "unit", "fee"})
    public record OperationJson(
            String service, String operation, boolean enabled, int term, String unit, BigDecimal fee) {
        static OperationJson of(OperationRow r) {
            return new OperationJson(r.service(), r.operation(), r.enabled(), r.term(), r.unit(), r.fee());
        }
    }

    /** Every service's operations (enabled, term, unit, fee), in catalog order. */
    @GET
    public List<OperationJson> overview() {
        return catalog.overview().stream().map(OperationJson::of).toList();
    }

    /** Every service's whole catalog. */
    @GET
    @Path("services")
    public List<ServiceCatalog> services() {
        return catalog.services();
    }

    /** One service's whole catalog: operations with their documents, subtypes, grounds. */
    @GET
    @Path("{service}")
    public ServiceCatalog service(@PathParam("service") String service) {
        return catalog.service(service);
    }

    /** Offers or withdraws an operation and sets its term ({@code unit} WORKING_DAYS or CALENDAR_DAYS) and fee. */
    @POST
    @Path("{service}/operations/{operation}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Done setOperation(
            @PathParam("service") String service,
            @PathParam("operation") String operation,
            @FormParam("enabled") String enabled,
            @FormParam("term") String term,
            @FormParam("unit") String unit,
            @FormParam("fee") String fee) {
        catalog.setOperation(
                admin(),
                service,
                operation,
                AdminForms.bool(enabled),
                AdminForms.term(term),
                unit,
                AdminForms.money(fee));
        return new Done(true);
    }

    /** Adds or replaces a refusal ground (texts and legal basis in ru and kk). */
    @POST
    @Path("{service}/grounds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Done putGround(
            @PathParam("service") String service,
            @FormParam("code") String code,
            @FormParam("nameRu") String nameRu,
            @FormParam("nameKz") String nameKz,
            @FormParam("basisRu") String basisRu,
            @FormParam("basisKz") String basisKz) {
        catalog.putRefusalGround(admin(), service, code, nameRu, nameKz, basisRu, basisKz);
        return new Done(true);
    }

    @DELETE
    @Path("{service}/grounds/{code}")
    public Response removeGround(@PathParam("service") String service, @PathParam("code") String code) {
        return removed(catalog.removeRefusalGround(admin(), service, code));
    }

    /** Adds or replaces a required document of an operation ({@code applicantKind} blank: every applicant). */
    @POST
    @Path("{service}/documents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Done putDocument(
            @PathParam("service") String service,
            @FormParam("operation") String operation,
            @FormParam("code") String code,
            @FormParam("mandatory") String mandatory,
            @FormParam("applicantKind") String applicantKind,
            @FormParam("nameRu") String nameRu,
            @FormParam("nameKz") String nameKz) {
        catalog.putRequiredDocument(
                admin(), service, operation, code, AdminForms.bool(mandatory), applicantKind, nameRu, nameKz);
        return new Done(true);
    }

    @DELETE
    @Path("{service}/documents/{operation}/{code}")
    public Response removeDocument(
            @PathParam("service") String service,
            @PathParam("operation") String operation,
            @PathParam("code") String code) {
        return removed(catalog.removeRequiredDocument(admin(), service, operation, code));
    }

    /** Adds or replaces an activity subtype. */
    @POST
    @Path("{service}/subtypes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Done putSubtype(
            @PathParam("service") String service,
            @FormParam("code") String code,
            @FormParam("nameRu") String nameRu,
            @FormParam("nameKz") String nameKz) {
        catalog.putActivitySubtype(admin(), service, code, nameRu, nameKz);
        return new Done(true);
    }

    @DELETE
    @Path("{service}/subtypes/{code}")
    public Response removeSubtype(@PathParam("service") String service, @PathParam("code") String code) {
        return removed(catalog.removeActivitySubtype(admin(), service, code));
    }

    private String admin() {
        return security.getUserPrincipal().getName();
    }

    private static Response removed(boolean found) {
        return Response.status(found ? Response.Status.OK : Response.Status.NOT_FOUND)
                .entity(new Done(found))
                .build();
    }
}
