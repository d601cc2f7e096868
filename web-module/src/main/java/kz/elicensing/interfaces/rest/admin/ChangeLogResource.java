package kz.elicensing.interfaces.rest.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import kz.elicensing.application.audit.AdminArea;
import kz.elicensing.application.audit.AdminChange;
import kz.elicensing.application.audit.AdminChangeLog;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** The log of administrative changes, newest first: who changed what and when ({@code GET /api/admin/changes}). */
@Path("admin/changes")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ChangeLogResource {
    @EJB
    AdminChangeLog changes;

    /** {@code area}: SENDER, CATALOG, OFFICER, CALENDAR or AUTHORIZED_PERSON (all when absent); {@code limit} rows (100 when absent, at most 1000). */
    @GET
    public List<AdminChange> recent(
            @QueryParam("area") String area,
            @QueryParam("subject") String subject,
            @QueryParam("limit") Integer limit) {
        return changes.recent(
                area(area), subject == null || subject.isBlank() ? null : subject, limit == null ? 100 : limit);
    }

    static AdminArea area(String area) {
        if (area == null || area.isBlank()) {
            return null;
        }
        try {
            return AdminArea.valueOf(area.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "unknown area " + area);
        }
    }
}
