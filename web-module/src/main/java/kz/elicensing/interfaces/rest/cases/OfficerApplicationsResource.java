package kz.elicensing.interfaces.rest.cases;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import kz.elicensing.application.decision.DecisionService;
import kz.elicensing.application.decision.PaymentReceipts;
import kz.elicensing.application.decision.PreparedResult;
import kz.elicensing.application.query.CaseFile;
import kz.elicensing.application.query.FileContent;
import kz.elicensing.application.query.OfficerCases;
import kz.elicensing.application.query.PrintedResult;
import kz.elicensing.application.query.WorklistFilter;
import kz.elicensing.application.query.WorklistPage;
import kz.elicensing.application.walkin.OfficerView;
import kz.elicensing.application.walkin.WalkInService;

/**
 * The officer's decisions from a script (docs/api.md "Officer decisions"): the worklist and a case as JSON, the files
 * and the printable result, and every action of the case page as a form POST (header {@code X-Requested-By}). Refusals
 * answer with their code and texts ({@code RefusalMapper}).
 */
@Path("officer/applications")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OfficerApplicationsResource {

    @EJB
    OfficerCases cases;

    @EJB
    DecisionService decisions;

    @EJB
    PaymentReceipts receipts;

    @EJB
    WalkInService walkIn;

    @Context
    SecurityContext security;

    /** What a decision answered: the application, what was done, and the license's or order's number if one was issued. */
    public record Done(String number, String action, String status, String resultNumber) {}

    /**
     * The worklist (same filters as the page; {@code status=OPEN} by default, {@code status=ALL} for every one): the
     * next page with {@code after=<the page's next>} (keyset pagination), or {@code offset=N} to jump.
     */
    @GET
    public WorklistPage list(
            @QueryParam("status") String status,
            @QueryParam("service") String service,
            @QueryParam("mark") String mark,
            @QueryParam("assignee") String assignee,
            @QueryParam("q") String text,
            @QueryParam("mine") boolean mine,
            @QueryParam("sort") String sort,
            @QueryParam("desc") boolean descending,
            @QueryParam("offset") Integer offset,
            @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        String wanted = status == null || status.isBlank() ? WorklistFilter.OPEN : status;
        WorklistFilter filter = new WorklistFilter(
                "ALL".equals(wanted) ? null : wanted, service, mark, assignee, text, mine, sort, descending);
        int size = limit == null ? 50 : limit;
        return after != null || offset == null
                ? cases.worklistAfter(me(), filter, after, size)
                : cases.worklist(me(), filter, offset, size);
    }

    /** One case, everything of it. */
    @GET
    @Path("{number}")
    public CaseFile one(@PathParam("number") String number) {
        return cases.caseFile(number, me());
    }

    /** The officers of the same provider (whom the head may assign to). */
    @GET
    @Path("colleagues")
    public List<OfficerView> colleagues() {
        return walkIn.colleagues(me());
    }

    /**
     * One file of the case, inline (or {@code ?download=true} as an attachment), with its SHA-256 in
     * {@code X-Content-SHA256}; the case page shows it in a frame of its own origin.
     */
    @GET
    @Path("{number}/files/{id}")
    @Produces(MediaType.WILDCARD)
    public Response file(
            @PathParam("number") String number,
            @PathParam("id") String id,
            @QueryParam("download") boolean download,
            @Context HttpServletResponse raw) {
        FileContent file = cases.file(number, id, me());
        framableBySelf(raw);
        return Response.ok(file.content(), file.contentType())
                .header("X-Content-SHA256", file.sha256())
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", disposition(download, file.fileName()))
                .build();
    }

    /** The printable PDF of the signed result in {@code lang} (ru, kk), inline or {@code ?download=true}. */
    @GET
    @Path("{number}/result.pdf")
    @Produces("application/pdf")
    public Response result(
            @PathParam("number") String number,
            @QueryParam("lang") String lang,
            @QueryParam("download") boolean download,
            @Context HttpServletResponse raw) {
        PrintedResult printed = cases.result(number, me(), lang);
        framableBySelf(raw);
        return Response.ok(printed.pdf(), "application/pdf")
                .header("Cache-Control", "no-store")
                .header(
                        "Content-Disposition",
                        disposition(
                                download,
                                printed.result().kind().toLowerCase(java.util.Locale.ROOT) + "-" + number + ".pdf"))
                .build();
    }

    /**
     * Prepares the approval (license, re-issue, duplicate or order) for the authorized person to sign: the token, the
     * kind and the unsigned XML; {@code POST /api/officer/results/{token}/signature} then issues it.
     */
    @POST
    @Path("{number}/approve")
    public PreparedResult approve(@PathParam("number") String number) {
        return decisions.approve(number, me());
    }

    /** Prepares the motivated refusal for the authorized person to sign (as {@link #approve}). */
    @POST
    @Path("{number}/refuse")
    public PreparedResult refuse(
            @PathParam("number") String number,
            @FormParam("ground") String ground,
            @FormParam("motivationRu") String motivationRu,
            @FormParam("motivationKk") String motivationKk) {
        return decisions.refuse(number, me(), ground, motivationRu, motivationKk);
    }

    /** The result prepared and waiting for its signature (404 RESULT_PREPARATION_UNKNOWN when there is none). */
    @GET
    @Path("{number}/pending")
    public PreparedResult pending(@PathParam("number") String number) {
        return decisions
                .pending(number, me())
                .orElseThrow(() -> new kz.elicensing.domain.error.ElicensingException(
                        kz.elicensing.domain.error.ErrorCode.RESULT_PREPARATION_UNKNOWN,
                        "nothing prepared for " + number));
    }

    @POST
    @Path("{number}/retry")
    public Done retry(@PathParam("number") String number) {
        decisions.retryChecks(number, me());
        return done(number, "retry", null);
    }

    @POST
    @Path("{number}/step")
    public Done step(@PathParam("number") String number) {
        decisions.advance(number, me());
        return done(number, "step", null);
    }

    @POST
    @Path("{number}/confirm-payment")
    public Done confirmPayment(@PathParam("number") String number) {
        receipts.confirm(number, me());
        return done(number, "confirm-payment", null);
    }

    /** The head gives the application to {@code officer} of the same provider (blank: back to the unassigned ones). */
    @POST
    @Path("{number}/assign")
    public Done assign(@PathParam("number") String number, @FormParam("officer") String officer) {
        walkIn.assign(me(), number, officer);
        return done(number, "assign", officer);
    }

    private Done done(String number, String action, String resultNumber) {
        return new Done(number, action, cases.caseFile(number, me()).status().name(), resultNumber);
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }

    /**
     * Files and the result are shown inside the case page: this response alone may be framed by the application's own
     * pages (every other response keeps {@code frame-ancestors 'none'} and {@code DENY}).
     */
    static void framableBySelf(HttpServletResponse raw) {
        raw.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'self';"
                        + " frame-ancestors 'self'");
        raw.setHeader("X-Frame-Options", "SAMEORIGIN");
    }

    static String disposition(boolean download, String fileName) {
        String safe = fileName == null ? "file" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return (download ? "attachment" : "inline") + "; filename=\"" + safe + "\"";
    }
}
