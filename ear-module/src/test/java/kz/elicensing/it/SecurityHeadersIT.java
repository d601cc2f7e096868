package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding 7 over real HTTP from 127.0.0.1 (the "local" caller WildFly's local-only default would show stack traces to):
 * the browser-side headers on pages and error pages, error pages without stack trace or server version, and the
 * session cookie's attributes (Secure only over TLS: the https listener).
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {
    private static final int OFFSET = Integer.getInteger("elicensing.it.port.offset", 100);
    private static final String HTTPS_BASE = "https://127.0.0.1:" + (8443 + OFFSET) + "/elicensing/";
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + path))
                .GET());
    }

    private static void assertBrowserHeaders(HttpResponse<String> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'"), r.uri() + " CSP: " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), r.uri() + " CSP: " + csp);
        assertTrue(csp.contains("script-src 'self'"), r.uri() + " CSP: " + csp);
        assertFalse(csp.substring(csp.indexOf("script-src")).contains("unsafe"), r.uri() + " CSP: " + csp);
        assertEquals(
                "nosniff",
                r.headers().firstValue("X-Content-Type-Options").orElse(""),
                r.uri().toString());
        assertEquals(
                "no-referrer",
                r.headers().firstValue("Referrer-Policy").orElse(""),
                r.uri().toString());
        assertNoServerVersion(r);
    }

    private static void assertNoServerVersion(HttpResponse<String> r) {
        assertTrue(
                r.headers().firstValue("Server").isEmpty(),
                r.uri() + " Server: " + r.headers().map());
        assertTrue(
                r.headers().firstValue("X-Powered-By").isEmpty(),
                r.uri() + " X-Powered-By: " + r.headers().map());
    }

    private static void assertPlainErrorPage(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.uri() + ": " + r.body());
        String body = r.body();
        assertTrue(body.contains("id=\"error-page\""), "our error page: " + body);
        String lower = body.toLowerCase(Locale.ROOT);
        for (String leak : List.of(
                "exception",
                "\tat ",
                "at kz.",
                "at io.undertow",
                "wildfly",
                "undertow",
                "jboss",
                "stack",
                "caused by",
                "ut0")) {
            assertFalse(lower.contains(leak), "no '" + leak + "' in the error page: " + body);
        }
        assertBrowserHeaders(r);
    }

    @Test
    void theSignInPageAndTheStylesheetCarryTheHeaders() throws Exception {
        HttpResponse<String> login = get("login.xhtml?lang=kk");
        assertEquals(200, login.statusCode());
        assertBrowserHeaders(login);
        assertEquals(1, login.headers().allValues("Content-Security-Policy").size(), "one policy");
        // a Faces page: PrimeFaces' inline scripts carry the one nonce the page's policy allows, nothing else inline
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        java.util.regex.Matcher nonce =
                java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(csp);
        assertTrue(nonce.find(), "the page's policy names its nonce: " + csp);
        java.util.regex.Matcher script =
                java.util.regex.Pattern.compile("<script([^>]*)>").matcher(login.body());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            String attributes = script.group(1);
            assertTrue(
                    attributes.contains("src=\"/elicensing/")
                            || attributes.contains("nonce=\"" + nonce.group(1) + "\""),
                    "a script from the application or with the page's nonce: " + attributes);
        }
        assertTrue(scripts > 0, "PrimeFaces' scripts are on the page");
        assertFalse(login.body().contains("<style"), "no inline style element");
        assertFalse(login.body().matches("(?s).*\\son[a-z]+=\".*"), "no inline event handler");
        HttpResponse<String> css = get("jakarta.faces.resource/workbench.css.xhtml?ln=elicensing");
        assertEquals(200, css.statusCode());
        assertBrowserHeaders(css);
        HttpResponse<String> health = get("health/live");
        assertBrowserHeaders(health);
    }

    @Test
    void errorPagesShowNoStackTraceAndNoVersionEvenToLocalhost() throws Exception {
        assertPlainErrorPage(get("no-such-page"), 404);
        assertPlainErrorPage(
                send(HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + "health/live"))
                        .method("PUT", HttpRequest.BodyPublishers.ofString("x"))),
                405);
        // an exception in a page (a signed-in officer's multipart form, as the walk-in page's scan upload sends it,
        // cut off before its end: reading its fields throws): 500, and nothing of the exception
        HttpClient officer = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        officer.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + "officer"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> in = officer.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + "j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=officer1&j_password=officer-demo-pass"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(in.uri().getPath().contains("/officer"), in.uri().toString());
        HttpResponse<String> thrown = officer.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + "officer/walk-in.xhtml"))
                        .header("Content-Type", "multipart/form-data; boundary=cut")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "--cut\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nnever-ends"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertPlainErrorPage(thrown, 500);
        // outside the application: no welcome page that names the server
        HttpResponse<String> root =
                send(HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL.replace("/elicensing/", "/")))
                        .GET());
        assertFalse(root.body().toLowerCase(Locale.ROOT).contains("wildfly"), root.body());
        assertNoServerVersion(root);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndSecureOverTls() throws Exception {
        HttpResponse<String> plain = get("officer/index.xhtml");
        String cookie = sessionCookie(plain.headers().allValues("Set-Cookie"));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=strict"), cookie);
        assertFalse(
                cookie.toLowerCase(Locale.ROOT).contains("secure;") || cookie.endsWith("Secure"),
                "no Secure on plain HTTP (the browser would not send it back): " + cookie);

        HttpsURLConnection tls = (HttpsURLConnection)
                URI.create(HTTPS_BASE + "officer/index.xhtml").toURL().openConnection();
        tls.setSSLSocketFactory(trustAll().getSocketFactory());
        tls.setHostnameVerifier((host, session) -> true);
        tls.setInstanceFollowRedirects(false);
        try {
            tls.getResponseCode();
            String secure = sessionCookie(tls.getHeaderFields().getOrDefault("Set-Cookie", List.of()));
            assertTrue(secure.toLowerCase(Locale.ROOT).contains("secure"), secure);
            assertTrue(secure.contains("HttpOnly"), secure);
            assertTrue(secure.toLowerCase(Locale.ROOT).contains("samesite=strict"), secure);
            assertEquals("nosniff", tls.getHeaderField("X-Content-Type-Options"));
        } finally {
            drain(tls);
        }
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }

    private static void drain(HttpURLConnection c) {
        try (InputStream in = c.getResponseCode() >= 400 ? c.getErrorStream() : c.getInputStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        } catch (IOException e) {
            // nothing to read
        }
    }

    /** The https listener's certificate is WildFly's self-signed one: this test checks the cookie, not the certificate. */
    private static SSLContext trustAll() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
