package kz.elicensing.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every workbench text exists in Russian and Kazakh, and every key a page names exists in its bundle. */
class WorkbenchBundlesTest {
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern USE = Pattern.compile("#\\{(msg|cs|rg|wk|adm)\\['([^']+)'\\]");

    @ParameterizedTest
    @ValueSource(strings = {"common", "cases", "registry", "walkin", "admin"})
    void russianAndKazakhHaveTheSameKeys(String bundle) throws IOException {
        Properties ru = load(bundle + "_ru");
        Properties kk = load(bundle + "_kk");
        assertEquals(new TreeSet<>(ru.stringPropertyNames()), new TreeSet<>(kk.stringPropertyNames()), bundle);
        for (String key : kk.stringPropertyNames()) {
            assertFalse(kk.getProperty(key).isBlank(), bundle + " kk " + key);
        }
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = USE.matcher(Files.readString(page));
                while (m.find()) {
                    if (!load(bundleOf(m.group(1)) + "_ru").containsKey(m.group(2))) {
                        missing.add(page.getFileName() + ": " + m.group(1) + "['" + m.group(2) + "']");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys named by pages but missing: " + missing);
    }

    @Test
    void kazakhLettersSurviveTheBundle() throws IOException {
        assertTrue(load("common_kk").getProperty("login.failed").contains("Авторизациядан бас тарту"));
        assertTrue(load("common_kk").getProperty("nav.registry").contains("тізілімі"));
    }

    private static String bundleOf(String var) {
        return switch (var) {
            case "msg" -> "common";
            case "cs" -> "cases";
            case "rg" -> "registry";
            case "wk" -> "walkin";
            default -> "admin";
        };
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                WorkbenchBundlesTest.class.getResourceAsStream("/kz/elicensing/web/i18n/" + name + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }
}
