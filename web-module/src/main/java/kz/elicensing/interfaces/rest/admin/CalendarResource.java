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
import kz.elicensing.application.admin.CalendarAdministration;
import kz.elicensing.application.admin.CalendarAdministration.CalendarYearView;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** The working calendar for scripts ({@code admin.sh calendar ...}): a year, load a year, move a day off (docs/api.md). */
@Path("admin/calendar")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CalendarResource {
    @EJB
    CalendarAdministration calendar;

    @Context
    SecurityContext security;

    /** The loaded years. */
    @GET
    public List<Integer> years() {
        return calendar.loadedYears();
    }

    /** A year's holidays, carried and moved days ({@code loaded} false when it is not loaded). */
    @GET
    @Path("{year: \\d{4}}")
    public CalendarYearView year(@PathParam("year") int year) {
        return calendar.year(year);
    }

    /** Loads a year: the holidays law with {@code kurbanAit} (yyyy-mm-dd), plus or instead {@code rows}. */
    @POST
    @Path("{year: \\d{4}}/load")
    public CalendarYearView load(
            @PathParam("year") int year,
            @FormParam("kurbanAit") String kurbanAit,
            @FormParam("rows") String rows,
            @FormParam("note") String note) {
        return calendar.load(actor(), year, date(kurbanAit, true), rows, note);
    }

    /** Moves a day off from {@code from} to {@code to} (both yyyy-mm-dd). */
    @POST
    @Path("{year: \\d{4}}/move")
    public CalendarYearView move(
            @PathParam("year") int year,
            @FormParam("from") String from,
            @FormParam("to") String to,
            @FormParam("nameRu") String nameRu,
            @FormParam("nameKz") String nameKz) {
        return calendar.move(actor(), year, date(from, false), date(to, false), nameRu, nameKz);
    }

    /** The last day of a term of {@code days} working days from {@code from}, as deadlines are counted. */
    @GET
    @Path("count")
    public Count count(@QueryParam("from") String from, @QueryParam("days") int days) {
        LocalDate start = date(from, false);
        return new Count(start, days, calendar.lastDay(start, days));
    }

    /** A counted term. */
    public record Count(LocalDate from, int workingDays, LocalDate lastDay) {}

    private static LocalDate date(String text, boolean optional) {
        if (text == null || text.isBlank()) {
            if (optional) {
                return null;
            }
            throw new ElicensingException(ErrorCode.CALENDAR_DAY_INVALID, "a date is required", "yyyy-mm-dd");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ElicensingException(ErrorCode.CALENDAR_DAY_INVALID, "not a date: " + text, text);
        }
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
