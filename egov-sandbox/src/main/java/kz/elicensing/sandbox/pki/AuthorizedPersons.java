package kz.elicensing.sandbox.pki;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo authorized persons of the catalog's providers ({@code authorized-persons.tsv}, the same rows the server
 * seeds its catalog from) and the providers' names ({@code providers.tsv}, from the catalog migrations).
 */
public final class AuthorizedPersons {

    /** Class-path resource of the persons table. */
    public static final String PERSONS_RESOURCE = "/kz/elicensing/sandbox/pki/authorized-persons.tsv";
    /** Class-path resource of the providers (code, BIN, Russian name). */
    public static final String PROVIDERS_RESOURCE = "/kz/elicensing/sandbox/pki/providers.tsv";

    /** A catalog provider: code, BIN and Russian name (the certificates' O). */
    public record Provider(String code, String bin, String name) {}

    private static volatile AuthorizedPersons instance;

    private final List<AuthorizedPerson> persons;
    private final Map<String, Provider> providers;

    private AuthorizedPersons(List<AuthorizedPerson> persons, Map<String, Provider> providers) {
        this.persons = List.copyOf(persons);
        this.providers = providers;
    }

    /** The tables of the class path (read once). */
    public static AuthorizedPersons load() {
        AuthorizedPersons a = instance;
        if (a == null) {
            List<AuthorizedPerson> persons = new ArrayList<>();
            for (String[] f : rows(PERSONS_RESOURCE, 10)) {
                persons.add(new AuthorizedPerson(
                        f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], AuthorizedPerson.kind(f[8]), f[9]));
            }
            Map<String, Provider> providers = new LinkedHashMap<>();
            for (String[] f : rows(PROVIDERS_RESOURCE, 3)) {
                providers.put(f[0], new Provider(f[0], f[1], f[2]));
            }
            for (AuthorizedPerson p : persons) {
                Provider pr = providers.get(p.providerCode());
                if (pr == null || !pr.bin().equals(p.bin())) {
                    throw new IllegalStateException("person " + p.keyAlias() + ": provider " + p.providerCode()
                            + " / BIN " + p.bin() + " is not in " + PROVIDERS_RESOURCE);
                }
            }
            a = new AuthorizedPersons(persons, providers);
            instance = a;
        }
        return a;
    }

    private static List<String[]> rows(String resource, int columns) {
        InputStream in = AuthorizedPersons.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].trim();
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every person, in table order (each provider's AUTHORIZED person first). */
    public List<AuthorizedPerson> persons() {
        return persons;
    }

    /** Every catalog provider, in table order. */
    public List<Provider> providers() {
        return List.copyOf(providers.values());
    }

    /** The provider of a code. */
    public Optional<Provider> provider(String code) {
        return Optional.ofNullable(providers.get(code));
    }

    /** The person of a key alias (case-insensitive). */
    public Optional<AuthorizedPerson> byAlias(String alias) {
        return persons.stream()
                .filter(p -> p.keyAlias().equalsIgnoreCase(alias))
                .findFirst();
    }

    /** The provider's AUTHORIZED person. */
    public Optional<AuthorizedPerson> authorizedOf(String providerCode) {
        return persons.stream()
                .filter(p -> p.providerCode().equals(providerCode) && p.kind() == AuthorizedPerson.Kind.AUTHORIZED)
                .findFirst();
    }
}
