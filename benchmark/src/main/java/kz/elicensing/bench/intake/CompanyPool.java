package kz.elicensing.bench.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;

/**
 * Makes the benchmark's companies at a running sandbox: each head gets an RSA-2048 signing certificate from the
 * sandbox's CA (its data directory) and each company is registered at GBD UL through the admin API, as FreshCompany
 * does in the ITs; kept under the data directory for the next run.
 */
final class CompanyPool {
    private static final char[] PASSWORD = "bench".toCharArray();
    private final Path data;
    private final String adminUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    CompanyPool(Path data, String adminUrl) {
        this.data = data;
        this.adminUrl = adminUrl;
    }

    /**
     * {@code size} companies, distinct BINs, heads and keys; {@code runSalt} keeps the BINs of two pools apart. The
     * pool is kept in {@code <data>/bench-companies/} and taken again by the next run at the same sandbox data.
     */
    List<BenchCompany> create(int size, int runSalt) {
        Path dir = data.resolve("bench-companies");
        List<BenchCompany> kept = load(dir);
        if (kept.size() >= size) {
            return new ArrayList<>(kept.subList(0, size));
        }
        TestPki pki = TestPki.open(data);
        List<BenchCompany> companies = IntStream.range(0, size)
                .parallel()
                .mapToObj(n -> company(pki, runSalt, n))
                .toList();
        companies.forEach(this::register);
        save(dir, companies);
        return new ArrayList<>(companies);
    }

    private static List<BenchCompany> load(Path dir) {
        Path list = dir.resolve("companies.txt");
        if (!Files.exists(list)) {
            return List.of();
        }
        try {
            List<BenchCompany> out = new ArrayList<>();
            for (String line : Files.readAllLines(list)) {
                String[] f = line.split("\t");
                out.add(new BenchCompany(
                        f[0], f[2], f[1], IssuedIdentity.loadP12(dir.resolve(f[0] + ".p12"), PASSWORD)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void save(Path dir, List<BenchCompany> companies) {
        try {
            Files.createDirectories(dir);
            StringBuilder list = new StringBuilder();
            for (BenchCompany c : companies) {
                c.head().saveP12(dir.resolve(c.bin() + ".p12"), PASSWORD);
                list.append(c.bin())
                        .append('\t')
                        .append(c.headIin())
                        .append('\t')
                        .append(c.name())
                        .append('\n');
            }
            Files.writeString(dir.resolve("companies.txt"), list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
