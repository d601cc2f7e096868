package kz.elicensing.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
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
import java.util.stream.Collectors;

/**
 * A script's session on the API ({@code /api/officer/*}, {@code /api/admin/*}): FORM sign-in like a person, then JSON
 * answers; every change sends {@code X-Requested-By} as the scripts do.
 */
final class ApiClient {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    /** The application's base URL, e.g. the IT server's, or a cluster's balancer (ClusterIT). */
    private final String base;

    /** A client without a session, on the IT server. */
    ApiClient() {
        this(ItEnvironment.BASE_URL);
    }

    private ApiClient(String base) {
        this.base = base;
    }

    /** Signs in with the container's FORM login (asked for by {@code protectedPath}); fails if refused. */
    static ApiClient signIn(String user, String password) throws IOException, InterruptedException {
        return signIn(ItEnvironment.BASE_URL, user, password);
    }

    /** Signs in at the application under {@code base} (ending in {@code /elicensing/}); fails if refused. */
    static ApiClient signIn(String base, String user, String password) throws IOException, InterruptedException {
        ApiClient c = new ApiClient(base);
        c.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml")).GET());
        HttpResponse<String> in = c.send(HttpRequest.newBuilder(URI.create(base + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("j_username", user, "j_password", password)))));
        if (in.body().contains("id=\"login-error\"")) {
            throw new AssertionError(user + " did not get in");
        }
        return c;
    }

    /** The value of this session's cookie {@code name} (e.g. JSESSIONID), or null. */
    String cookie(String name) {
        return ((CookieManager) http.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> name.equals(c.getName()))
                        .map(java.net.HttpCookie::getValue)
                        .findFirst()
                        .orElse(null);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .GET());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A url-encoded POST (fields may repeat: pass several entries with one name) with {@code X-Requested-By}. */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields)
            throws IOException, InterruptedException {
        String body = fields.stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .header("X-Requested-By", "it")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return post(path, List.copyOf(fields.entrySet()));
    }

    /** One file of a multipart POST: the part's name, the file's name, its type and bytes. */
    record FilePart(String name, String fileName, String contentType, byte[] content) {}

    /** A multipart/form-data POST (fields may repeat a name; one part per file) with {@code X-Requested-By}. */
    HttpResponse<String> postMultipart(String path, List<Map.Entry<String, String>> fields, List<FilePart> files)
            throws IOException, InterruptedException {
        String boundary = "----api" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n"
                            + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (FilePart f : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name() + "\"; filename=\""
                            + f.fileName() + "\"\r\nContent-Type: " + f.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(f.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("X-Requested-By", "it")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Any request as built (e.g. without {@code X-Requested-By}). */
    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The JSON of an answer (object or array). */
    static JsonStructure json(HttpResponse<String> r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.read();
        }
    }

    static JsonObject object(HttpResponse<String> r) {
        return (JsonObject) json(r);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
