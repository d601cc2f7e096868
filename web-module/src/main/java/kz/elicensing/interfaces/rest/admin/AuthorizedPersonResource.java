package kz.elicensing.interfaces.rest.admin;

import jakarta.ejb.EJB;
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
import java.util.List;
import kz.elicensing.application.admin.AuthorizedPersonAdministration;
import kz.elicensing.application.admin.AuthorizedPersonAdministration.NewPerson;
import kz.elicensing.application.admin.AuthorizedPersonAdministration.PersonRow;
import kz.elicensing.application.admin.OfficerAdministration;
import kz.elicensing.application.admin.OfficerAdministration.ProviderOption;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** The licensors' authorized persons for scripts ({@code admin.sh person ...}): list, add, end, change the period. */
@Path("admin/authorized-persons")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AuthorizedPersonResource {
    @EJB
    AuthorizedPersonAdministration persons;

    @EJB
    OfficerAdministration officers;

    @Context
    SecurityContext security;

    /** The provider's authorizations, current and past, by surname. */
    @GET
    public List<PersonRow> list(@QueryParam("provider") String provider) {
        return persons.ofProvider(provider);
    }

    /** The providers whose persons may be listed. */
    @GET
    @Path("providers")
    public List<ProviderOption> providers() {
        return officers.providers();
    }

    /** Adds an authorization (dates yyyy-mm-dd; no validTo: until ended). */
    @POST
    public PersonRow add(
            @FormParam("provider") String provider,
            @FormParam("iin") String iin,
            @FormParam("surname") String surname,
            @FormParam("givenName") String givenName,
            @FormParam("patronymic") String patronymic,
            @FormParam("positionRu") String positionRu,
            @FormParam("positionKz") String positionKz,
            @FormParam("validFrom") String validFrom,
            @FormParam("validTo") String validTo) {
        return persons.add(
                actor(),
                new NewPerson(
                        provider,
                        iin,
                        surname,
                        givenName,
                        patronymic,
                        positionRu,
                        positionKz,
                        date(validFrom),
                        date(validTo)));
    }

    /** Ends the authorization on {@code lastDay} (its last valid day; none: today). */
    @POST
    @Path("{id: \\d+}/end")
    public PersonRow end(@PathParam("id") long id, @FormParam("lastDay") String lastDay) {
        return persons.end(actor(), id, date(lastDay));
    }

    /** Changes the period (no validTo: until ended). */
    @POST
    @Path("{id: \\d+}/period")
    public PersonRow period(
            @PathParam("id") long id, @FormParam("validFrom") String validFrom, @FormParam("validTo") String validTo) {
        return persons.changePeriod(actor(), id, date(validFrom), date(validTo));
    }

    /** A yyyy-mm-dd date, or null for none; anything else is a refused period. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ElicensingException(
                    ErrorCode.AUTHORIZED_PERSON_PERIOD_INVALID, "not a date: " + text, text, text);
        }
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
