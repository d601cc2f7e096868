package kz.elicensing.infrastructure.signature.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.signature.SantuarioSignedApplicationReader;
import kz.elicensing.infrastructure.signature.SignedApplicationReaders;

/**
 * The hostile-input corpus under {@code src/test/resources/signature-corpus} (see its README.md): one file per case in
 * {@code cases/<EXPECTED>/}, where EXPECTED is an {@link ErrorCode} name or {@code ACCEPTED}. A {@code .xml} file is
 * the exact bytes submitted; a {@code .recipe} file describes a large document expanded at test time; a
 * {@code .todo} suffix marks a case the pipeline does not answer as expected yet (reported as skipped).
 */
public final class SignatureCorpus {
    /** The instant every case is verified at; the corpus certificates are valid 2025-01-01..2045-01-01. */
    public static final Instant VERIFICATION_INSTANT = Instant.parse("2026-11-23T12:00:00Z");
    /** The expected-outcome folder of cases the whole intake accepts. */
    public static final String ACCEPTED = "ACCEPTED";
    /** Codes that only the intake rules (after the reader) produce for the corpus cases. */
    public static final Set<ErrorCode> INTAKE_CODES =
            Set.of(ErrorCode.SIGNER_MISMATCH, ErrorCode.INVALID_BIN, ErrorCode.INVALID_IIN);

    static final String TODO = ".todo";

    private SignatureCorpus() {}

    /** One corpus file. {@code expected} is null for ACCEPTED. */
    public record Case(String folder, String name, Path file, boolean todo) {
        /** The expected refusal, or null when the case must be accepted. */
        public ErrorCode expected() {
            return ACCEPTED.equals(folder) ? null : ErrorCode.valueOf(folder);
        }

        public boolean accepted() {
            return ACCEPTED.equals(folder);
        }

        /** The bytes to submit: the file itself, or the expansion of a recipe. */
        public byte[] bytes() {
            try {
                String base = todo ? name.substring(0, name.length() - TODO.length()) : name;
                return base.endsWith(".recipe") ? Recipe.expand(file) : Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** {@code FOLDER/file-name}, the display name. */
        @Override
        public String toString() {
            return folder + "/" + name;
        }
    }

    /**
     * The corpus directory: the source tree when the working directory is the module (Surefire's default, so files
     * removed by a regeneration do not linger in target/test-classes), else the copy on the test class path.
     */
    public static Path root() {
        Path source = Path.of("src/test/resources/signature-corpus");
        if (Files.isRegularFile(source.resolve("README.md"))) {
            return source.toAbsolutePath();
        }
        URL url = SignatureCorpus.class.getResource("/signature-corpus/README.md");
        if (url == null) {
            throw new IllegalStateException("signature-corpus/README.md is not on the test class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The corpus's trust directory (its own test CA certificate only). */
    public static Path trustDir() {
        return root().resolve("trust");
    }

    /** A reader trusting only the corpus CA, without revocation checks. */
    public static SantuarioSignedApplicationReader reader() {
        return SignedApplicationReaders.trusting(trustDir());
    }

    /** Every case, sorted by folder and name; fails on folders or files that do not follow the layout. */
    public static List<Case> cases() {
        Path cases = root().resolve("cases");
        List<Case> result = new ArrayList<>();
        try (Stream<Path> folders = Files.list(cases)) {
            for (Path folder : folders.sorted().toList()) {
                String code = folder.getFileName().toString();
                if (!Files.isDirectory(folder)) {
                    throw new IllegalStateException("not a case folder: " + folder);
                }
                if (!ACCEPTED.equals(code)
                        && Arrays.stream(ErrorCode.values())
                                .noneMatch(c -> c.name().equals(code))) {
                    throw new IllegalStateException("case folder " + code + " is neither ACCEPTED nor an ErrorCode");
                }
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString();
                        boolean todo = name.endsWith(TODO);
                        String base = todo ? name.substring(0, name.length() - TODO.length()) : name;
                        if (!base.endsWith(".xml") && !base.endsWith(".recipe")) {
                            throw new IllegalStateException(
                                    "not a case file (.xml, .recipe, optionally .todo): " + file);
                        }
                        result.add(new Case(code, name, file, todo));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("no cases under " + cases);
        }
        return result;
    }

    /**
     * A recipe: UTF-8 text with {@code #} comment lines and three keys, each on one line:
     * <pre>
     * template: ../ACCEPTED/rsa-company-head.xml   (optional; a case file, relative to the recipe's folder)
     * insert-before: &lt;/ds:Signature&gt;             (optional; with a template: where the expansion goes)
     * expand: &lt;a x="{5242880*A}"&gt;{10000*&lt;b&gt;}&lt;/a&gt;     (text; {N*text} stands for text repeated N times)
     * </pre>
     * Without a template the expansion is the whole document; with a template but no insert-before it is appended.
     */
    public static final class Recipe {
        private static final Pattern REPEAT = Pattern.compile("\\{(\\d+)\\*([^}]*)}");

        private Recipe() {}

        public static byte[] expand(Path recipe) throws IOException {
            String template = null;
            String insertBefore = null;
            String expand = null;
            for (String line : Files.readAllLines(recipe, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(": ");
                if (colon < 0) {
                    throw new IllegalStateException(recipe + ": not 'key: value': " + line);
                }
                String key = line.substring(0, colon);
                String value = line.substring(colon + 2);
                switch (key) {
                    case "template" -> template = value;
                    case "insert-before" -> insertBefore = value;
                    case "expand" -> expand = value;
                    default -> throw new IllegalStateException(recipe + ": unknown key " + key);
                }
            }
            if (expand == null) {
                throw new IllegalStateException(recipe + ": no 'expand:' line");
            }
            String expansion = expandText(expand);
            if (template == null) {
                return expansion.getBytes(StandardCharsets.UTF_8);
            }
            String base = Files.readString(recipe.getParent().resolve(template), StandardCharsets.UTF_8);
            if (insertBefore == null) {
                return (base + expansion).getBytes(StandardCharsets.UTF_8);
            }
            int at = base.indexOf(insertBefore);
            if (at < 0) {
                throw new IllegalStateException(recipe + ": '" + insertBefore + "' not found in " + template);
            }
            return (base.substring(0, at) + expansion + base.substring(at)).getBytes(StandardCharsets.UTF_8);
        }

        static String expandText(String text) {
            StringBuilder out = new StringBuilder();
            Matcher m = REPEAT.matcher(text);
            int last = 0;
            while (m.find()) {
                out.append(text, last, m.start());
                out.append(m.group(2).repeat(Integer.parseInt(m.group(1))));
                last = m.end();
            }
            return out.append(text.substring(last)).toString();
        }
    }
}
