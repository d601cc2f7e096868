package kz.elicensing.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An officer's HTTP session on the officer pages, as a browser's forms would send them: FORM sign-in, CSRF, multipart. */
final class OfficerSession {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    /** For multipart posts: the JDK client would follow a 302 as a GET that still names the multipart content type. */
    private final HttpClient noRedirects = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private String csrf;

    /** Signs in on the FORM login (asked for by the worklist page) and keeps the page's CSRF token. */
    static OfficerSession signIn(String user, String password) throws IOException, InterruptedException {
        OfficerSession s = new OfficerSession();
        s.get("officer/index.xhtml");
        HttpResponse<String> page = s.post("j_security_check", Map.of("j_username", user, "j_password", password));
        if (page.statusCode() != 200 || !page.uri().getPath().contains("/officer")) {
            throw new AssertionError(user + " did not get in: " + page.statusCode() + " " + page.uri());
        }
        s.remember(page.body());
        return s;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        remember(r.body());
        return r;
    }

    /** A url-encoded form POST; the CSRF token is added when known. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        if (csrf != null) {
            form += "&csrf=" + enc(csrf);
        }
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + path))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        remember(r.body());
        return r;
    }

    /** One file of a multipart form. */
    record FilePart(String name, String fileName, String contentType, byte[] content) {}

    /** A multipart/form-data POST (fields may repeat a name), as a form with enctype multipart sends it. */
    HttpResponse<String> postMultipart(String path, List<Map.Entry<String, String>> fields, List<FilePart> files)
            throws IOException, InterruptedException {
        String boundary = "----it" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        for (FilePart f : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name() + "\"; filename=\""
                            + f.fileName() + "\"\r\nContent-Type: " + f.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(f.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = noRedirects.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() == 302 || r.statusCode() == 303) {
            URI next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
            r = http.send(
                    HttpRequest.newBuilder(next).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        remember(r.body());
        return r;
    }

    /** The text content of the element with this id (no nested elements expected), or null. */
    static String byId(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<")
                .matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private void remember(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html == null ? "" : html);
        if (m.find()) {
            csrf = m.group(1);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
