package kz.elicensing.sandbox.admin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import kz.elicensing.sandbox.admin.AdminServer.Reply;
import kz.elicensing.sandbox.pki.OcspResponder;
import kz.elicensing.sandbox.pki.Revocation;
import kz.elicensing.sandbox.pki.RevocationUrls;
import kz.elicensing.sandbox.pki.TestPki;

/**
 * Publishes the CA's OCSP responder, CRL and certificate on the admin server, plus {@code /admin/revoke} and
 * {@code /admin/revocation} (fault switches).
 */
public final class RevocationRoutes {

    private static final System.Logger LOG = System.getLogger(RevocationRoutes.class.getName());

    private final TestPki pki;
    private final RevocationFaults faults;

    private RevocationRoutes(TestPki pki, RevocationFaults faults) {
        this.pki = pki;
        this.faults = faults;
    }

    /** Adds /ocsp, /crl/sandbox-ca.crl, /ca/sandbox-ca.cer, /admin/revoke and /admin/revocation. */
    public static void install(AdminServer admin, TestPki pki, RevocationFaults faults) {
        RevocationRoutes r = new RevocationRoutes(pki, faults);
        admin.context(RevocationUrls.OCSP_PATH, r::ocsp);
        admin.context(RevocationUrls.CRL_PATH, r::crl);
        admin.context(RevocationUrls.CA_CERT_PATH, r::caCert);
        admin.route("/admin/revoke", r::revoke);
        admin.route("/admin/revocation", r::switches);
    }

    private void ocsp(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            String base = RevocationUrls.OCSP_PATH;
            if (!path.equals(base) && !path.startsWith(base + "/")) {
                sendText(ex, 404, "not found");
                return;
            }
            byte[] request;
            String method = ex.getRequestMethod();
            if ("POST".equals(method)) {
                try (InputStream in = ex.getRequestBody()) {
                    request = in.readNBytes(OcspResponder.MAX_REQUEST_BYTES + 1);
                }
            } else if ("GET".equals(method)) {
                String encoded = path.length() > base.length() ? path.substring(base.length() + 1) : "";
                if (encoded.isEmpty()) {
                    sendText(ex, 400, "POST an OCSP request (application/ocsp-request) or GET /ocsp/<base64 request>");
                    return;
                }
                request = decodeGetRequest(encoded);
            } else {
                sendText(ex, 405, "method not allowed");
                return;
            }
            if (!sleep(faults.ocspDelay())) {
                return;
            }
            if (faults.ocspDown()) {
                sendText(ex, 503, "OCSP responder is down (sandbox fault switch)");
                return;
            }
            byte[] response = pki.ocspResponder().respond(request, faults.ocspBehaviour());
            sendBytes(ex, "application/ocsp-response", response);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "OCSP request failed", e);
            throw e;
        }
    }

    /** Base64 of a GET request (RFC 6960 A.1), URL-encoded or not; garbage gives an empty request (malformed). */
    private static byte[] decodeGetRequest(String encoded) {
        try {
            String b64 = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            return Base64.getMimeDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private void crl(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestURI().getPath().equals(RevocationUrls.CRL_PATH)) {
                sendText(ex, 404, "not found");
            } else if (!"GET".equals(ex.getRequestMethod())) {
                sendText(ex, 405, "method not allowed");
            } else if (faults.crlDown()) {
                sendText(ex, 503, "CRL distribution point is down (sandbox fault switch)");
            } else {
                sendBytes(ex, "application/pkix-crl", pki.crlIssuer().currentCrl());
            }
        }
    }

    private void caCert(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestURI().getPath().equals(RevocationUrls.CA_CERT_PATH)) {
                sendText(ex, 404, "not found");
            } else if (!"GET".equals(ex.getRequestMethod())) {
                sendText(ex, 405, "method not allowed");
            } else {
                sendBytes(ex, "application/pkix-cert", pki.caCertificate().getEncoded());
            }
        } catch (CertificateEncodingException e) {
            throw new IOException(e);
        }
    }

    /** POST serial=HEX [reason=0..10] [at=ISO instant]. */
    private Reply revoke(String method, Map<String, String> params, HttpExchange ex) {
        if (!"POST".equals(method)) {
            return Reply.methodNotAllowed();
        }
        try {
            BigInteger serial = Revocation.parseSerial(params.get("serial"));
            String reason = params.get("reason");
            String at = params.get("at");
            Revocation r = pki.revoke(
                    serial,
                    blank(reason) ? Revocation.UNSPECIFIED : Integer.parseInt(reason.trim()),
                    blank(at) ? Instant.now() : Instant.parse(at.trim()));
            return Reply.ok("REVOKED " + Revocation.hex(r.serial()) + " reason " + r.reason() + " at " + r.revokedAt());
        } catch (NumberFormatException e) {
            return Reply.badRequest("reason must be an integer 0..10");
        } catch (DateTimeParseException e) {
            return Reply.badRequest("at must be an ISO-8601 instant such as 2025-01-31T10:15:30Z");
        } catch (IllegalArgumentException e) {
            return Reply.badRequest(e.getMessage());
        }
    }

    /**
     * POST ocsp=up|down, crl=up|down, ocspDelay=MILLIS|ISO duration, ocspShift=ISO duration (e.g. -PT2H),
     * ocspNextUpdate=on|off, ocspNonce=echo|omit, ocspReplay=on|off, reset=true; GET shows the state.
     */
    private Reply switches(String method, Map<String, String> params, HttpExchange ex) {
        if ("GET".equals(method)) {
            return Reply.ok(faults.toString());
        }
        if (!"POST".equals(method)) {
            return Reply.methodNotAllowed();
        }
        Boolean ocspDown;
        Boolean crlDown;
        Duration delay = null;
        Duration shift = null;
        Boolean nextUpdate;
        Boolean nonce;
        Boolean replay;
        try {
            if ("true".equals(params.get("reset"))) {
                faults.reset();
            }
            ocspDown = upDown(params.get("ocsp"));
            crlDown = upDown(params.get("crl"));
            nextUpdate = choice(params.get("ocspNextUpdate"), "on", "off");
            nonce = choice(params.get("ocspNonce"), "echo", "omit");
            replay = choice(params.get("ocspReplay"), "on", "off");
            String s = params.get("ocspShift");
            if (!blank(s)) {
                shift = Duration.parse(s.trim());
            }
            String d = params.get("ocspDelay");
            if (!blank(d)) {
                d = d.trim();
                delay = d.matches("\\d+") ? Duration.ofMillis(Long.parseLong(d)) : Duration.parse(d);
                if (delay.isNegative()) {
                    throw new IllegalArgumentException("ocspDelay must not be negative");
                }
            }
        } catch (DateTimeParseException e) {
            return Reply.badRequest(
                    "ocspDelay must be milliseconds or an ISO-8601 duration such as PT2S, ocspShift a duration such as -PT2H");
        } catch (IllegalArgumentException e) {
            return Reply.badRequest(e.getMessage());
        }
        if (ocspDown != null) {
            faults.ocspDown(ocspDown);
        }
        if (crlDown != null) {
            faults.crlDown(crlDown);
        }
        if (delay != null) {
            faults.ocspDelay(delay);
        }
        if (shift != null) {
            faults.ocspShift(shift);
        }
        if (nextUpdate != null) {
            faults.ocspNextUpdate(nextUpdate);
        }
        if (nonce != null) {
            faults.ocspNonce(nonce);
        }
        if (replay != null) {
            faults.ocspReplay(replay);
        }
        return Reply.ok(faults.toString());
    }

    /** TRUE for {@code yes}, FALSE for {@code no}, null when absent. */
    private static Boolean choice(String v, String yes, String no) {
        if (blank(v)) {
            return null;
        }
        String t = v.trim().toLowerCase(Locale.ROOT);
        if (t.equals(yes)) {
            return Boolean.TRUE;
        }
        if (t.equals(no)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("expected " + yes + " or " + no + ", not '" + v + "'");
    }

    private static Boolean upDown(String v) {
        if (blank(v)) {
            return null;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "up" -> Boolean.FALSE;
            case "down" -> Boolean.TRUE;
            default -> throw new IllegalArgumentException("expected up or down, not '" + v + "'");
        };
    }

    private static boolean sleep(Duration d) {
        if (d.isZero()) {
            return true;
        }
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void sendBytes(HttpExchange ex, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sendText(HttpExchange ex, int status, String text) throws IOException {
        byte[] b = (text + "\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }
}
