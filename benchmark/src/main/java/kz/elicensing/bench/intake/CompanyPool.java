package kz.elicensing.bench.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.TestPki;

/**
 * Makes the benchmark's companies at a running sandbox: each head gets an RSA-2048 signing certificate from the
 * sandbox's CA (its data directory) and each company is registered at GBD UL through the admin API, as FreshCompany
 * does in the ITs.
 */
final class CompanyPool {
    private final Path data;
    private final String adminUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    CompanyPool(Path data, String adminUrl) {
        this.data = data;
        this.adminUrl = adminUrl;
    }

    /** {@code size} companies, distinct BINs, heads and keys; {@code runSalt} keeps the BINs of two runs apart. */
    List<BenchCompany> create(int size, int runSalt) {
        TestPki pki = TestPki.open(data);
        List<BenchCompany> companies = IntStream.range(0, size)
                .parallel()
                .mapToObj(n -> company(pki, runSalt, n))
                .toList();
        companies.forEach(this::register);
        return new ArrayList<>(companies);
    }

    private static BenchCompany company(TestPki pki, int runSalt, int n) {
        String bin = Identifiers.bin(runSalt, n);
        String iin = Identifiers.iin(runSalt, n);
        String name = "ТОО «Бенчмарк " + bin + "»";
        var head = pki.issue(IdentitySpec.builder(IdentitySpec.Kind.LEGAL_ENTITY_HEAD)
                .iin(iin)
                .bin(bin)
                .surname("ЖҰМАБЕКОВ")
                .name("АСҚАР " + n)
                .organisation(name)
                .usage(IdentitySpec.Usage.SIGNING)
                .keyAlgorithm(IdentitySpec.KeyAlgorithm.RSA_2048)
                .build());
        return new BenchCompany(bin, name, iin, head);
    }

    private void register(BenchCompany c) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("bin", c.bin());
        p.put("nameRu", "Товарищество с ограниченной ответственностью «Бенчмарк " + c.bin() + "»");
        p.put("nameKz", "«Бенчмарк " + c.bin() + "» жауапкершілігі шектеулі серіктестігі");
        p.put("leaderIin", c.headIin());
        p.put("leaderSurname", "ЖҰМАБЕКОВ");
        p.put("leaderName", "АСҚАР");
        p.put("address", "Қазақстан, Алматы қ., Абай даңғылы, 1");
        StringJoiner form = new StringJoiner("&");
        p.forEach((k, v) -> form.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(adminUrl + "/admin/legal-entities"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(
                        "GBD UL did not take " + c.bin() + ": " + r.statusCode() + " " + r.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
