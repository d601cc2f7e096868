package kz.elicensing.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An officer deciding from a script, through {@code /api/officer/applications} (docs/api.md "Officer decisions"):
 * what the ITs use in place of the old HTML officer pages.
 */
final class OfficerApi {
    static final String BASE = "api/officer/applications";
    private final ApiClient api;

    private OfficerApi(ApiClient api) {
        this.api = api;
    }

    static OfficerApi signIn(String user, String password) throws IOException, InterruptedException {
        return new OfficerApi(ApiClient.signIn(user, password));
    }

    /** Signs in at the application under {@code base} (a cluster's balancer, ClusterIT). */
    static OfficerApi signIn(String base, String user, String password) throws IOException, InterruptedException {
        return new OfficerApi(ApiClient.signIn(base, user, password));
    }

    /** The officer signed in as {@code api}. */
    static OfficerApi of(ApiClient api) {
        return new OfficerApi(api);
    }

    ApiClient client() {
        return api;
    }

    /**
     * A registry change of the head ({@code POST api/officer/licenses/{number}/{what}}, form parameters): a suspension,
     * resumption or termination is prepared, signed by the licensor's authorized person through the sandbox's NCALayer
     * and submitted, as on the card; answers the submission (200 {number, kind LICENSE_ACT, status, signerName, ...}
     * or the refusal) or the preparation's refusal. Other changes (objects) are answered as they are.
     */
    HttpResponse<String> registryChange(String license, String what, Map<String, String> form)
            throws IOException, InterruptedException {
        HttpResponse<String> r = api.post("api/officer/licenses/" + enc(license) + "/" + what, form);
        if (r.statusCode() == 200 && ApiClient.object(r).containsKey("token")) {
            return signed(r, null);
        }
        return r;
    }

    /** The worklist's answer (rows, total) for a query such as {@code status=ALL&q=...}. */
    JsonObject worklist(String query) throws IOException, InterruptedException {
        HttpResponse<String> r = api.get(BASE + "?" + query);
        if (r.statusCode() != 200) {
            throw new AssertionError("worklist " + query + ": " + r.statusCode() + " " + r.body());
        }
        return ApiClient.object(r);
    }

    /** The numbers of the open applications this officer sees (up to 200). */
    List<String> openNumbers() throws IOException, InterruptedException {
        return worklist("status=OPEN&limit=200").getJsonArray("rows").stream()
                .map(v -> v.asJsonObject().getString("number"))
                .toList();
    }

    /** True when the officer's worklist (every status) shows the application. */
    boolean sees(String number) throws IOException, InterruptedException {
        return worklist("status=ALL&q=" + enc(number)).getInt("total") > 0;
    }

    /** The case as JSON (200), or the refusal. */
    HttpResponse<String> caseFile(String number) throws IOException, InterruptedException {
        return api.get(BASE + "/" + enc(number));
    }

    JsonObject caseJson(String number) throws IOException, InterruptedException {
        HttpResponse<String> r = caseFile(number);
        if (r.statusCode() != 200) {
            throw new AssertionError(number + ": " + r.statusCode() + " " + r.body());
        }
        return ApiClient.object(r);
    }

    /**
     * Approves as the workbench does: prepares the result, has the licensor's authorized person sign it through the
     * sandbox's NCALayer (the first person of the licensor's BIN: its AUTHORIZED one), submits the signature. Answers
     * the submission (200 issued, or the refusal), or the preparation's refusal.
     */
    HttpResponse<String> approve(String number) throws IOException, InterruptedException {
        return signed(prepareApproval(number), null);
    }

    /** Prepares the approval only (200 with {token, number, kind, licensorBin, documentXml, expiresAt}). */
    HttpResponse<String> prepareApproval(String number) throws IOException, InterruptedException {
        return api.post(BASE + "/" + enc(number) + "/approve", Map.of());
    }

    /** Refuses as the workbench does: prepares the refusal, the authorized person signs it, submits (as approve). */
    HttpResponse<String> refuse(String number, String ground, String motivationRu, String motivationKk)
            throws IOException, InterruptedException {
        return signed(prepareRefusal(number, ground, motivationRu, motivationKk), null);
    }

    HttpResponse<String> prepareRefusal(String number, String ground, String motivationRu, String motivationKk)
            throws IOException, InterruptedException {
        return api.post(
                BASE + "/" + enc(number) + "/refuse",
                Map.of("ground", ground, "motivationRu", motivationRu, "motivationKk", motivationKk));
    }

    /**
     * Signs a prepared result (the answer of a preparation) through the sandbox's NCALayer with the key {@code alias}
     * (null: the licensor's authorized person) and submits it; a refused preparation is answered as it is.
     */
    HttpResponse<String> signed(HttpResponse<String> prepared, String alias) throws IOException, InterruptedException {
        if (prepared.statusCode() != 200) {
            return prepared;
        }
        JsonObject p = ApiClient.object(prepared);
        kz.elicensing.sandbox.ncalayer.NcaLayerClient ncalayer = ItEnvironment.ncalayer();
        if (alias != null) {
            ncalayer.pick(alias);
        }
        String signedXml = ncalayer.basicsSign(p.getString("documentXml"), null, p.getString("licensorBin"));
        return submit(p.getString("token"), signedXml);
    }

    /** Submits a signed result: 200 {number, kind, resultNumber, signerName, signerIin} or 422 with the RESULT_* code. */
    HttpResponse<String> submit(String token, String signedXml) throws IOException, InterruptedException {
        return api.post("api/officer/results/" + enc(token) + "/signature", Map.of("signedXml", signedXml));
    }

    HttpResponse<String> retry(String number) throws IOException, InterruptedException {
        return api.post(BASE + "/" + enc(number) + "/retry", Map.of());
    }

    HttpResponse<String> step(String number) throws IOException, InterruptedException {
        return api.post(BASE + "/" + enc(number) + "/step", Map.of());
    }

    HttpResponse<String> confirmPayment(String number) throws IOException, InterruptedException {
        return api.post(BASE + "/" + enc(number) + "/confirm-payment", Map.of());
    }

    HttpResponse<String> assign(String number, String officer) throws IOException, InterruptedException {
        return api.post(BASE + "/" + enc(number) + "/assign", Map.of("officer", officer));
    }

    /** The id of the case's first file of this kind (ATTACHMENT, SCAN, RECEIPT). */
    String fileId(String number, String kind) throws IOException, InterruptedException {
        return caseJson(number).getJsonArray("files").stream()
                .map(v -> v.asJsonObject())
                .filter(f -> kind.equals(f.getString("kind")))
                .map(f -> f.getString("id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(number + " has no file of kind " + kind));
    }

    HttpResponse<byte[]> file(String number, String id) throws IOException, InterruptedException {
        return api.bytes(BASE + "/" + enc(number) + "/files/" + enc(id));
    }

    HttpResponse<byte[]> resultPdf(String number, String lang) throws IOException, InterruptedException {
        return api.bytes(BASE + "/" + enc(number) + "/result.pdf?lang=" + lang);
    }

    /** The refusal code of a refused call (its JSON {code, messageRu, messageKk}). */
    static String code(HttpResponse<String> refused) {
        return ApiClient.object(refused).getString("code");
    }

    /** Fails unless the call was done (200), naming what it answered. */
    static JsonObject done(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new AssertionError(r.uri() + ": " + r.statusCode() + " " + r.body());
        }
        return ApiClient.object(r);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
