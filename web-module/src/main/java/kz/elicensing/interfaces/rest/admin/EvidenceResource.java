package kz.elicensing.interfaces.rest.admin;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import kz.elicensing.application.evidence.ChainReport;
import kz.elicensing.application.evidence.EvidenceService;
import kz.elicensing.application.ops.LogSafe;

/**
 * The evidence log for the administrator's script ({@code evidence.sh}; role admin, docs/evidence-log.md): {@code GET
 * /api/admin/evidence/verify} verifies the whole hash chain, {@code GET /api/admin/evidence/export/{number}} gives one
 * application's signed ASiC-E bundle.
 */
@Path("admin/evidence")
public class EvidenceResource {
    private static final Logger LOG = Logger.getLogger(EvidenceResource.class.getName());
    static final String BUNDLE_TYPE = "application/vnd.etsi.asic-e+zip";
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");

    @Inject
    EvidenceService evidence;

    @Context
    SecurityContext security;

    /** The verdict on the chain (absent values as null). */
    @JsonbNillable
    @JsonbPropertyOrder({"ok", "entries", "firstBrokenSeq", "reason", "lastSeq", "lastHash", "messageRu", "messageKz"})
    public record Verdict(
            boolean ok,
            long entries,
            Long firstBrokenSeq,
            String reason,
            long lastSeq,
            String lastHash,
            String messageRu,
            String messageKz) {
        static Verdict of(ChainReport r) {
            return new Verdict(
                    r.ok(),
                    r.entries(),
                    r.firstBrokenSeq(),
                    r.reason(),
                    r.lastSeq(),
                    r.lastHash(),
                    r.messageRu(),
                    r.messageKz());
        }
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Verdict verify() {
        ChainReport report = evidence.verify();
        LOG.info(() -> "evidence chain verified by " + LogSafe.of(admin()) + ": ok=" + report.ok());
        return Verdict.of(report);
    }

    /** The bundle as a download; 404 (APPLICATION_NOT_FOUND as JSON) for a number with no evidence. */
    @GET
    @Path("export/{number}")
    @Produces({BUNDLE_TYPE, MediaType.APPLICATION_JSON})
    public Response export(@PathParam("number") String number) {
        if (!NUMBER.matcher(number).matches()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Done(false))
                    .build();
        }
        byte[] bundle = evidence.export(number);
        LOG.info(() -> "evidence of " + LogSafe.of(number) + " exported by " + LogSafe.of(admin()));
        return Response.ok(bundle, BUNDLE_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + number + "-evidence.asice\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private String admin() {
        return security.getUserPrincipal() == null
                ? "?"
                : security.getUserPrincipal().getName();
    }
}
