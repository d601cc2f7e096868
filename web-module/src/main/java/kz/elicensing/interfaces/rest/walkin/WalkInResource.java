package kz.elicensing.interfaces.rest.walkin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.elicensing.application.walkin.ApplicantData;
import kz.elicensing.application.walkin.ApplicantLookup;
import kz.elicensing.application.walkin.ScanView;
import kz.elicensing.application.walkin.ServiceOffer;
import kz.elicensing.application.walkin.WalkInReceipt;
import kz.elicensing.application.walkin.WalkInRequest;
import kz.elicensing.application.walkin.WalkInService;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;

/**
 * Channel 2 for scripts (docs/api.md "Walk-in"): the officer's services with their operations and documents, the
 * applicant's look-up in GBD FL / GBD UL, and the registration as multipart/form-data with one file part
 * {@code scan-<documentCode>} per scanned document. The rules are the walk-in use case's ({@link WalkInService}).
 */
@Path("officer/walk-in")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class WalkInResource {
    /** A file part's name: this prefix and the catalog's document code. */
    public static final String SCAN_PREFIX = "scan-";

    @EJB
    WalkInService walkIn;

    @Context
    SecurityContext security;

    /** The services the officer's office provides, their operations and each operation's documents. */
    @GET
    @Path("services")
    public List<ServiceOffer> services() {
        return walkIn.offers(officer());
    }

    /** The applicant as GBD FL / GBD UL gives it, with the documents to present. */
    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public ApplicantData lookup(
            @FormParam("service") String service,
            @FormParam("operation") String operation,
            @FormParam("kind") String kind,
            @FormParam("id") String id) {
        return walkIn.lookup(officer(), new ApplicantLookup(service, operation(operation), kind(kind), trim(id)));
    }

    /**
     * Registers: fields {@code service, operation, kind, id, paymentReference, baseLicenseNumber, requestId,
     * language} and {@code doc} (repeated: documents presented on paper), and file parts {@code scan-<code>}.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response register(List<EntityPart> parts) {
        Fields f = read(parts);
        WalkInReceipt receipt = walkIn.registerWithReceipt(
                officer(),
                new WalkInRequest(
                        f.one("requestId"),
                        f.one("service"),
                        operation(f.one("operation")),
                        kind(f.one("kind")),
                        trim(f.one("id")),
                        trim(f.one("paymentReference")),
                        f.all("doc"),
                        f.scans,
                        "kk".equals(f.one("language")) ? "kk" : "ru",
                        f.one("baseLicenseNumber")),
                "API-" + UUID.randomUUID());
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    /** A scan's check before registering (type by its bytes, size): its SHA-256 and type, or SCAN_REJECTED. */
    @POST
    @Path("scan")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public List<ScanView> check(List<EntityPart> parts) {
        return read(parts).scans.stream()
                .map(s -> ScanView.check(s.documentCode(), s.fileName(), s.content()))
                .toList();
    }

    private String officer() {
        return security.getUserPrincipal().getName();
    }

    private static final class Fields {
        final List<String[]> values = new ArrayList<>();
        final List<WalkInRequest.ScanUpload> scans = new ArrayList<>();

        String one(String name) {
            return values.stream()
                    .filter(v -> v[0].equals(name))
                    .map(v -> v[1])
                    .findFirst()
                    .orElse(null);
        }

        List<String> all(String name) {
            return values.stream().filter(v -> v[0].equals(name)).map(v -> v[1]).toList();
        }
    }

    private static Fields read(List<EntityPart> parts) {
        Fields fields = new Fields();
        try {
            for (EntityPart part : parts) {
                String name = part.getName();
                if (name.startsWith(SCAN_PREFIX)) {
                    try (InputStream in = part.getContent()) {
                        byte[] bytes = in.readNBytes(ScanView.MAX_BYTES + 1);
                        if (bytes.length > 0) {
                            fields.scans.add(new WalkInRequest.ScanUpload(
                                    name.substring(SCAN_PREFIX.length()),
                                    part.getFileName().orElse(null),
                                    bytes));
                        }
                    }
                } else {
                    fields.values.add(new String[] {name, part.getContent(String.class)});
                }
            }
        } catch (IOException e) {
            throw new ElicensingException(ErrorCode.SCAN_REJECTED, "upload refused: " + e.getMessage(), "scan");
        }
        return fields;
    }

    private static Operation operation(String value) {
        if (value == null || value.isBlank()) {
            return Operation.ISSUE;
        }
        try {
            return Operation.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "no operation " + value);
        }
    }

    private static ApplicantKind kind(String kind) {
        try {
            return ApplicantKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "unknown applicant kind " + kind);
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
