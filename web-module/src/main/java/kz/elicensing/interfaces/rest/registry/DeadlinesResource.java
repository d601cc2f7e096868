package kz.elicensing.interfaces.rest.registry;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import kz.elicensing.application.deadline.DeadlinesDesk;
import kz.elicensing.application.deadline.DeadlinesOverview;

/** {@code GET /api/officer/deadlines}: the watch list, the SLA summary and the questionnaire of the caller's provider. */
@Path("officer/deadlines")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DeadlinesResource {

    @Inject
    DeadlinesDesk desk;

    @GET
    public DeadlinesOverview overview(@Context SecurityContext security) {
        return desk.overview(security.getUserPrincipal().getName());
    }
}
