package kz.elicensing.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.interfaces.web.shared.SecurityHeadersFilter;
import org.junit.jupiter.api.Test;

/** The Faces pages' policy (PrimeFaces', with a nonce) is the filter's policy: one policy for every response. */
class ContentSecurityPolicyTest {
    @Test
    void primeFacesPolicyIsTheFiltersPolicy() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher m = Pattern.compile(
                        "<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]+)</param-value>")
                .matcher(webXml);
        assertTrue(m.find(), "web.xml names primefaces.CSP_POLICY");
        assertEquals(SecurityHeadersFilter.CONTENT_SECURITY_POLICY, m.group(1).replace("&apos;", "'"));
        assertTrue(webXml.contains("<param-name>primefaces.CSP</param-name>\n        <param-value>true</param-value>"));
    }

    @Test
    void scriptsOnlyFromTheApplicationAndNoFraming() {
        String policy = SecurityHeadersFilter.CONTENT_SECURITY_POLICY;
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.endsWith("script-src 'self'"), "PrimeFaces appends the nonce to the last directive");
    }
}
